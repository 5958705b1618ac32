// `namukpark --init NAME --data FILE`: the card package it writes, packed and installed beside the packed viewer,
// offline, and run as its readers will (`npx NAME`); and every command the viewer offers, as the reader ran it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {commandAsRun, ownProgram} from '../source/program.js';
import {command} from './command.js';
import {fixtureCvPath} from './helpers.js';
import {npm, pack, root} from './packed.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';
import {environment, run} from './run-command.js';

const resumePath = join(root, 'test', 'fixtures', 'resume.json');
const viewerVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version;
/** What a card must never say: the viewer's name, or its author's. */
const viewerOwn = new RegExp(`${command}|Namuk Park`, 'i');
/** Under npx, as npm sets it; the rest of the environment as it is, less what marks npx. */
const underNpx = {npm_lifecycle_event: 'npx', npm_command: 'exec'};
const notUnderNpx = {npm_lifecycle_event: '', npm_command: ''};

let work: string;
before(() => {
	work = mkdtempSync(join(tmpdir(), 'namukpark-init-'));
});
after(() => {
	killAll();
	rmSync(work, {recursive: true, force: true});
});

/** Runs the built CLI in `cwd`, with stdin and stdout as pipes. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [binPath, ...args], {cwd, encoding: 'utf8', env: environment({...notUnderNpx, ...env})});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A new, empty folder under the test's own. */
function folder(name: string): string {
	const path = join(work, name);
	mkdirSync(path);
	return path;
}

describe('--init refuses, in one line, and writes nothing', () => {
	test('a name npm would refuse, with exit code 1', async () => {
		for (const [name, why] of [
			['Ada', /capital letters/],
			['http', /a module of Node\.js/],
			['test', /a module of Node\.js/],
			['.card', /starts with a period/],
			['_card', /starts with a period, an underscore/],
			['@ada/.card', /starts with a period/],
			['@ada/-card', /a hyphen/],
			['ada quill', /characters a URL cannot hold/],
			['ada/quill', /characters a URL cannot hold/],
			['@ada/quill/x', /characters a URL cannot hold/],
			['crazy!', /one of ~'!\(\)\*/],
			['node_modules', /npm keeps it/],
			['a'.repeat(215), /longer than 214/],
			[command, /the viewer’s own name/],
		] as const) {
			const result = await run(['--init', name, '--data', resumePath]);
			assert.equal(result.code, 1, name);
			assert.match(
				result.stderr,
				new RegExp(`^${command}: "[^\\n]*" cannot be the card’s package name: [^\\n]*${why.source}[^\\n]*\\n$`),
				name,
			);
			assert.equal(result.stdout, '', name);
		}
	});

	test('a folder already there (a dangling link too), and a CV that cannot be shown, with exit code 1; --init without --data, or from standard input, is a usage error, exit code 2', () => {
		const cwd = folder('refusals');
		mkdirSync(join(cwd, 'taken'));
		writeFileSync(join(cwd, 'taken', 'notes.txt'), 'mine');
		symlinkSync(join(cwd, 'nowhere'), join(cwd, 'dangling'));
		writeFileSync(join(cwd, 'broken.json'), '{"basics": ');
		for (const [args, code, message] of [
			[['--init', 'taken', '--data', resumePath], 1, /^COMMAND: taken\/ already exists; nothing was written/],
			[['--init', 'dangling', '--data', resumePath], 1, /^COMMAND: dangling\/ already exists/],
			[['--init', 'fresh', '--data', 'broken.json'], 1, /^COMMAND: broken\.json: not valid JSON \(it ends too early\)/],
			[['--init', 'fresh', '--data', 'missing.json'], 1, /^COMMAND: missing\.json: no such file/],
			[['--init', 'fresh'], 2, /^COMMAND: --init needs --data FILE, the CV the card shows; see COMMAND --help/],
			[['--init', 'fresh', '--data', '-'], 2, /^COMMAND: --init copies the CV file into the card: give its path/],
			[['--init', 'fresh', '--data', resumePath, '--plain'], 2, /^COMMAND: --init writes a card: it takes --data alone, not --plain/],
		] as const) {
			const result = cli([...args], cwd);
			assert.equal(result.code, code, args.join(' '));
			assert.match(result.stderr, new RegExp(`${message.source.replaceAll('COMMAND', command)}[^\\n]*\\n$`), args.join(' '));
			assert.equal(result.stdout, '');
		}
		assert.deepEqual(readdirSync(cwd).sort(), ['broken.json', 'dangling', 'taken']);
		assert.deepEqual(readdirSync(join(cwd, 'taken')), ['notes.txt']);
		assert.equal(readFileSync(join(cwd, 'taken', 'notes.txt'), 'utf8'), 'mine');
		assert.ok(lstatSync(join(cwd, 'dangling')).isSymbolicLink());
	});
});

describe('--init NAME --data FILE', () => {
	let cwd: string;
	let written: ReturnType<typeof cli>;
	before(() => {
		cwd = folder('cards');
		written = cli(['--init', 'lena-marsh', '--data', resumePath], cwd);
	});

	test('writes NAME/: a package with the command NAME, the CV as it was, and a readme; what the CV holds but cannot show is told to its author', () => {
		assert.equal(written.code, 0, written.stderr);
		assert.match(written.stdout, /^Wrote lena-marsh\/, the package lena-marsh, showing Lena Marsh's CV:\n/);
		assert.match(written.stdout, /\nTry it: {3}cd lena-marsh && npm install && npx \.\n/);
		assert.match(written.stdout, /\nPublish: {2}npm publish; then npx lena-marsh shows it anywhere\n$/);
		assert.match(
			written.stderr,
			new RegExp(`^${command}: note: \\S+resume\\.json: not shown, as this CV has no place for them: basics\\.phone`, 'm'),
		);
		const card = join(cwd, 'lena-marsh');
		assert.deepEqual(readdirSync(card).sort(), ['card.js', 'package.json', 'readme.md', 'resume.json']);
		assert.deepEqual(JSON.parse(readFileSync(join(card, 'package.json'), 'utf8')), {
			name: 'lena-marsh',
			version: '1.0.0',
			description: "Lena Marsh's CV in your terminal: research, publications, awards, education, experience and skills",
			author: 'Lena Marsh',
			keywords: ['cv', 'resume', 'terminal', 'cli', command],
			bin: {'lena-marsh': 'card.js'},
			files: ['card.js', 'resume.json'],
			engines: {node: '>=22'},
			dependencies: {[command]: `^${viewerVersion}`},
		});
		assert.equal(readFileSync(join(card, 'resume.json'), 'utf8'), readFileSync(resumePath, 'utf8'));
		const readme = readFileSync(join(card, 'readme.md'), 'utf8');
		for (const part of ['# lena-marsh\n', '\nnpx lena-marsh\n', '\nnpx .  ', '\nnpm publish\n', 'npm version patch'])
			assert.ok(readme.includes(part), part);
		assert.ok(lstatSync(join(card, 'card.js')).mode & 0o100, 'card.js can be run');
	});

	test("a CV without papers: the card's readme offers no BibTeX", () => {
		const engineer = new URL('./fixtures/resume-engineer.json', import.meta.url).pathname;
		assert.equal(cli(['--init', 'tove', '--data', engineer], cwd).code, 0);
		const readme = readFileSync(join(cwd, 'tove', 'readme.md'), 'utf8');
		assert.match(readme, /^Tabs, search, links to open and copy, plain text when piped/m);
		assert.ok(readFileSync(join(cwd, 'lena-marsh', 'readme.md'), 'utf8').includes('BibTeX'), 'a CV with papers still offers it');
	});

	test('a scoped name: the folder and the command are the name after the scope, and it says so', () => {
		const result = cli(['--init', '@lena/marsh', '--data', resumePath], cwd);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^Wrote marsh\/, the package @lena\/marsh \(its command is marsh, the name after the scope\)/);
		assert.match(result.stdout, /npm publish --access public; then npx @lena\/marsh shows it anywhere/);
		const packageJson = JSON.parse(readFileSync(join(cwd, 'marsh', 'package.json'), 'utf8'));
		assert.equal(packageJson.name, '@lena/marsh');
		assert.deepEqual(packageJson.bin, {marsh: 'card.js'});
	});

	test('the card reaches the viewer through `namukpark/card`, the entry point package.json exports: with the viewer beside it, it speaks of NAME and the person alone', () => {
		const card = join(cwd, 'lena-marsh');
		const linked = join(work, 'linked');
		mkdirSync(join(linked, 'node_modules'), {recursive: true});
		symlinkSync(root, join(linked, 'node_modules', command));
		// A copy: Node.js resolves a module from the real path of the file that requires it.
		cpSync(card, join(linked, 'node_modules', 'lena-marsh'), {recursive: true});
		const bin = join(linked, 'node_modules', 'lena-marsh', 'card.js');
		const runCard = (args: string[], env: Record<string, string> = {}) => {
			const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: environment({...notUnderNpx, ...env})});
			return {code: result.status, stdout: result.stdout, stderr: result.stderr};
		};
		const help = runCard(['--help']);
		assert.match(
			help.stdout,
			/^ {2}Lena Marsh's CV in your terminal: research, publications, awards, education, experience and skills\.\n/,
		);
		assert.match(help.stdout, /\n {4}\$ lena-marsh \[options\] \[words\]\n/);
		assert.match(help.stdout, /\n {4}\$ lena-marsh --bibtex > lena-marsh\.bib\n/);
		assert.doesNotMatch(help.stdout, viewerOwn);
		assert.doesNotMatch(help.stdout, /--data|--init|-dcv/);
		assert.deepEqual(runCard(['--version']), {code: 0, stdout: '1.0.0\n', stderr: ''});
		const plain = runCard(['--plain']);
		assert.equal(plain.code, 0);
		assert.match(plain.stdout, /^Lena Marsh\nResearch Engineer\n/);
		assert.doesNotMatch(plain.stdout + plain.stderr, viewerOwn);
		assert.equal(plain.stderr, '', 'the notes were for the author, at --init');
		assert.deepEqual(runCard(['--data', fixtureCvPath]), {
			code: 2,
			stdout: '',
			stderr: 'lena-marsh: unknown option --data; see lena-marsh --help\n',
		});
		assert.equal(runCard(['--bogus'], underNpx).stderr, 'lena-marsh: unknown option --bogus; see npx lena-marsh --help\n');
		// The same checks as namukpark's own bin, before anything loads, in the card's name.
		const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --version >&-`], {encoding: 'utf8'});
		assert.equal(closed.status, 1);
		assert.equal(closed.stderr, 'lena-marsh: cannot write the output: standard output is closed\n');
	});
});

describe('the card, packed and installed beside the packed viewer, offline', () => {
	let app: string;
	let bin: string;
	let viewer: ReturnType<typeof pack>;
	after(() => viewer.remove());
	before(() => {
		const cwd = folder('published');
		assert.equal(cli(['--init', 'lena-marsh', '--data', resumePath], cwd).code, 0);
		viewer = pack();
		const [card] = JSON.parse(npm(['pack', '--json', '--pack-destination', cwd, './lena-marsh'], cwd)) as {
			filename: string;
			files: {path: string}[];
		}[];
		assert.deepEqual(card?.files.map((file) => file.path).sort(), ['card.js', 'package.json', 'readme.md', 'resume.json']);
		app = folder('app');
		writeFileSync(join(app, 'package.json'), '{}\n');
		npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', viewer.tarball, join(cwd, card?.filename ?? '')], app);
		bin = join(app, 'node_modules', '.bin', 'lena-marsh');
	});

	test('installs the card and the viewer, nothing else; the bin runs piped', () => {
		const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {packages: Record<string, unknown>};
		assert.deepEqual(
			Object.keys(lock.packages)
				.filter((path) => path !== '')
				.sort(),
			['node_modules/lena-marsh', `node_modules/${command}`].sort(),
		);
		const help = spawnSync(bin, ['--help'], {encoding: 'utf8', env: environment(notUnderNpx)});
		assert.equal(help.status, 0);
		assert.match(help.stdout, /\$ lena-marsh \[options\]/);
		assert.doesNotMatch(help.stdout, viewerOwn);
		const plain = spawnSync(bin, [], {encoding: 'utf8', env: environment(notUnderNpx)});
		assert.match(plain.stdout, /^Lena Marsh\n/);
		assert.doesNotMatch(plain.stdout, viewerOwn);
	});

	test('in a terminal under npx: the window title, the BibTeX notice and the card left after q speak of lena-marsh and Lena Marsh alone', async () => {
		const view = spawnInTerminal([], {
			command: [bin],
			env: {...underNpx, XTERM_VERSION: 'XTerm(390)', KITTY_WINDOW_ID: '1', TMUX: '', STY: ''},
		});
		await view.until('[1 Research]');
		await view.press('2', '[2 Publications]');
		await view.press('b', 'Copied BibTeX of marsh2021forgetting · not pasted? npx lena-marsh --bibtex marsh2021forgetting');
		view.terminal.write('q');
		assert.equal((await view.exited()).exitCode, 0);
		const output = view.output();
		assert.ok(output.includes('\u001B]2;Lena Marsh — CV\u0007'), 'names the window');
		const card = view.text(output.lastIndexOf('\u001B[?1049l'));
		assert.match(card, /Lena Marsh · Research Engineer/);
		assert.match(
			card,
			/\n {2}│ {2}cite +npx lena-marsh --bibtex marsh2021forgetting\r?\n/,
			'the paper last selected, cited as the reader ran it',
		);
		assert.match(card, /\n {2}╰─ npx lena-marsh\r?\n/);
		assert.doesNotMatch(view.text(), viewerOwn);
	});
});

describe('commands offered, as the reader ran them', () => {
	test('under npx, npx and the package; else the command alone', () => {
		assert.equal(commandAsRun(ownProgram, {npm_lifecycle_event: 'npx'}), `npx ${command}`);
		assert.equal(commandAsRun(ownProgram, {npm_command: 'exec'}), `npx ${command}`);
		assert.equal(commandAsRun(ownProgram, {npm_lifecycle_event: 'test', npm_command: 'run-script'}), command);
		assert.equal(commandAsRun({...ownProgram, name: 'quill', packageName: '@ada/quill'}, {npm_lifecycle_event: 'npx'}), 'npx @ada/quill');
	});

	test('a usage error points to the help as it can be run', async () => {
		assert.match((await run(['--bogus'], underNpx)).stderr, new RegExp(`; see npx ${command} --help\\n$`));
		assert.match((await run(['--bogus'], notUnderNpx)).stderr, new RegExp(`; see ${command} --help\\n$`));
	});

	test('after b, the footer offers the --bibtex command as it can be run: under npx, npx and the package', async () => {
		for (const [env, offered] of [
			[underNpx, `npx ${command}`],
			[notUnderNpx, command],
		] as const) {
			const view = spawnInTerminal(['--data', fixtureCvPath], {env: {...env, KITTY_WINDOW_ID: '1', TMUX: '', STY: ''}});
			await view.until('[1 Research]');
			await view.press('2', '[2 Publications]');
			await view.press('b', `Copied BibTeX of quill2025sparse · not pasted? ${offered} --bibtex quill2025sparse`);
			view.terminal.write('q');
			assert.equal((await view.exited()).exitCode, 0);
		}
	});
});
