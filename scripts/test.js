// npm test: every test file, in lanes that run side by side, each lane one Node.js process that runs its files one
// after another (--test-isolation=none). A process per file, as `node --test` has it, warms React, Ink and our code
// up again for each file: the same tests took half as much CPU again that way. Files are dealt longest first, each to
// the lane that would end first, by how long each took last time (its size in bytes, at first): most of a file that
// starts the CLI in a pseudo-terminal is waiting, which a file's size does not tell.
// Arguments go to every lane (`npm test -- --test-name-pattern=search`); one file alone runs as ever:
// `node --import tsx --test test/x.test.ts`. A test that hangs fails after a minute rather than hold up CI.
import {spawn} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const lanes = 3;
const cache = 'node_modules/.cache/namukpark-test';
const timesFile = join(cache, 'times.json');

const files = readdirSync('test')
	.filter((name) => /\.test\.tsx?$/.test(name))
	.map((name) => `test/${name}`);
let lastTimes = {};
try {
	lastTimes = JSON.parse(readFileSync(timesFile, 'utf8'));
} catch {}
// A file not timed yet counts a millisecond per 10 bytes, about what an in-process test file takes.
const estimate = (file) => lastTimes[file] ?? statSync(file).size / 10;
const dealt = Array.from({length: lanes}, (_, index) => ({index, files: [], estimate: 0}));
for (const file of files.toSorted((a, b) => estimate(b) - estimate(a))) {
	const lane = dealt.reduce((first, next) => (next.estimate < first.estimate ? next : first));
	lane.files.push(file);
	lane.estimate += estimate(file);
}

mkdirSync(cache, {recursive: true});
const started = Date.now();
const results = await Promise.all(
	dealt
		.filter((lane) => lane.files.length > 0)
		.map(
			(lane) =>
				new Promise((resolve) => {
					const timing = join(cache, `lane-${lane.index}.json`);
					rmSync(timing, {force: true});
					const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
					const timer = ['--test-reporter=./scripts/test-times.js', `--test-reporter-destination=${timing}`];
					const child = spawn(
						process.execPath,
						[
							'--import',
							'tsx',
							'--test',
							'--test-isolation=none',
							'--test-timeout=60000',
							...reporters,
							...timer,
							...process.argv.slice(2),
							...lane.files,
						],
						// React's production build, the one the package bundles: its development build doubled the view tests' time.
						{stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NODE_ENV: 'production'}},
					);
					let output = '';
					child.stdout.on('data', (chunk) => (output += chunk));
					child.stderr.on('data', (chunk) => (output += chunk));
					child.on('close', (code) => {
						let times = {};
						try {
							times = JSON.parse(readFileSync(timing, 'utf8'));
						} catch {}
						resolve({...lane, code, output, times});
					});
				}),
		),
);
// Each lane's report whole, one after another, rather than their lines mixed.
for (const {files: laneFiles, output} of results) process.stdout.write(`\n# ${laneFiles.join(' ')}\n${output}`);
if (process.argv.length === 2) {
	writeFileSync(timesFile, `${JSON.stringify(Object.assign({}, ...results.map((lane) => lane.times)), null, '\t')}\n`);
}
const failed = results.filter((lane) => lane.code !== 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
	`\n${files.length} test files in ${results.length} lanes, ${seconds} s: ${failed.length === 0 ? 'all passed' : 'some failed (above)'}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
