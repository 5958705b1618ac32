// The terminal lent to a BROWSER and the terminal's answers, in a real pseudo-terminal: what comes back to the shell.
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {fakeBrowser, isRunning, modesLeftOn} from './fake-browser.js';
import {waitFor} from './helpers.js';
import {killAll, spawnInTerminal} from './pty.js';
import {afterwards, assertGivenBack, assertNoCard, fixture, signalNumbers, viewerUnderShell} from './terminal-session.js';

after(killAll);

/** How often `text` occurs in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

describe('a BROWSER lent the terminal ends with the viewer, and leaves nothing on', () => {
	for (const [signal, stubborn, wrapped] of [
		['SIGTERM', false, false],
		['SIGHUP', false, false],
		['SIGQUIT', true, false],
		['SIGTERM', false, true],
		['SIGHUP', true, true],
	] as const) {
		test(`${signal} while a${stubborn ? ' stubborn' : ''} BROWSER${wrapped ? ' run by a script' : ''} has the terminal: the browser gets it first${stubborn ? ', then SIGKILL' : ''}; the viewer ends by it, and leaves no alternate screen it is not on`, async () => {
			const browser = fakeBrowser({stubborn, wrapped});
			const {run, pid} = await viewerUnderShell({BROWSER: browser.path}, ['--section', 'publications']);
			await run.until('── 1 of 4');
			await run.listening();
			run.terminal.write('o');
			await run.until('browser shows https://arxiv.org/abs/2501.00004');
			const browserPid = await waitFor(browser.pid, 'the browser to start');
			process.kill(pid, signal);
			const {status, modes} = await afterwards(run);
			assert.equal(status, 128 + signalNumbers[signal], 'ends by the signal, as the shell sees it');
			assert.ok(browser.log().includes(`got ${signal}`), `the browser got ${signal}: ${browser.log().join(', ')}`);
			assert.equal(isRunning(browserPid), false, 'the browser is not left running');
			const output = run.output();
			// Leaving a screen one is not on moves the cursor to where it was when the alternate screen was entered.
			assert.equal(
				count(output, '\u001B[?1049l'),
				count(output, '\u001B[?1049h'),
				'leaves the alternate screen once for each time it entered',
			);
			assertGivenBack(output, modes);
			assertNoCard(output);
		});
	}

	test('a stubborn BROWSER on its own alternate screen, killed after the grace: the terminal is left on the normal screen, and the view leaves only its own', async () => {
		const browser = fakeBrowser({stubborn: true, modes: true});
		const {run, pid} = await viewerUnderShell({BROWSER: browser.path}, ['--section', 'publications']);
		await run.until('── 1 of 4');
		await run.listening();
		run.terminal.write('o');
		await run.until('browser shows');
		await waitFor(browser.pid, 'the browser to start');
		process.kill(pid, 'SIGTERM');
		const {status} = await afterwards(run);
		assert.equal(status, 143);
		assert.equal(await run.onAlternateScreen(), false, 'the normal screen');
		const output = run.output();
		assert.equal(count(output, '\u001B[?1049l'), count(output, '\u001B[?1049h') - 1, 'the view leaves only the screen it entered');
	});

	test('mouse reports, the kitty keyboard protocol and keypad mode a BROWSER left on are turned off when the view comes back, and again at exit, the cursor shown last', async () => {
		const browser = fakeBrowser({modes: true});
		const run = spawnInTerminal(['--section', 'publications', ...fixture], {env: {BROWSER: browser.path}});
		await run.until('── 1 of 4');
		run.terminal.write('o');
		await run.until('browser shows');
		run.terminal.write('quit\r');
		await run.until('Opened https://arxiv.org/abs/2501.00004');
		const back = run.output();
		const browserEnd = back.lastIndexOf('browser shows');
		const viewAgain = back.indexOf('\u001B[?1049h', browserEnd);
		for (const [on, off] of Object.entries(modesLeftOn)) {
			assert.ok(back.indexOf(on) < browserEnd, `the browser turned ${JSON.stringify(on)} on`);
			assert.ok(back.slice(browserEnd, viewAgain + 1).includes(off), `${JSON.stringify(off)} when the view comes back`);
		}
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
		const output = run.output();
		const viewLast = output.lastIndexOf('\u001B[?1049h');
		for (const off of Object.values(modesLeftOn)) {
			assert.ok(output.lastIndexOf(off) > viewLast, `${JSON.stringify(off)} at exit`);
			assert.ok(output.lastIndexOf('\u001B[?25h') > output.lastIndexOf(off), `the cursor shown after ${JSON.stringify(off)}`);
		}
		// 1047 after 1049: before it, 1047 would leave the view's screen, and 1049 then move the cursor on the normal one.
		assert.ok(output.lastIndexOf('\u001B[?1047l') > output.lastIndexOf('\u001B[?1049l'), "the browser's screen left after the view's");
	});
});

describe('the answer to the background question', () => {
	// Over SSH the answer may come a moment after a q typed at once: the shell must not get it as typing.
	test('when q comes before it, the view takes it before giving the terminal back: the shell never gets it as typing', async () => {
		const {run} = await viewerUnderShell();
		await run.until('[1 Research]');
		await run.listening();
		assert.ok(run.output().includes('\u001B]11;?\u001B\\'), 'the question is asked');
		run.terminal.write('q');
		// The terminal's answer, 40 ms after the q, as over a slow link; the view waits up to 150 ms for it.
		await new Promise((resolve) => setTimeout(resolve, 40));
		run.terminal.write('\u001B]11;rgb:ffff/ffff/ffff\u001B\\');
		const {status, modes} = await afterwards(run);
		assert.equal(status, 0);
		assertGivenBack(run.output(), modes);
		assert.doesNotMatch(run.text(run.output().lastIndexOf('\u001B[?1049l')), /11;rgb/, 'the shell got no answer as typing');
	});

	test('begun before q has waited its 150 ms, it is waited for to its end: the shell gets no rest of it', async () => {
		const {run} = await viewerUnderShell();
		await run.until('[1 Research]');
		await run.listening();
		run.terminal.write('q');
		// Cut in two over a slow link: its head 50 ms after the q, its tail 300 ms later.
		await new Promise((resolve) => setTimeout(resolve, 50));
		run.terminal.write('\u001B]11;rgb:ff');
		await new Promise((resolve) => setTimeout(resolve, 300));
		run.terminal.write('ff/ffff/ffff\u001B\\');
		const {status} = await afterwards(run);
		assert.equal(status, 0);
		// The shell's `read` echoes what it gets, up to the Enter that ends it.
		await run.exited();
		assert.doesNotMatch(run.text(run.output().lastIndexOf('\u001B[?1049l')), /ffff/, 'the shell got no rest of the answer as typing');
	});
});
