import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {after, describe, test} from 'node:test';
import stringWidth from 'string-width';
import {assertBibtexRoundTrips} from './bibtex.js';
import {command, withCommand} from './command.js';
import {cvJson, fixtureFile, hostileCv, manyPublications} from './fixtures.js';
import {assertReadmeBlock, fixtureCv, fixtureCvPath} from './helpers.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';
import {environment, run, spawnCli} from './run-command.js';

after(killAll);

const packageVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** `--data` of the fixture CV, which the behaviour tests run on. */
const fixture = ['--data', fixtureCvPath];

async function assertUsageError(args: string[], pattern: RegExp) {
	const result = await run(args);
	assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
	assert.equal(result.stdout, '');
	assert.match(result.stderr, withCommand(/^COMMAND: .+; see COMMAND --help\n$/));
	assert.match(result.stderr, pattern);
}

async function assertDataError(args: string[], pattern: RegExp) {
	const result = await run(args);
	assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
	assert.equal(result.stdout, '');
	assert.match(result.stderr, withCommand(/^COMMAND: [^\n]+\n$/), 'one line');
	assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
	assert.match(result.stderr, pattern);
}

// biome-ignore lint/complexity/useRegexLiterals: the pattern is clearer spelled out
const anyEscape = new RegExp('[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]');

describe('flags', () => {
	test('--help and -h: usage, every flag, examples and the key map', async () => {
		for (const flag of ['--help', '-h']) {
			const result = await run([flag]);
			assert.equal(result.code, 0);
			for (const text of [
				'Usage',
				'--section',
				'--data',
				'--plain',
				'--json',
				'--bibtex',
				'--no-color',
				'--no-links',
				'--version',
				'Examples',
			]) {
				assert.ok(result.stdout.includes(text), text);
			}
			assert.match(result.stdout, /→ l Tab\s+Next tab/);
			assert.match(result.stdout, /^\s+q\s+Quit$/m);
			assert.match(result.stdout, /^\s+Ctrl\+C\s+Quit, from anywhere$/m);
			assert.match(result.stdout, /In the search field \(\/\)\n\s+↑ Ctrl\+P\s+Choose the previous match/);
		}
	});

	test('--help lists the keys as ? does: none only a paper answers for a CV without papers, arrows by name without UTF-8', async () => {
		const engineer = new URL('./fixtures/resume-engineer.json', import.meta.url).pathname;
		const keys = (await run(['--help', '--data', engineer])).stdout.split('  Keys')[1] ?? '';
		assert.match(keys, /^\s+o Enter\s+Open the selected item’s link in the browser$/m);
		assert.doesNotMatch(keys, /paper|BibTeX/);
		const ascii = (await run(['--help'], {LANG: 'C', LC_ALL: 'C'})).stdout;
		assert.match(ascii, /^\s+Right l Tab\s+Next tab$/m);
		assert.match(ascii, /^\s+Down j\s+Next item/m);
		assert.match(ascii, /In the search field \(\/\)\n\s+Up Ctrl\+P\s+Choose the previous match/);
	});

	test('every example in --help works as shown', async () => {
		const examples = [...((await run(['--help'])).stdout.split('Examples')[1] ?? '').matchAll(withCommand(/^\s+\$ COMMAND (.*)$/gm))].map(
			(match) => match[1] ?? '',
		);
		assert.ok(examples.length >= 3);
		// In order, as a person would type them: a file one example writes, the next may read (from a directory of its own).
		const directory = mkdtempSync(join(tmpdir(), 'namukpark-examples-'));
		after(() => rmSync(directory, {recursive: true, force: true}));
		const written = new Set<string>();
		for (const example of examples) {
			const [command = '', file] = (example.split('|')[0] ?? '').split('>').map((part) => part.trim());
			const args = command.split(/\s+/).filter(Boolean);
			const result = await run(args.map((word) => (written.has(word) ? join(directory, word) : word)));
			assert.equal(result.code, 0, `${command} ${example}: ${result.stderr}`);
			assert.ok(result.stdout.length > 0, example);
			if (file) {
				writeFileSync(join(directory, file), result.stdout);
				written.add(file);
			}
		}
	});

	test('--version and -v print the package version', async () => {
		assert.equal((await run(['--version'])).stdout, `${packageVersion}\n`);
		assert.equal((await run(['-v'])).stdout, `${packageVersion}\n`);
	});

	test('--plain prints the whole CV, and so does a pipe without flags', async () => {
		const plain = await run(['--plain', ...fixture]);
		assert.equal(plain.code, 0);
		assert.match(plain.stdout, /^Ada Quill\nResearch Scientist, Example Vision Lab\nEmail: {4}ada@example\.org\n/);
		for (const heading of ['RESEARCH', 'PUBLICATIONS', 'AWARDS', 'TALKS', 'EDUCATION', 'EXPERIENCE'])
			assert.match(plain.stdout, new RegExp(`^${heading}$`, 'm'));
		assert.match(plain.stdout, /\nUpdated March 3, 2026\n$/);
		assert.equal((await run(fixture)).stdout, plain.stdout);
		const bundled = await run([]);
		assert.equal(bundled.code, 0);
		assert.equal(bundled.stdout, (await run(['--plain'])).stdout);
	});

	test('--json prints the validated data, pretty and in a stable order', async () => {
		const result = await run(['--json', ...fixture]);
		assert.equal(result.code, 0);
		const data = JSON.parse(result.stdout);
		assert.deepEqual(data, fixtureCv);
		assert.deepEqual(Object.keys(data), [
			'updated',
			'person',
			'research',
			'publications',
			'awards',
			'talks',
			'education',
			'experience',
			'skills',
		]);
		const reversed = Object.fromEntries(Object.entries(cvJson()).reverse());
		assert.equal((await run(['--json', '--data', fixtureFile('reversed.json', reversed)])).stdout, result.stdout);
		assert.match(result.stdout, /^\{\n {2}"updated"/);
	});

	test('--section with --plain or --json prints only that section, by name in any case or by number', async () => {
		const awards = await run(['--plain', '--section', 'AWARDS', ...fixture]);
		assert.match(awards.stdout, /^AWARDS\n\nBest Paper Award\n/);
		assert.doesNotMatch(awards.stdout, /PUBLICATIONS|Ada Quill\n/);
		assert.equal((await run(['--plain', '-s', '3', ...fixture])).stdout, awards.stdout);
		assert.deepEqual(Object.keys(JSON.parse((await run(['--json', '-s', 'talks', ...fixture])).stdout)), ['talks']);
		assert.deepEqual(JSON.parse((await run(['--json', '-s', '6', ...fixture])).stdout), {
			experience: fixtureCv.experience,
			skills: ['PyTorch', 'JAX'],
		});
	});

	test('--bibtex: an entry per publication, with the proceedings metadata where there is some, read back by a parser', async () => {
		const result = await run(['--bibtex', ...fixture]);
		assert.equal(result.code, 0);
		assert.equal(result.stdout.match(/^@inproceedings\{/gm)?.length, 4);
		assertBibtexRoundTrips(result.stdout, fixtureCv.publications);
		assert.match(result.stdout, /@inproceedings\{quill2025sparse,/);
		assert.match(result.stdout, /author\s+= \{Quill, Ada and Field, Cy and Stone, Bo\}/);
		assert.match(result.stdout, /title\s+= \{Sparse Attention Learns Local Filters\}/);
		assert.match(result.stdout, /booktitle\s+= \{NeurIPS\},\n\s+year\s+= \{2025\}/, 'the venue where there is no booktitle');
		assert.match(result.stdout, /booktitle\s+= \{Proceedings of the 41st International Conference on Example Learning\}/);
		assert.match(result.stdout, /pages\s+= \{1200--1215\}/);
		assert.match(result.stdout, /publisher\s+= \{R\\&D Press\}/);
		assert.match(result.stdout, /editor\s+= \{Field, Cy and Østergaard, Ana\}/);
		assert.match(result.stdout, /url\s+= \{https:\/\/proceedings\.example\/v235\/quill24a\.html\},\n\s+eprint\s+= \{2402\.00003\}/);
	});

	test('words after the options are a search: plain text and JSON of what they find, by section; nothing found is exit 1', async () => {
		const plain = await run(['sparse', 'attention', ...fixture]);
		assert.equal(plain.code, 0);
		assert.equal(plain.stdout, (await run(['--plain', 'SPARSE', 'Attention', ...fixture])).stdout, 'any case');
		assert.match(plain.stdout, /^RESEARCH\n\nI study how sparse attention learns/);
		assert.match(
			plain.stdout,
			/\nPUBLICATIONS\n\n\[4\] Sparse Attention Learns Local Filters\n[\s\S]*arXiv https:\/\/arxiv\.org\/abs\/2501\.00004\n/,
		);
		assert.match(plain.stdout, /\nTALKS\n\n“Sparse Attention in Practice”\n[\s\S]*Slides https:\/\/adaquill\.example\/slides\/sparse\n$/);
		assert.doesNotMatch(plain.stdout, /Calibration for Practitioners|AWARDS|^Ada Quill$/m);
		assert.deepEqual(JSON.parse((await run(['--json', 'sparse', 'attention', ...fixture])).stdout), {
			research: fixtureCv.research,
			publications: [fixtureCv.publications[0]],
			talks: [fixtureCv.talks[0]],
		});
		assert.deepEqual(
			Object.keys(JSON.parse((await run(['--json', '-s', 'talks', 'sparse', ...fixture])).stdout)),
			['talks'],
			'within a section',
		);
		for (const args of [
			['nothing', 'like', 'this'],
			['--json', 'zzz'],
			['--plain', 'zzz'],
		]) {
			const missing = await run([...args, ...fixture]);
			assert.equal(missing.code, 1);
			assert.equal(missing.stdout, '');
			assert.match(missing.stderr, withCommand(/^COMMAND: nothing matches "[^"]+"\n$/));
		}
	});

	test('--bibtex with words: the paper a citation key names, or the papers a search finds', async () => {
		const only = async (args: string[]) =>
			[...(await run(['--bibtex', ...args, ...fixture])).stdout.matchAll(/^@inproceedings\{(\w+),/gm)].map((match) => match[1]);
		assert.deepEqual(await only(['quill2023streams']), ['quill2023streams']);
		assert.deepEqual(await only(['calibration']), ['quill2024calibration']);
		assert.deepEqual(await only(['bo', 'stone']), ['quill2025sparse', 'quill2024calibration', 'quill2022notes']);
		const talkOnly = await run(['--bibtex', 'practice', ...fixture]);
		assert.equal(talkOnly.code, 1);
		assert.equal(talkOnly.stderr, `${command}: nothing among the publications matches "practice"\n`);
	});

	test('--data shows another CV file', async () => {
		const cv = cvJson();
		cv.person.name = 'Ada Lovelace';
		const result = await run(['--plain', '--data', fixtureFile('ada.json', cv)]);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /^Ada Lovelace\n/);
		assert.match((await run(['-d', fixtureFile('ada.json', cv), '--plain'])).stdout, /^Ada Lovelace\n/);
	});

	test('--data - and --data /dev/stdin read a CV from standard input', async () => {
		const given = spawnSync(process.execPath, [binPath, '--plain', '--section', 'talks', '--data', '-'], {
			input: readFileSync(fixtureCvPath),
			encoding: 'utf8',
		});
		assert.equal(given.status, 0, given.stderr);
		assert.match(given.stdout, /^TALKS\n/);
		const piped = spawnSync('sh', ['-c', `cat "${fixtureCvPath}" | "${process.execPath}" "${binPath}" --json -s 1 -d /dev/stdin`], {
			encoding: 'utf8',
		});
		assert.deepEqual(Object.keys(JSON.parse(piped.stdout)), ['research']);
	});

	test('colour: only when asked for off a terminal, never with --no-color or NO_COLOR', async () => {
		assert.doesNotMatch((await run(['--plain', ...fixture])).stdout, anyEscape);
		// Spawned: how much colour FORCE_COLOR gives is what chalk read from the environment of the process.
		assert.match(spawnCli(['--plain', ...fixture], {FORCE_COLOR: '1'}).stdout, /\u001B\[1m/);
		assert.doesNotMatch((await run(['--plain', '--no-color', ...fixture], {FORCE_COLOR: '1'})).stdout, anyEscape);
	});
});

describe('plain output', () => {
	test('80 columns off a terminal; no line longer; every URL whole on one line', async () => {
		const {stdout} = await run(['--plain', ...fixture]);
		for (const line of stdout.split('\n')) assert.ok(stringWidth(line) <= 80, line);
		for (const url of readFileSync(fixtureCvPath, 'utf8').match(/(?:https:\/\/|mailto:)[^"]+/g) ?? []) {
			// An email address is shown without its mailto:.
			assert.ok(stdout.includes(url.replace(/^mailto:/, '')), url);
		}
		assert.doesNotMatch(stdout, /mailto:/);
	});

	test('an emoji shown as emoji (⚠️) is two columns wide: no line is wider than 80', async () => {
		const cv = cvJson();
		(cv.research as Record<string, unknown>).summary = `⚠️ ❤️ ✔️ 1️⃣ ${'⚠️ '.repeat(60)}end`;
		const {stdout} = await run(['--plain', '--data', fixtureFile('emoji.json', cv)]);
		assert.match(stdout, /⚠️ end/);
		for (const line of stdout.split('\n')) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)}: ${line}`);
	});

	test('on a terminal: its width, and colours unless NO_COLOR, even where CI is set', async () => {
		const narrow = spawnInTerminal(['--plain', ...fixture], {columns: 50, rows: 20});
		assert.equal((await narrow.exited()).exitCode, 0);
		const lines = narrow.text().split(/\r?\n/);
		for (const line of lines) assert.ok(stringWidth(line) <= 50, line);
		assert.ok(
			lines.some((line) => stringWidth(line) > 45),
			'uses the width',
		);
		assert.match(narrow.output(), /\u001B\[1m/);

		// Chalk turns colour off wherever CI is set; a terminal is a person reading.
		const underCi = spawnInTerminal(['--plain', ...fixture], {columns: 80, rows: 20, env: {CI: 'true'}});
		assert.equal((await underCi.exited()).exitCode, 0);
		assert.match(underCi.output(), /\u001B\[1m/, 'colours in a terminal where CI is set');

		const noColor = spawnInTerminal(['--plain', ...fixture], {columns: 80, rows: 20, env: {NO_COLOR: '1'}});
		assert.equal((await noColor.exited()).exitCode, 0);
		assert.doesNotMatch(noColor.output().replaceAll('\r\n', '\n'), anyEscape, 'the terminal turns \n into \r\n; nothing else');
	});

	test('a CV too big to spread still prints (2,000 papers on an 80 KB stack stand for 17,000 on the default one)', () => {
		// Spreading a section's lines into one call (lines.push(...)) overflowed the default stack from 16,000 papers of
		// 8 lines, and 2,000 on a stack of 120 KB; the CLI itself starts on 50 KB.
		const result = spawnCli(['--plain', '--data', fixtureFile('huge.json', manyPublications(2000))], {}, ['--stack-size=80']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /\[2000\] Generated Paper 2000/);
		assert.match(result.stdout, /\nUpdated March 3, 2026\n$/);
	});

	test('output that cannot be written is one line and exit 1, but for a closed pipe, which is quiet', async () => {
		// One handler on standard output serves every output: written by the bin itself (--version), by the bundle
		// (--plain) and by the part loaded only for it (--help).
		for (const args of [['--version'], ['--plain'], ['--help']]) {
			const full = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" ${args.join(' ')} > /dev/full`], {encoding: 'utf8'});
			assert.equal(full.status, 1, args.join(' '));
			assert.equal(full.stderr, `${command}: cannot write the output: ENOSPC: no space left on device\n`);
		}
		// A reader gone before a word was written: the bin's own --version and the part loaded for --help say nothing.
		for (const args of ['--version', '--help']) {
			const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" ${args} | false`], {encoding: 'utf8'});
			assert.equal(closed.stderr, '', `${args} | false`);
		}
	});

	test('a closed standard output (>&-) is one line and exit 1; /dev/null is written to as ever', async () => {
		// The bin checks standard output before it reads the arguments: the bin's own --version and a bare run stand for all.
		for (const args of [['--version'], []]) {
			const shell = (redirect: string) =>
				spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" ${args.join(' ')} ${redirect}`], {encoding: 'utf8'});
			const closed = shell('>&-');
			assert.equal(closed.status, 1, `${args.join(' ')}: ${closed.stderr}`);
			assert.equal(closed.stderr, `${command}: cannot write the output: standard output is closed\n`);
			const discarded = shell('> /dev/null');
			assert.equal(discarded.status, 0, `${args.join(' ')} > /dev/null: ${discarded.stderr}`);
			assert.equal(discarded.stderr, '');
		}
	});

	test('a reader that stops early (| head -n 1) ends it quietly', async () => {
		// 500 papers are 180 KB, well over a pipe's 64 KB: the writes after the first chunk meet the closed pipe (from 200 they do).
		const big = fixtureFile('big.json', manyPublications(500));
		const child = spawn(process.execPath, [binPath, '--plain', '--data', big], {stdio: ['ignore', 'pipe', 'pipe']});
		let stderr = '';
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise((resolve) => child.on('close', resolve));
		assert.equal(code, 0);
		assert.equal(stderr, '');
	});
});

describe('errors and bad input', () => {
	test('usage errors exit 2', async () => {
		await assertUsageError(['--bogus'], /unknown option --bogus/);
		await assertUsageError(['-x'], /unknown option -x/);
		await assertUsageError(
			['--section', 'nope'],
			/unknown section "nope"; choose one of: research, publications, awards, talks, education, experience, skills, volunteer, projects, certificates, or the number of a tab/,
		);
		await assertUsageError(['--section', '11'], /unknown section "11"/);
		await assertUsageError(['--section'], /--section needs a section/);
		await assertUsageError(['--data'], /--data needs the path of a CV file/);
		await assertUsageError(['--plain', '--json'], /choose one of --plain, --json, --json-resume and --bibtex/);
		await assertUsageError(['--json', '--json-resume'], /not --json and --json-resume/);
		await assertUsageError(['--json-resume', '--section', 'talks'], /--json-resume prints the whole CV: it takes no --section/);
		await assertUsageError(['--json-resume', 'vision'], /--json-resume prints the whole CV: it takes no words/);
		await assertUsageError(['--no-json-resume'], /--json-resume cannot be turned off with --no-json-resume/);
		await assertUsageError(['--bibtex', '-s', '2'], /--section does not apply to --bibtex/);
		await assertUsageError(['-s', 'talks', '-s', 'awards'], /--section can only be set once/);
	});

	test('bad data exits 1 with one line naming the file', async () => {
		const directory = fixtureFile('a-directory', '');
		const folder = `${directory}-folder`;
		mkdirSync(folder, {recursive: true});
		await assertDataError(['--data', '/no/such/cv.json'], withCommand(/^COMMAND: \/no\/such\/cv\.json: no such file; check the path$/m));
		await assertDataError(['--data', folder], /a-directory-folder: is a directory, not a CV file/);
		await assertDataError(['--data', fixtureFile('empty.json', '')], /empty\.json: not valid JSON/);
		await assertDataError(['--data', '/dev/zero'], /\/dev\/zero: larger than 32 MB, too large to be a CV/);
		await assertDataError(
			['--data', fixtureFile('broken.json', '{\n  "updated": "x",\n  oops\n}')],
			/broken\.json: not valid JSON at line 3, column 3/,
		);
		await assertDataError(
			['--data', fixtureFile('array.json', '[]')],
			/array\.json: not a valid CV: \(top level\): expected an object, got an array/,
		);
		const bad = cvJson();
		Object.assign(bad.publications[0] ?? {}, {title: 7, arxiv: 'javascript:alert(1)'});
		await assertDataError(
			['--data', fixtureFile('bad.json', bad)],
			/bad\.json: not a valid CV: publications\[0\]\.title: expected a string, got a number \(7\); publications\[0\]\.arxiv: expected an https:, http: or mailto: link/,
		);
		await assertDataError(['--json', '--data', fixtureFile('bad.json', bad)], /not a valid CV/);
		await assertDataError(['--bibtex', '--data', fixtureFile('bad.json', bad)], /not a valid CV/);
	});

	test('JSON nested thousands of levels deep is a data error naming the file', async () => {
		const depth = 200_000;
		const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
		// Cleaning walks the data before the schema checks it: where it is too deep for that, the error says so.
		await assertDataError(
			['--plain', '--data', fixtureFile('deep.json', `{"updated": ${nested}}`)],
			/deep\.json: nested too deeply to be a CV/,
		);
		await assertDataError(['--json', '--data', fixtureFile('deeper.json', nested)], /deeper\.json: nested too deeply to be a CV/);
		await assertDataError(
			['--plain', '--data', fixtureFile('deepest.json', `{"updated": "\\u001b[31m", "x": ${nested}}`)],
			/deepest\.json: nested too deeply to be a CV/,
		);
	});

	test('values from the command line are cleaned and cut short in messages', async () => {
		const long = 'x'.repeat(100_000);
		for (const args of [
			[`--${long}`],
			[long, ...fixture],
			['--section', long],
			['--data', `/no/such/${long}.json`],
			['--\u001B[31mred\u0007'],
		]) {
			const result = await run(args);
			assert.ok(result.code === 1 || result.code === 2, result.stderr);
			assert.ok(result.stderr.length < 300, `${result.stderr.length} characters`);
			assert.match(result.stderr, withCommand(/^COMMAND: [^\n]+\n$/));
			assert.doesNotMatch(result.stderr.trimEnd(), anyEscape);
		}
		assert.match((await run(['--data', `/no/such/${long}.json`])).stderr, withCommand(/^COMMAND: …x+\.json: the path is too long\n$/));
	});

	test('option edge cases are usage errors, or work as the help says', async () => {
		await assertUsageError(['--no-section'], /--section cannot be turned off with --no-section/);
		await assertUsageError(['--no-data'], /--data cannot be turned off/);
		await assertUsageError(['--no-help'], /--help cannot be turned off/);
		await assertUsageError(['--json=yes'], /--json takes no value/);
		await assertUsageError(['--color=false'], /--color takes no value/);
		await assertUsageError(['-pj'], /unknown option -p/);
		const talks = (await run(['--plain', '--section', 'talks', ...fixture])).stdout;
		assert.match(talks, /^TALKS\n/);
		assert.equal((await run(['--plain', '-stalks', ...fixture])).stdout, talks);
		assert.equal((await run(['--plain', '-s4', ...fixture])).stdout, talks);
		assert.equal((await run(['--plain', '-s', 'talks', `-d${fixtureCvPath}`])).stdout, talks);
		assert.equal((await run(['--plain', '-stalks', `-d./${relative(process.cwd(), fixtureCvPath)}`])).stdout, talks);
	});

	test('an unreadable file', {skip: process.getuid?.() === 0 ? 'root reads every file' : false}, async () => {
		const path = fixtureFile('locked.json', cvJson());
		chmodSync(path, 0);
		await assertDataError(['--data', path], /locked\.json: permission denied/);
	});

	test('a CV full of escape sequences prints none of them, in any mode', async () => {
		const path = fixtureFile('hostile.json', hostileCv());
		for (const mode of [['--plain'], ['--json'], ['--bibtex'], ['--plain', '-s', 'awards']]) {
			const result = await run([...mode, '--data', path]);
			assert.equal(result.code, 0, result.stderr);
			assert.doesNotMatch(result.stdout, anyEscape, mode.join(' '));
			assert.doesNotMatch(result.stdout, /\\u001b|\\u0007|\\u009b/i, `${mode.join(' ')} (JSON escapes)`);
		}
		const view = spawnInTerminal(['--data', path]);
		await view.until('[1 Research]');
		await view.press('2', '[2 Publications]');
		view.terminal.write('q');
		assert.equal((await view.exited()).exitCode, 0);
		for (const injected of ['\u001B]0;pwned', 'evil.example', '\u001B[2J', '\u009B', '\u001BP+q']) {
			assert.ok(!view.output().includes(injected), JSON.stringify(injected));
		}
	});
});

describe('the built command, end to end (the rest runs in-process)', () => {
	test('a bare run with standard input and output not terminals prints what --plain prints', async () => {
		const bare = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" < /dev/null`], {encoding: 'utf8', env: environment()});
		assert.equal(bare.status, 0, bare.stderr);
		assert.equal(bare.stdout, (await run(['--plain'])).stdout);
	});

	test('--version and -v, answered by the bin before the bundle loads', () => {
		assert.equal(spawnCli(['--version']).stdout, `${packageVersion}\n`);
		assert.equal(spawnCli(['-v']).stdout, `${packageVersion}\n`);
	});

	test('a usage error is one line and exit 2; a data error one line and exit 1', () => {
		const usage = spawnCli(['--bogus']);
		assert.equal(usage.code, 2);
		assert.equal(usage.stdout, '');
		assert.equal(usage.stderr, `${command}: unknown option --bogus; see ${command} --help\n`);
		const data = spawnCli(['--data', '/no/such/cv.json']);
		assert.equal(data.code, 1);
		assert.equal(data.stdout, '');
		assert.equal(data.stderr, `${command}: /no/such/cv.json: no such file; check the path\n`);
	});
});

test('the readme shows the --help output as it is (UPDATE_GOLDEN=1 writes it there)', async () => {
	const block = withCommand(/(<!-- help -->\n```\n\$ COMMAND --help\n)([\s\S]*?)(\n```\n<!-- \/help -->)/);
	assertReadmeBlock(block, (await run(['--help'])).stdout.trimEnd());
});
