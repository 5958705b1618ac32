// npm test: the build, with the type check and the lint beside it; then every test file, beside those still running.
// The test files run in lanes, each lane one Node.js process that runs its files one after another
// (--test-isolation=none): a process per file, as `node --test` has it, warms React, Ink and our code up again for each
// file (76 s of CPU for the suite, against 47). Files are dealt longest first, each to the lane that would end first,
// by how long each took last time (its size in bytes, at first): most of a file that starts the CLI in a
// pseudo-terminal is waiting, which its size does not tell. Arguments go to every lane
// (`npm test -- --test-name-pattern=search`); one file alone runs as ever: `node --import tsx --test test/x.test.ts`.
// A test that hangs fails after a minute rather than hold up CI.
import {spawn} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const lanes = 3;
const cache = 'node_modules/.cache/namukpark-test';
const timesFile = join(cache, 'times.json');
const testArguments = process.argv.slice(2);

const files = readdirSync('test')
	.filter((name) => /\.test\.tsx?$/.test(name))
	.map((name) => `test/${name}`);
let lastTimes = {};
try {
	lastTimes = JSON.parse(readFileSync(timesFile, 'utf8'));
} catch {}
// A file not timed yet counts a millisecond per 10 bytes, about what an in-process test file takes.
const estimates = new Map(files.map((file) => [file, lastTimes[file] ?? statSync(file).size / 10]));
const dealt = Array.from({length: lanes}, (_, index) => ({index, files: [], estimate: 0}));
for (const [file, estimate] of [...estimates].sort((a, b) => b[1] - a[1])) {
	const lane = dealt.reduce((first, next) => (next.estimate < first.estimate ? next : first));
	lane.files.push(file);
	lane.estimate += estimate;
}
mkdirSync(cache, {recursive: true});

/** Runs a command with its output kept, to be printed whole; resolves with its name, exit code and output. */
function job(name, command, args, env = process.env) {
	return new Promise((resolve) => {
		const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => resolve({name, code: 1, output: `${error.message}\n`}));
		child.on('close', (code) => resolve({name, code, output}));
	});
}

/** A job's report, whole, under its name and verdict. */
const report = ({name, code, output}) => process.stdout.write(`\n# ${name}: ${code === 0 ? 'passed' : 'failed'}\n${output}`);

const started = Date.now();
const bin = (name) => join('node_modules', '.bin', name);
// The type check and the lint need no build: they run beside it, then beside the tests.
const checks = [
	job('type check', bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/namukpark-tsc/tsbuildinfo']),
	job('lint', bin('biome'), ['check', '--error-on-warnings', '.']),
];
// The tests run the built CLI: the build comes first, and stops them where it fails.
const build = await job('build', process.execPath, ['scripts/build.js']);
if (build.code !== 0) {
	for (const result of [build, ...(await Promise.all(checks))]) report(result);
	process.exit(1);
}

const laneTiming = (lane) => join(cache, `lane-${lane.index}.json`);
const laneJobs = dealt
	.filter((lane) => lane.files.length > 0)
	.map((lane) => {
		rmSync(laneTiming(lane), {force: true});
		const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
		const timer = ['--test-reporter=./scripts/test-times.js', `--test-reporter-destination=${laneTiming(lane)}`];
		const args = ['--import', 'tsx', '--test', '--test-isolation=none', '--test-timeout=60000', ...reporters, ...timer];
		// React's production build, the one the package bundles: its development build doubled the view tests' time.
		return job(lane.files.join(' '), process.execPath, [...args, ...testArguments, ...lane.files], {
			...process.env,
			NODE_ENV: 'production',
		});
	});
const results = await Promise.all([...checks, ...laneJobs]);
// Each report whole, one after another, rather than their lines mixed.
for (const result of results) report(result);
if (testArguments.length === 0) {
	const times = dealt.map((lane) => {
		try {
			return JSON.parse(readFileSync(laneTiming(lane), 'utf8'));
		} catch {
			return {};
		}
	});
	writeFileSync(timesFile, `${JSON.stringify(Object.assign({}, ...times), null, '\t')}\n`);
}
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const verdict = failed.length === 0 ? 'all passed' : `failed: ${failed.join('; ')}`;
console.log(`\nThe build, the type check, the lint and ${files.length} test files in ${laneJobs.length} lanes, ${seconds} s: ${verdict}`);
process.exitCode = failed.length === 0 ? 0 : 1;
