// Keys and links in a real terminal: what is not a key never acts as one, however it arrives, and a browser borrows
// the terminal and gives it back. The built CLI in a pseudo-terminal.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {fakeBrowser} from './fake-browser.js';
import {fixtureCvPath, waitFor} from './helpers.js';
import {killAll, spawnInTerminal} from './pty.js';

after(killAll);

const fixture = ['--data', fixtureCvPath];

// One viewer for all of these: each part ends where the next begins.
describe('keys keep their meaning however they arrive, and what is not a key never acts as one', () => {
	/** Writes `keys` in one read, then j, and waits for the screen j alone shows: what came before j changed nothing. Then k. */
	async function assertIgnored(run: ReturnType<typeof spawnInTerminal>, keys: string, screens: {first: string; second: string}) {
		run.terminal.write(`${keys}j`);
		await run.untilScreen(screens.second);
		run.terminal.write('k');
		await run.untilScreen(screens.first);
	}

	test('in one session, from the first paint to Publications', async (t) => {
		const run = spawnInTerminal(fixture);
		await run.until('[1 Research]');

		await t.test('keys typed right after the first paint, before the view reads keys, are all acted on', async () => {
			run.terminal.write('2/vision');
			await run.until('/ vision');
			await run.until('match “vision”');
			assert.match((await run.screen()).join('\n'), /\[\/ Search\]/, 'the tab bar shows the search');
			run.terminal.write('\u001B');
			await run.until('[2 Publications]');
			await run.until('── 1 of 4');
		});

		await t.test('/vision in one read opens the search with vision typed, and Ctrl+U, text and Enter in one read go there', async () => {
			await run.press('1', '[1 Research]');
			run.terminal.write('/vision');
			await run.until('/ vision');
			await run.until('match “vision”');
			run.terminal.write('\u0015calibration\r');
			await run.until('[2 Publications]');
			await run.until('── 2 of 4');
			await run.press('k', '── 1 of 4');
		});

		const first = (await run.screen()).join('\n');
		await run.press('j', '── 2 of 4');
		const screens = {first, second: (await run.screen()).join('\n')};
		await run.press('k', '── 1 of 4');

		// Replies and keys split across reads: test/key-reads.test.tsx, where each write is one read.
		await t.test('pasted text is not taken as commands (bracketed paste)', async () => {
			assert.ok(run.output().includes('\u001B[?2004h'), 'bracketed paste is on');
			await assertIgnored(run, '\u001B[200~q3jjG?\r\u001B[201~', screens);
		});

		await t.test('terminal replies are not digits or letters: mouse, cursor position, colour queries, device strings', async () => {
			for (const reply of [
				'\u001B[<0;10;5M',
				'\u001B[12;40R',
				'\u001B]11;rgb:0000/0000/0000\u001B\\',
				'\u001B]10;rgb:ffff/ffff/ffff\u0007',
				'\u001BP1+r544e=787465726d\u001B\\',
				'\u001B[I\u001B[O',
			]) {
				await assertIgnored(run, reply, screens);
			}
			await run.press('5', '[5 Education]');
		});

		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
	});
});

describe('opening links', () => {
	/** An executable shell script in a folder of its own, and that folder. */
	function script(name: string, body: string) {
		const directory = mkdtempSync(join(tmpdir(), 'namukpark-browser-'));
		after(() => rmSync(directory, {recursive: true, force: true}));
		const path = join(directory, name);
		writeFileSync(path, `#!/bin/sh\n${body.replaceAll('$DIR', directory)}\n`, {mode: 0o755});
		return {directory, path};
	}

	test('a BROWSER gets the terminal: its output on the normal screen, the keys typed; then the view comes back; o opens the selected paper; Ctrl+C in a BROWSER ends the browser, not the view, which says it failed, even where that Ctrl+C reaches the view after the browser is gone', async () => {
		// The fourth call stands for a browser ended by Ctrl+C whose exit this process sees before the SIGINT the terminal
		// sent both (1 run in 10 did): it exits at once, the SIGINT 20 ms later.
		const browser = script(
			'browser',
			[
				'echo x >> "$DIR/calls"',
				'if [ "$(wc -l < "$DIR/calls")" -eq 4 ]; then (sleep 0.02; kill -INT $PPID; touch "$DIR/sent") & exit 130; fi',
				'echo "browser shows $1"',
				'IFS= read -r line',
				'echo "$line" >> "$DIR/typed"',
			].join('\n'),
		);
		const run = spawnInTerminal(['--section', 'publications', ...fixture], {env: {BROWSER: browser.path}});
		await run.until('── 1 of 4');
		run.terminal.write('o');
		await run.until('browser shows https://arxiv.org/abs/2501.00004');
		assert.equal(await run.onAlternateScreen(), false, 'the browser draws on the normal screen');
		// Keys of the view (a tab, a move, quit) are the browser's while it runs.
		run.terminal.write('3jq\r');
		await run.until('[2 Publications]');
		assert.equal(readFileSync(join(browser.directory, 'typed'), 'utf8'), '3jq\n');
		await run.until('Opened https://arxiv.org/abs/2501.00004');
		assert.equal(await run.onAlternateScreen(), true, 'the view is back on its own screen');
		assert.match((await run.screen()).join('\n'), /── 1 of 4/);
		await run.press('j', '2 of 4');

		// The selected paper, not the first.
		run.terminal.write('o');
		await run.until('browser shows https://arxiv.org/abs/2402.00003');
		run.terminal.write('\r');
		await run.until('Opened https://arxiv.org/abs/2402.00003');

		let from = run.output().length;
		run.terminal.write('o');
		await waitFor(() => run.text(from).includes('browser shows'), 'the browser again');
		run.terminal.write('\u0003');
		await run.until(`Cannot open a browser: ${browser.path} failed`);
		await run.press('j', '3 of 4');

		// The paper that has a link again, and the browser's fourth call.
		await run.press('k', '2 of 4');
		from = run.output().length;
		run.terminal.write('o');
		await waitFor(() => run.text(from).includes(`Cannot open a browser: ${browser.path} failed`), 'the fourth browser to fail');
		await waitFor(() => existsSync(join(browser.directory, 'sent')), 'the signal sent');
		await run.press('j', '3 of 4');
		run.terminal.write('q');
		assert.deepEqual(await run.exited(), {exitCode: 0, signal: 0});
	});

	test("the terminal is the browser's from the read that has o: keys typed after o are never the view's, and those the browser reads have Enter as Enter", async () => {
		const browser = fakeBrowser();
		const run = spawnInTerminal(['--section', 'publications', ...fixture], {env: {BROWSER: browser.path}});
		await run.until('── 1 of 4');
		await run.listening();
		// All but the footer, which says what was opened.
		const view = (await run.screen()).slice(0, -2);
		/** Types `keys`, then quit to end the browser once it runs; what the browser read, once the view is back as it was. */
		async function browse(type: () => Promise<void>) {
			const [runs, before] = [browser.log().filter((line) => line === 'exit').length, browser.typed().length];
			await type();
			await waitFor(() => browser.log().filter((line) => line.startsWith('pid')).length > runs, 'the browser');
			run.terminal.write('quit\r');
			await waitFor(() => browser.log().filter((line) => line === 'exit').length > runs, 'the browser to exit');
			await run.until('Opened https://arxiv.org/abs/2501.00004');
			assert.deepEqual((await run.screen()).slice(0, -2), view, 'the view as it was');
			return browser.typed().slice(before);
		}

		// A quick typist: a word and Enter a moment after o, never the view's. Read with o (under load), they are nobody's;
		// read after it, the browser's. Those that reach the terminal between the read that has o and raw mode's end (a
		// few ms: the view cannot know sooner) keep raw mode's carriage return for Enter.
		const quick = await browse(async () => {
			run.terminal.write('o');
			await sleep(30);
			run.terminal.write('hello\r');
		});
		assert.ok(['hello\nquit\n', 'hello\rquit\n', 'quit\n'].includes(quick), JSON.stringify(quick));

		// In the same write as o: h and l change tabs in the view, and o would open again.
		assert.equal(await browse(async () => run.terminal.write('ohello\r')), 'quit\n');

		// Typed the moment the view hands the terminal over (bracketed paste off), before the browser has started.
		const typedAfterHandOver = await browse(async () => {
			const from = run.output().length;
			run.terminal.write('o');
			await waitFor(() => run.output().includes('\u001B[?2004l', from), 'the hand-over');
			run.terminal.write('hello\r');
		});
		assert.equal(typedAfterHandOver, 'hello\nquit\n');
		assert.equal(browser.log().filter((line) => line.startsWith('pid')).length, 3, 'one browser for each o');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
	});

	test('o held down starts one system opener at a time; after o then q the process ends at once', async () => {
		const opener = script('xdg-open', 'echo "$1" >> "$DIR/opened"\nsleep 1');
		const run = spawnInTerminal(['--section', 'publications', ...fixture], {
			env: {PATH: `${opener.directory}:${process.env.PATH}`, DISPLAY: ':0', BROWSER: '', SSH_CONNECTION: '', SSH_TTY: ''},
		});
		await run.until('── 1 of 4');
		for (let press = 0; press < 200; press++) run.terminal.write('o');
		await run.until('Opened');
		assert.equal(readFileSync(join(opener.directory, 'opened'), 'utf8'), 'https://arxiv.org/abs/2501.00004\n');

		await run.press('j', '2 of 4');
		run.terminal.write('o');
		await run.until('Opening');
		const quitAt = Date.now();
		run.terminal.write('q');
		await run.exited();
		assert.ok(Date.now() - quitAt < 700, `ended ${Date.now() - quitAt} ms after q`);
	});
});
