// The compile cache is the user's own: nothing is read from or written to the shared temporary folder, and a cache
// that is missing, unwritable or damaged changes nothing but speed.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {binPath} from './pty.js';

const work = mkdtempSync(join(tmpdir(), 'namukpark-cache-'));
after(() => rmSync(work, {recursive: true, force: true}));

const distFile = new URL('../dist/namukpark.cjs', import.meta.url).pathname;

/** Runs `--plain` with its own HOME and TMPDIR, and no cache settings from this process. */
function plain(env: Record<string, string>) {
	const {NODE_COMPILE_CACHE: _, XDG_CACHE_HOME: __, NO_COLOR: ___, FORCE_COLOR: ____, ...inherited} = process.env;
	const result = spawnSync(process.execPath, [binPath, '--plain'], {encoding: 'utf8', env: {...inherited, ...env}, timeout: 10_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined};
}

/** Every file under `directory`, by path. */
function filesUnder(directory: string): string[] {
	return readdirSync(directory, {recursive: true, withFileTypes: true})
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('the compile cache', () => {
	// One home for all: each run of the CLI costs a process.
	test('lives in ~/.cache/namukpark (or XDG_CACHE_HOME), and nothing is written to TMPDIR; a file planted in TMPDIR at the name an older version used is never read; a damaged, truncated or unwritable cache changes nothing but speed', () => {
		const home = mkdtempSync(join(work, 'home-'));
		const temporary = mkdtempSync(join(work, 'tmp-'));
		const {size, mtimeMs} = statSync(distFile);
		// A FIFO there made every start hang; a directory stands in for it here as a file that cannot be read.
		const planted = `namukpark-${size}-${Math.round(mtimeMs)}-${process.version}.cache`;
		mkdirSync(join(temporary, planted));
		const expected = plain({HOME: home, TMPDIR: temporary});
		assert.equal(expected.timedOut, false);
		assert.equal(expected.code, 0, expected.stderr);
		assert.deepEqual(readdirSync(temporary), [planted], 'nothing written to TMPDIR');
		const files = filesUnder(join(home, '.cache', 'namukpark'));
		assert.ok(files.length > 0, 'a cache in the home folder');
		const xdg = mkdtempSync(join(work, 'xdg-'));
		assert.deepEqual(plain({HOME: home, TMPDIR: temporary, XDG_CACHE_HOME: xdg}), expected);
		assert.ok(filesUnder(join(xdg, 'namukpark')).length > 0, 'a cache under XDG_CACHE_HOME');
		assert.deepEqual(readdirSync(temporary), [planted]);

		for (const [index, file] of files.entries()) {
			const bytes = readFileSync(file);
			if (index % 2 === 0) {
				for (let at = 64; at < bytes.length; at += 97) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
				writeFileSync(file, bytes);
			} else writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
		}
		for (let run = 0; run < 2; run++) {
			const damaged = plain({HOME: home});
			assert.deepEqual(damaged, expected);
		}
		// A cache folder that cannot be made: its parent is a file.
		const blocked = mkdtempSync(join(work, 'blocked-'));
		writeFileSync(join(blocked, 'file'), '');
		assert.deepEqual(plain({HOME: home, XDG_CACHE_HOME: join(blocked, 'file')}), expected);
		assert.deepEqual(plain({HOME: home, NODE_COMPILE_CACHE: join(blocked, 'file', 'cache')}), expected);
	});
});
