// The program writes nothing to the user's disk: no compile cache, no temporary file. A cache in a folder another
// user can write (a shared XDG_CACHE_HOME, TMPDIR) would run their code as whoever runs the command next.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {binPath} from './pty.js';

const work = mkdtempSync(join(tmpdir(), 'namukpark-writes-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** Runs the CLI with `env` over this process's, less the settings of Node's own compile cache, which a user chooses. */
function cli(args: string[], env: Record<string, string>) {
	const {NODE_COMPILE_CACHE: _, NO_COLOR: __, FORCE_COLOR: ___, ...inherited} = process.env;
	const result = spawnSync(process.execPath, [binPath, ...args], {encoding: 'utf8', env: {...inherited, ...env}, timeout: 10_000});
	return {code: result.status, timedOut: result.error !== undefined, stderr: result.stderr};
}

test('nothing is written to HOME, XDG_CACHE_HOME or TMPDIR, and an unusable cache folder changes nothing', () => {
	const folders = {HOME: join(work, 'home'), XDG_CACHE_HOME: join(work, 'cache'), TMPDIR: join(work, 'tmp')};
	for (const folder of Object.values(folders)) mkdirSync(folder);
	for (const args of [['--plain'], ['--bibtex'], ['--help'], ['--json', 'vision']]) {
		const run = cli(args, folders);
		assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
		for (const [name, folder] of Object.entries(folders)) assert.deepEqual(readdirSync(folder), [], `${args.join(' ')} wrote to ${name}`);
	}
	// Node's mkdir loop spun forever on a cache folder under /proc.
	const proc = cli(['--plain'], {XDG_CACHE_HOME: '/proc', HOME: '/proc'});
	assert.deepEqual({code: proc.code, timedOut: proc.timedOut}, {code: 0, timedOut: false});
});
