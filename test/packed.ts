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

/** Packs this checkout and installs the tarball in a new directory; `remove` deletes it all again. */
export function packAndInstall() {
	const work = mkdtempSync(join(tmpdir(), 'namukpark-tarball-'));
	// dist/ is already built by `npm test`; packing without scripts does not rebuild it under the other tests' feet.
	const [listing] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as {
		filename: string;
		size: number;
		files: {path: string}[];
	}[];
	const tarball = join(work, listing?.filename ?? '');
	npm(['install', '--prefix', join(work, 'app'), '--no-audit', '--no-fund', '--ignore-scripts', tarball], work);
	return {
		work,
		tarball,
		/** The packed size in bytes, and the paths of the files the tarball holds. */
		size: listing?.size ?? Number.POSITIVE_INFINITY,
		paths: listing?.files.map((file) => file.path).sort() ?? [],
		installedBin: join(work, 'app', 'node_modules', command, 'bin', 'namukpark.js'),
		remove: () => rmSync(work, {recursive: true, force: true}),
	};
}
