// The package as users get it: packed and installed from the tarball, offline, into a directory of its own.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {command} from './command.js';

export const root = new URL('..', import.meta.url).pathname;

/** npm with no network: what it cannot do from this checkout and its cache fails rather than downloads. */
export const npm = (args: string[], cwd: string, {offline = true} = {}) =>
	execFileSync('npm', [...args, ...(offline ? ['--offline'] : [])], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** Packs this checkout into a new directory: the tarball, its size in bytes and the paths it holds; `remove` deletes it. */
export function pack() {
	const work = mkdtempSync(join(tmpdir(), 'namukpark-tarball-'));
	// dist/ is already built by `npm test`; packing without scripts does not rebuild it under the other tests' feet.
	const [listing] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as {
		filename: string;
		size: number;
		files: {path: string}[];
	}[];
	return {
		work,
		tarball: join(work, listing?.filename ?? ''),
		size: listing?.size ?? Number.POSITIVE_INFINITY,
		paths: listing?.files.map((file) => file.path).sort() ?? [],
		remove: () => rmSync(work, {recursive: true, force: true}),
	};
}

/** Packs this checkout and installs the tarball beside it, as a user's `npm install` would. */
export function packAndInstall() {
	const packed = pack();
	npm(['install', '--prefix', join(packed.work, 'app'), '--no-audit', '--no-fund', '--ignore-scripts', packed.tarball], packed.work);
	return {...packed, installedBin: join(packed.work, 'app', 'node_modules', command, 'bin', 'namukpark.js')};
}
