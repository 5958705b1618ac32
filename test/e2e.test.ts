import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {killAll, spawnInTerminal} from './pty.js';

after(killAll);

const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** What the terminal must be left with: the normal screen back, and a visible cursor after the last hide. */
function assertRestored(output: string) {
	const tail = output.slice(output.lastIndexOf('\u001B[?1049h'));
	assert.ok(tail.includes(leaveAlternateScreen), 'leaves the alternate screen');
	assert.ok(output.lastIndexOf(showCursor) > output.lastIndexOf('\u001B[?25l'), 'shows the cursor again');
}

describe('the built package in a real terminal', () => {
	for (const [columns, rows] of [
		[100, 30],
		[40, 12],
	] as const) {
		test(`opens, moves through every tab and quits with q at ${columns}x${rows}`, async () => {
			const run = spawnInTerminal([], {columns, rows});
			await run.until('[1 Research]');
			await run.press('2', '[2 Publications]');
			await run.press('G', '3 of 3');
			await run.press('3', '[3 Awards]');
			await run.press('4', '[4 Talks]');
			await run.press('5', '[5 Education]');
			await run.press('6', '[6 Experience]');
			await run.press('?', 'Next tab');
			await run.press('\u001B', 'tabs');
			run.terminal.write('q');
			const exit = await run.exited();
			assert.equal(exit.exitCode, 0);
			assertRestored(run.output());
		});
	}

	test('Ctrl+C quits with exit code 0 and restores the terminal', async () => {
		const run = spawnInTerminal();
		await run.until('[1 Research]');
		run.terminal.write('\u0003');
		assert.equal((await run.exited()).exitCode, 0);
		assertRestored(run.output());
	});

	test('keys typed in one burst all act', async () => {
		const run = spawnInTerminal();
		await run.until('[1 Research]');
		await run.press('2jj\u001B[A', '2 of 3');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
	});

	for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
		test(`${signal} restores the terminal`, async () => {
			const run = spawnInTerminal();
			await run.until('[1 Research]');
			run.terminal.kill(signal);
			const exit = await run.exited();
			assert.notEqual(exit.exitCode, 0);
			assertRestored(run.output());
		});
	}

	test('hyperlinks reach the terminal where it supports them, and --no-links turns them into URLs', async () => {
		const linked = spawnInTerminal([], {env: {FORCE_HYPERLINK: '1'}});
		await linked.until('[1 Research]');
		await linked.press('2', '[2 Publications]');
		linked.terminal.write('q');
		await linked.exited();
		assert.ok(linked.output().includes('\u001B]8;;https://arxiv.org/abs/2202.06709\u0007'), 'OSC 8 link to arXiv');

		const plain = spawnInTerminal(['--no-links'], {env: {FORCE_HYPERLINK: '1'}});
		await plain.until('[1 Research]');
		await plain.press('2', 'https://arxiv.org/abs/2202.06709');
		plain.terminal.write('q');
		await plain.exited();
		assert.ok(!plain.output().includes('\u001B]8;;'), 'no OSC 8');
	});

	test('--section opens on that tab; NO_COLOR draws without colour', async () => {
		const run = spawnInTerminal(['--section', 'talks'], {env: {NO_COLOR: '1'}});
		await run.until('[4 Talks]');
		await run.press('j', '›');
		run.terminal.write('q');
		await run.exited();
		assert.doesNotMatch(run.output(), /\u001B\[(?:3\d|9\d|38;)/, 'no foreground colour');
	});

	test('draws every frame even where CI variables are set, since a person is at the terminal', async () => {
		const run = spawnInTerminal([], {env: {CI: 'true', CONTINUOUS_INTEGRATION: '1'}});
		await run.until('[1 Research]');
		await run.press('2', '[2 Publications]');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
	});

	test('o opens the selected paper with the browser program, and the footer says so', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'namukpark-browser-'));
		const browser = join(directory, 'browser');
		writeFileSync(browser, `#!/bin/sh\necho "$1" >> "${directory}/opened"\n`, {mode: 0o755});
		const run = spawnInTerminal(['-s', 'publications'], {env: {BROWSER: browser}});
		await run.until('[2 Publications]');
		await run.press('j', '2 of 3');
		await run.press('o', 'Opened');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
		assert.equal(readFileSync(join(directory, 'opened'), 'utf8'), 'https://arxiv.org/abs/2105.12639\n');
	});
});
