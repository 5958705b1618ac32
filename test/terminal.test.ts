// The terminal is always given back, whatever ends or stops the view: the built CLI in a real terminal. Keys and links
// there: test/terminal-keys.test.ts; the terminal lent to a BROWSER, and the answers it gives: test/terminal-lent.test.ts.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {after, describe, test} from 'node:test';
import {exitCardHeight} from '../source/format/exit-card.js';
import {keepsTitleStack} from '../source/ui/session.js';
import {fixtureCvPath, waitFor} from './helpers.js';
import {binPath, childPids, killAll, spawnInTerminal} from './pty.js';
import {run as runInProcess} from './run-command.js';
import {afterwards, assertGivenBack, assertNoCard, fixture, signalNumbers, viewerUnderShell} from './terminal-session.js';

after(killAll);

/**
 * While the view runs, every signal that ends the process takes one path (signal-exit's handler, then the signal
 * again): SIGTERM (kill's default), SIGHUP (the terminal closed) and SIGINT (Ctrl+C from outside raw mode) stand for
 * the twelve above. The first paint has its own path, before the view has loaded: three signals test it below.
 */
const signalsWhileTheViewRuns = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

describe('every signal that ends the process gives the terminal back', () => {
	for (const signal of signalsWhileTheViewRuns) {
		const number = signalNumbers[signal];
		test(`${signal} while the view runs${signal === 'SIGTERM' ? ', after a SIGUSR1 that opens no inspector' : ''}`, async () => {
			const {run, pid} = await viewerUnderShell();
			await run.until('[1 Research]');
			await run.listening();
			if (signal === 'SIGTERM') {
				// SIGUSR1 opens Node's inspector, which would print inside the view; the view refuses it.
				process.kill(pid, 'SIGUSR1');
				await run.press('2', '[2 Publications]');
				assert.doesNotMatch(run.output(), /Debugger listening/);
			}
			process.kill(pid, signal);
			const {status, modes} = await afterwards(run);
			assert.equal(status, 128 + number, 'ends by the signal, as the shell sees it');
			assertGivenBack(run.output(), modes);
			assertNoCard(run.output());
		});
	}

	for (const signal of ['SIGQUIT', 'SIGALRM', 'SIGTERM'] as const) {
		test(`${signal} during the first paint, before the view has loaded`, async () => {
			const {run, pid} = await viewerUnderShell();
			await waitFor(() => run.output().includes('\u001B[?1049h'), 'the first paint', 10_000);
			process.kill(pid, signal);
			const {status, modes} = await afterwards(run);
			assert.equal(status, 128 + signalNumbers[signal]);
			assertGivenBack(run.output(), modes);
			assertNoCard(run.output());
		});
	}

	// The card left after quitting is checked here too (test/first-screen.test.ts has the card itself). Ctrl+C comes
	// after --section and keys typed in one burst, with GitHub Actions' variables set: every frame is drawn, since a
	// person is at the terminal, and NO_COLOR, not CI, is what turns colour off.
	test('q, and Ctrl+C after --section talks and keys in one burst where CI variables are set, give it back too, with exit status 0, and leave the card on the normal screen; NO_COLOR: no colour, no escapes in the card, no question about the background', async () => {
		const ci = {CI: 'true', CONTINUOUS_INTEGRATION: '1', GITHUB_ACTIONS: 'true'};
		for (const [key, args, env] of [
			['q', [], {}],
			['\u0003', ['--section', 'talks'], ci],
		] as const) {
			const {run} = await viewerUnderShell({NO_COLOR: '1', ...env}, [...args]);
			if (key === 'q') {
				await run.until('[1 Research]');
				await run.press('2', '[2 Publications]');
				await run.press('j', '2 of 4');
			} else {
				await run.until('[4 Talks]');
				await run.press('j', '›');
				await run.press('2jj\u001B[A', '2 of 4');
			}
			run.terminal.write(key);
			const {status, modes} = await afterwards(run);
			assert.equal(status, 0);
			assertGivenBack(run.output(), modes);
			// A colour is an SGR sequence (ESC[3xm): ESC[34G moves the cursor.
			assert.doesNotMatch(run.output(), /\u001B\[(?:3\d|9\d|38;[\d;]*)m/, 'no foreground colour');
			assert.doesNotMatch(run.output(), /\u001B\]11;/, 'no question about the background');
			const afterView = run.output().slice(run.output().lastIndexOf('\u001B[?1049l'));
			// The card: from where the cursor is shown again and the old title given back to the last line end before the
			// shell's report (a process exit handler of Ink's shows the cursor once more after it).
			const start = Math.max(...['\u001B[?25h', '\u001B[23;0t'].map((sequence) => afterView.indexOf(sequence) + sequence.length));
			const card = afterView.slice(start, afterView.lastIndexOf('\n', afterView.indexOf('[exit')) + 1);
			assert.match(card, /Ada Quill · Research Scientist, Example Vision Lab/);
			assert.match(card, /Calibration Under Shift Without Labels/, 'the paper last selected');
			assert.match(card, /\n {2}│ {2}arXiv {3}https:\/\/arxiv\.org\/abs\/2402\.00003\r?\n/);
			// A --data CV is a file on this machine: no command that would show it elsewhere.
			assert.match(card, /\n {2}│ {2}web {5}https:\/\/adaquill\.example\r?\n {2}╰─\r?\n\r?\n$/, 'the contacts last, then one blank line');
			assert.doesNotMatch(card, /npx|--data/);
			assert.doesNotMatch(card, /\u001B/, 'no escape bytes under NO_COLOR');
			assert.ok(card.trim().split(/\r?\n/).length <= exitCardHeight);
			const screen = (await run.screen()).join('\n');
			assert.match(screen, /Ada Quill · Research Scientist/, 'on the screen after the view');
		}
	});
});

describe('the window title', () => {
	test('is set only where the terminal is known to give the old one back', () => {
		for (const env of [
			{TERM: 'xterm-256color', VTE_VERSION: '7600'},
			{TERM: 'xterm-256color', XTERM_VERSION: 'XTerm(390)'},
			{TERM: 'xterm-kitty'},
			{TERM: 'foot'},
			{TERM: 'alacritty'},
			{TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app'},
			{TERM: 'xterm-256color', TERM_PROGRAM: 'WezTerm'},
		]) {
			assert.equal(keepsTitleStack(env), true, JSON.stringify(env));
		}
		for (const env of [
			{TERM: 'xterm-256color'},
			{TERM: 'xterm-256color', TERM_PROGRAM: 'Apple_Terminal'},
			{TERM: 'xterm-256color', TERM_PROGRAM: 'vscode'},
			{TERM: 'tmux-256color', TERM_PROGRAM: 'tmux'},
			{TERM: 'xterm-256color', VTE_VERSION: '7600', TMUX: '/tmp/tmux-1000/default,1,0'},
			{TERM: 'screen.xterm-256color', XTERM_VERSION: 'XTerm(390)'},
			{TERM: 'linux'},
		]) {
			assert.equal(keepsTitleStack(env), false, JSON.stringify(env));
		}
	});

	// That the title is left alone elsewhere is checked in Apple's Terminal below, with NO_COLOR=1 FORCE_COLOR=1.
});

// npm runs a shell that runs the viewer: all three are in the shell's job.
describe('under npx, in a shell with job control, as a person has', () => {
	test('Ctrl+Z, then a SIGTSTP from outside: the shell gets the terminal back; fg brings the view back, keys and all. With its npx ended from outside, the viewer ends at the next key it cannot read, as on a hang-up: no error, and the terminal given back', async () => {
		const run = spawnInTerminal([], {command: ['bash', '--norc', '--noprofile', '-i'], env: {PS1: 'shell$ '}});
		await run.until('shell$');
		run.terminal.write(`sh -c '"${process.execPath}" "${binPath}" --data "${fixtureCvPath}"; exit $?'\r`);
		await run.until('[1 Research]');
		const [shell] = childPids(run.terminal.pid);
		const [viewer] = shell === undefined ? [] : childPids(shell);
		assert.ok(shell !== undefined && viewer !== undefined, 'the shell and the viewer under it');
		await run.press('2', '[2 Publications]');
		// The shell sees the job stopped only when each of its processes is.
		for (const [how, stop, position] of [
			['Ctrl+Z', () => run.terminal.write('\u001A'), 1],
			['a SIGTSTP from outside', () => process.kill(viewer, 'SIGTSTP'), 2],
		] as const) {
			const from = run.output().length;
			stop();
			await waitFor(() => run.text(from).includes('Stopped'), `${how}: Stopped`);
			assert.equal(await run.onAlternateScreen(), false, `${how}: the normal screen`);
			// "[mo""des]" as typed, so that only the shell's output shows "[modes]", not the echo of the command line.
			run.terminal.write('stty -a | tr "\\n" " "; echo "[mo""des]"\r');
			await waitFor(() => run.text(from).includes('[modes]'), `${how}: the modes`);
			assert.match(run.text(from).split('stty -a').at(-1) ?? '', /\sicanon\s.*\secho\s/, `${how}: the shell has canonical input and echo`);
			run.terminal.write('fg\r');
			await run.until('[2 Publications]');
			assert.equal(await run.onAlternateScreen(), true, `${how}: the view is back on its own screen`);
			const screen = (await run.screen()).join('\n');
			assert.match(screen, /^ {2}[▄▀█ ]+ {3}Research Scientist, Example Vision Lab/m, `${how}: the whole frame is drawn again`);
			assert.match(screen, new RegExp(`── ${position} of 4`));
			await run.press('j', `${position + 1} of 4`);
		}

		// A shell ended by SIGTERM leaves the viewer running, its parent gone, while the shell above takes the terminal
		// back: the viewer's next read of the terminal fails (EIO).
		await run.listening();
		const from = run.output().length;
		process.kill(shell, 'SIGTERM');
		await waitFor(() => run.text(from).includes('shell$'), 'the shell back at its prompt');
		// Keys go to whichever of the shell and the viewer reads first: type until the viewer has read one.
		const running = () => readFileSync(`/proc/${viewer}/stat`, 'utf8').split(' ')[2] !== 'Z';
		await waitFor(() => {
			if (existsSync(`/proc/${viewer}`) && running()) run.terminal.write(' ');
			else return true;
		}, 'the viewer to end');
		// What the viewer wrote last may reach the pty a moment after it ended: wait for it rather than read at once.
		await waitFor(() => run.output().indexOf('\u001B[?1049l', from) > -1, 'the viewer to leave the alternate screen');
		await waitFor(() => run.output().lastIndexOf('\u001B[?25h') > run.output().lastIndexOf('\u001B[?25l'), 'the cursor shown');
		assert.doesNotMatch(run.text(from), /EIO|Error/, 'no error');
		run.terminal.write('\u0015exit\r');
		await run.exited();
	});
});

describe('a job stopped with Ctrl+Z', () => {
	// bash's `kill %1` sends SIGTERM, then SIGCONT: the viewer continues in the background, where setting the terminal's
	// modes would stop it again (SIGTTOU), stuck, and `fg` would bring back a view that the SIGTERM then ends.
	test('and then killed (kill %1) ends by SIGTERM, leaving the terminal as the shell has it', async () => {
		const run = spawnInTerminal([], {command: ['bash', '--norc', '--noprofile', '-i'], env: {PS1: 'shell$ '}});
		await run.until('shell$');
		run.terminal.write(`exec_viewer() { "${process.execPath}" "${binPath}" --data "${fixtureCvPath}"; }; exec_viewer\r`);
		await run.until('[1 Research]');
		const [viewer] = childPids(run.terminal.pid);
		assert.ok(viewer !== undefined, 'the viewer under the shell');
		await run.listening();
		run.terminal.write('\u001A');
		await run.until('Stopped');
		const from = run.output().length;
		run.terminal.write('kill %1\r');
		const state = () => (existsSync(`/proc/${viewer}`) ? readFileSync(`/proc/${viewer}/stat`, 'utf8').split(') ')[1]?.[0] : undefined);
		// Gone, not a zombie: the shell has taken its status.
		await waitFor(() => state() === undefined, `the viewer to end (state ${state()})`);
		// `jobs` tells how the job ended where the shell has not said it yet: "Terminated" is SIGTERM, status 143.
		run.terminal.write('jobs; echo "[mo""des]"; stty -a\r');
		await run.until('Terminated');
		await run.until('[modes]');
		const after = run.output().slice(from);
		assert.doesNotMatch(after, /\u001B\[\?(1049|1047)[hl]/, 'no screen of the view is entered or left after the kill');
		assert.equal(await run.onAlternateScreen(), false, 'the normal screen');
		assert.match(run.text(from).split('[modes]').at(-1) ?? '', /\sicanon\s.*\secho\s/, 'canonical input and echo');
		run.terminal.write('exit\r');
		await run.exited();
	});
});

describe('terminals that cannot take the full view', () => {
	for (const [name, env] of [
		['TERM=dumb (an Emacs shell buffer)', {TERM: 'dumb'}],
		['INK_SCREEN_READER=true', {INK_SCREEN_READER: 'true'}],
	] as const) {
		test(`${name} gets the plain text`, async () => {
			const run = spawnInTerminal(fixture, {env});
			assert.equal((await run.exited()).exitCode, 0);
			assert.ok(!run.output().includes('\u001B[?1049h'), 'no alternate screen');
			assert.match(run.text(), /^Ada Quill\r\nResearch Scientist, Example Vision Lab\r\n/);
			assert.match(run.text(), /\r\nPUBLICATIONS\r\n/);
		});
	}

	// One decision (cli.tsx, from the locale) serves every output, the view's too: each locale is checked on what is
	// printed, which does not need a terminal (this process runs it), and the one that overrides LANG in the view below.
	const locales: Record<string, string>[] = [{LANG: 'C'}, {LC_ALL: 'POSIX', LANG: 'en_US.UTF-8'}, {LANG: 'de_DE.ISO-8859-1'}];
	const localeEnv = (locale: Record<string, string> = {}) => ({...locale, LC_ALL: locale.LC_ALL ?? '', LC_CTYPE: ''});
	for (const locale of locales) {
		test(`${JSON.stringify(locale)}: ASCII stand-ins for every glyph, in the plain text, the help and the JSON`, async () => {
			for (const args of [['--plain'], ['--help'], ['--json']]) {
				const {code, stdout, stderr} = await runInProcess([...args, ...fixture], localeEnv(locale));
				assert.equal(code, 0, stderr);
				assert.doesNotMatch(stdout + stderr, /[^\x00-\x7F]/, args.join(' '));
			}
		});
	}

	// One viewer for all three: Apple's Terminal, as it is started here, is also a serial console of 0x0, in the POSIX
	// locale.
	test(`a window of 0x0 (a serial console) shows the 80x24 fallback; NO_COLOR=1 FORCE_COLOR=1 in Apple's Terminal: Node's warning does not land in the view, it is written after it; the window title is left alone; ${JSON.stringify(locales[1])}: ASCII stand-ins for every glyph in the view, its help and the card`, async () => {
		const env = {NO_COLOR: '1', FORCE_COLOR: '1', TERM_PROGRAM: 'Apple_Terminal', TMUX: '', STY: '', ...localeEnv(locales[1])};
		const run = spawnInTerminal([], {
			command: ['sh', '-c', `stty rows 0 cols 0; exec "${process.execPath}" "${binPath}" --data "${fixtureCvPath}"`],
			env,
		});
		await run.until('[1 Research]');
		// Node warns as the view loads: once the view reads keys, the warning has come.
		await run.listening();
		const screen = await run.screen();
		assert.doesNotMatch(screen.join('\n'), /Warning/);
		assert.equal(screen.slice(0, 23).filter((line) => line !== '').length > 5, true, screen.join('\n'));
		assert.match(screen[22] ?? '', /q quit/, 'the footer on the 23rd line: a frame of 80x24');
		assert.ok(screen.every((line) => line.length <= 80));
		// Below 26 rows the name is text, not big letters, with the role beside it and the topics under it.
		assert.match(
			screen.slice(0, 2).join('\n'),
			/^ {2}Ada Quill - Research Scientist, Example Vision Lab\n {2}sparse attention - calibration/,
		);
		await run.press('2', '-- 1 of 4 --');
		await run.press('3', '[3 Awards]');
		await run.press('?', 'Next tab');
		assert.doesNotMatch((await run.screen()).join('\n'), /\?{2}/, 'no character is lost to "?"');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
		const afterView = run.output().slice(run.output().lastIndexOf('\u001B[?1049l'));
		assert.match(afterView, /Warning: The 'NO_COLOR' env is ignored/);
		assert.doesNotMatch(run.output(), /\u001B\[2[23];0t|\u001B\]2;/, 'no title sequence at all');
		assert.doesNotMatch(run.output(), /[^\x00-\x7F]/, 'nothing but ASCII reaches the terminal');
	});
});
