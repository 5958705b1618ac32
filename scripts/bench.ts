// npm run bench: start-up, key press, memory and package size of the built CLI, each against a floor measured
// in the same run. Variants alternate run by run, so that a busy machine slows them alike; medians are quoted.
// `npm run bench -- --runs 25` for more runs, `-- --node PATH` for another Node.js, `-- --readme` to write the table into
// readme.md.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pty from '@lydell/node-pty';
import {cvJson, manyPublications} from '../test/fixtures.js';
import {stripEscapes} from '../test/helpers.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/namukpark.js');
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 15;
// `--node PATH`: measure with another Node.js binary (the floor too).
const node = option('--node') ?? process.execPath;
const nodeVersion = execFileSync(node, ['--version'], {encoding: 'utf8'}).trim();
// NODE_EXTRA_CA_CERTS, set on some machines, makes every Node 20 start read a certificate bundle (some 80 ms here):
// users rarely have it, and it would hide our own start-up cost inside the floor.
const {NODE_EXTRA_CA_CERTS: _, ...inherited} = process.env;
const env = {...inherited, TERM: 'xterm-256color', FORCE_HYPERLINK: '0'} as Record<string, string>;
const bigCv = join(mkdtempSync(join(tmpdir(), 'namukpark-bench-')), 'cv-2000.json');
writeFileSync(bigCv, JSON.stringify(manyPublications(2000, cvJson(join(root, 'data/cv.json')))));

const now = () => performance.now();
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Milliseconds from spawn to exit, output to a pipe. */
function timeToExit(args: string[]): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = now();
		const child = spawn(node, args, {stdio: ['ignore', 'pipe', 'inherit'], env});
		child.stdout.resume();
		child.on('error', reject);
		child.on('exit', () => resolve(now() - start));
	});
}

type Session = {firstFrame: number; keyPresses: number[]; lastPaper?: number; peakRssMb: number};

/** Opens the viewer in a 100x30 pseudo-terminal and times what a person waits for. */
async function timeSession(args: string[], {keys = 0, jumpToLast = false} = {}): Promise<Session> {
	const start = now();
	const terminal = pty.spawn(node, [bin, ...args], {cols: 100, rows: 30, env});
	const exited = new Promise<void>((resolve) => terminal.onExit(() => resolve()));
	let output = '';
	let waiting: {from: number; text: string; done: (at: number) => void} | undefined;
	const shows = (from: number, text: string) => stripEscapes(output.slice(from)).includes(text);
	terminal.onData((data) => {
		output += data;
		if (waiting && shows(waiting.from, waiting.text)) {
			waiting.done(now());
			waiting = undefined;
		}
	});
	const drawn = (text: string, from: number) =>
		new Promise<number>((done, reject) => {
			if (shows(from, text)) return done(now());
			const timer = setTimeout(
				() => reject(new Error(`"${text}" not drawn within 20 s (${args.join(' ')}): ${JSON.stringify(output.slice(-400))}`)),
				20_000,
			);
			waiting = {
				from,
				text,
				done: (at) => {
					clearTimeout(timer);
					done(at);
				},
			};
		});
	/** Milliseconds from writing `key` to the frame that shows `text`. */
	const press = async (key: string, text: string) => {
		const from = output.length;
		const frame = drawn(text, from);
		const sent = now();
		terminal.write(key);
		return (await frame) - sent;
	};
	const firstFrame = (await drawn('q quit', 0)) - start;
	// A reader takes a moment before the first key: half a second, in which the view warms up the other tabs.
	await new Promise((resolve) => setTimeout(resolve, 500));
	const tabs = ['[2 Publications]', '[3 Awards]', '[4 Talks]', '[5 Education]', '[6 Experience]', '[1 Research]'];
	const keyPresses: number[] = [];
	for (let index = 0; index < keys; index++) keyPresses.push(await press('l', tabs[index % tabs.length] ?? ''));
	let lastPaper: number | undefined;
	if (jumpToLast) {
		await press('2', '[2 Publications]');
		lastPaper = await press('G', '2000 of 2000');
	}
	const status = readFileSync(`/proc/${terminal.pid}/status`, 'utf8');
	const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
	terminal.write('q');
	await exited;
	return {firstFrame, keyPresses, ...(lastPaper !== undefined && {lastPaper}), peakRssMb};
}

const measures = ['floor', 'version', 'plain', 'firstFrame', 'keyPress', 'rss', 'bigFirstFrame', 'bigLast'] as const;
const samples = Object.fromEntries(measures.map((name) => [name, [] as number[]])) as Record<(typeof measures)[number], number[]>;
for (let run = 0; run < runs; run++) {
	samples.floor.push(await timeToExit(['-e', '']));
	samples.version.push(await timeToExit([bin, '--version']));
	samples.plain.push(await timeToExit([bin, '--plain']));
	const session = await timeSession([], {keys: 6});
	samples.firstFrame.push(session.firstFrame);
	samples.keyPress.push(...session.keyPresses);
	samples.rss.push(session.peakRssMb);
	const big = await timeSession(['--data', bigCv], {jumpToLast: true});
	samples.bigFirstFrame.push(big.firstFrame);
	samples.bigLast.push(big.lastPaper ?? Number.NaN);
	process.stderr.write(`\rrun ${run + 1} of ${runs}`);
}
process.stderr.write('\n');

// Size: pack as npm publishes, install the tarball into an empty project, count what arrives.
const packDirectory = mkdtempSync(join(tmpdir(), 'namukpark-pack-'));
execFileSync('npm', ['pack', '--pack-destination', packDirectory, '--silent'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
const tarball = join(packDirectory, readdirSync(packDirectory).find((name) => name.endsWith('.tgz')) ?? '');
const tarballKb = statSync(tarball).size / 1024;
const installDirectory = join(packDirectory, 'install');
execFileSync('npm', ['init', '-y'], {cwd: packDirectory, stdio: 'ignore'});
execFileSync('npm', ['install', '--prefix', installDirectory, '--no-audit', '--no-fund', '--silent', tarball], {
	stdio: ['ignore', 'ignore', 'inherit'],
});
const lock = JSON.parse(readFileSync(join(installDirectory, 'package-lock.json'), 'utf8')) as {packages: Record<string, unknown>};
const installedPackages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
rmSync(packDirectory, {recursive: true, force: true});

const m = Object.fromEntries(measures.map((name) => [name, median(samples[name])])) as Record<(typeof measures)[number], number>;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows: [string, string, string, boolean][] = [
	[
		'first full frame, 100x30',
		`${ms(m.firstFrame)} = ${(m.firstFrame / m.floor).toFixed(2)}x floor`,
		'≤ 2.0x floor',
		m.firstFrame / m.floor <= 2,
	],
	['`--version`', `${ms(m.version)} = ${(m.version / m.floor).toFixed(2)}x floor`, '≤ 1.3x floor', m.version / m.floor <= 1.3],
	['`--plain`', `${ms(m.plain)} = ${(m.plain / m.floor).toFixed(2)}x floor`, '—', true],
	['key press to its frame', ms(m.keyPress), '≤ 50 ms', m.keyPress <= 50],
	['peak RSS, interactive', `${m.rss.toFixed(1)} MB`, '< 80 MB', m.rss < 80],
	['tarball', `${tarballKb.toFixed(1)} KB`, '< 200 KB', tarballKb < 200],
	['packages a fresh install brings', String(installedPackages), '1', installedPackages === 1],
	[
		'2,000 publications: first frame',
		`${ms(m.bigFirstFrame)} = ${(m.bigFirstFrame / m.firstFrame).toFixed(2)}x the real CV's`,
		'≤ 1.5x',
		m.bigFirstFrame / m.firstFrame <= 1.5,
	],
	['2,000 publications: `G` to the last', ms(m.bigLast), '≤ 100 ms', m.bigLast <= 100],
];
const table = [
	`Node ${nodeVersion}, ${runs} runs of each variant, alternating; floor (\`node -e ''\`) ${ms(m.floor)}. Medians.`,
	'',
	'| measure | median | target | met |',
	'|---|---|---|---|',
	...rows.map(([name, value, target, met]) => `| ${name} | ${value} | ${target} | ${met ? 'yes' : '**no**'} |`),
].join('\n');
console.log(table);

if (argv.includes('--readme')) {
	const readmePath = join(root, 'readme.md');
	const readme = readFileSync(readmePath, 'utf8');
	writeFileSync(readmePath, readme.replace(/(<!-- bench -->\n)[\s\S]*?(<!-- \/bench -->)/, `$1${table}\n$2`));
}
process.exitCode = rows.every(([, , , met]) => met) ? 0 : 1;
