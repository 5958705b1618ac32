import assert from 'node:assert/strict';
import {after, afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadCv} from '../source/cv/load.js';
import type {Cv} from '../source/cv/schema.js';
import {fixtureFile, wideUrlResume} from './fixtures.js';
import {fixtureCvPath, renderApp, waitFor} from './helpers.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';

/** The viewer runs on the fixture CV here; the smoke test of the packed package runs it on the real one. */
const fixture = ['--data', fixtureCvPath];

after(killAll);
afterEach(() => cleanup());

const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** What the terminal must be left with: the normal screen back, and a visible cursor after the last hide. */
function assertRestored(output: string) {
	const tail = output.slice(output.lastIndexOf('\u001B[?1049h'));
	assert.ok(tail.includes(leaveAlternateScreen), 'leaves the alternate screen');
	assert.ok(output.lastIndexOf(showCursor) > output.lastIndexOf('\u001B[?25l'), 'shows the cursor again');
}

describe('the built package in a real terminal', () => {
	test('--section opens on that tab; keys typed in one burst all act; every frame is drawn where CI variables are set, since a person is at the terminal; NO_COLOR draws without colour; Ctrl+C quits with exit code 0 and restores the terminal', async () => {
		const run = spawnInTerminal(['--section', 'talks', ...fixture], {env: {NO_COLOR: '1', CI: 'true', CONTINUOUS_INTEGRATION: '1'}});
		await run.until('[4 Talks]');
		await run.press('j', '›');
		await run.press('2jj\u001B[A', '2 of 4');
		run.terminal.write('\u0003');
		assert.equal((await run.exited()).exitCode, 0);
		assertRestored(run.output());
		assert.doesNotMatch(run.output(), /\u001B\[(?:3\d|9\d|38;)/, 'no foreground colour');
	});

	test('hyperlinks reach the terminal where it supports them, and --no-links turns them into URLs', async () => {
		const linked = spawnInTerminal(fixture, {env: {FORCE_HYPERLINK: '1'}});
		await linked.until('[1 Research]');
		await linked.press('2', '[2 Publications]');
		linked.terminal.write('q');
		await linked.exited();
		assert.ok(linked.output().includes('\u001B]8;;https://arxiv.org/abs/2501.00004\u0007'), 'OSC 8 link to arXiv');

		const plain = spawnInTerminal(['--no-links', ...fixture], {env: {FORCE_HYPERLINK: '1'}});
		await plain.until('[1 Research]');
		await plain.press('2', 'https://arxiv.org/abs/2501.00004');
		plain.terminal.write('q');
		await plain.exited();
		assert.ok(!plain.output().includes('\u001B]8;;'), 'no OSC 8');
	});
	// o opening the selected paper with BROWSER: test/terminal.test.ts, with the browser's hold on the terminal.
});

describe('what reaches the screen is the frame the view drew (incremental rendering)', () => {
	// Every key draws a new frame; the screen is checked after each one, not only at the end.
	const keySequence = ['2', 'j', 'j', 'k', '3', 'j', 'G', '4', 'j', '5', '6', '1', '?', '\u001B', '2', 'G'];
	/** The frames the view draws in-process, one per key (or one for no keys), after an optional resize. */
	const viewFrames = async (columns: number, rows: number, presses: string[], resizeTo?: [number, number], cv?: Cv) => {
		const app = await renderApp({columns, rows, ...(cv && {cv})});
		const frames = presses.length === 0 ? [app.frame()] : [];
		for (const key of presses) frames.push(await app.press(key));
		if (resizeTo) {
			app.resize(...resizeTo);
			frames.push(await waitFor(() => app.frame().split('\n').length === resizeTo[1] - 1 && app.frame(), 'the resized frame'));
		}
		app.unmount();
		return frames;
	};
	const asScreen = (frame: string, rows: number) =>
		[...frame.split('\n').map((line) => line.trimEnd()), ...Array(rows).fill('')].slice(0, rows).join('\n');
	/** Waits until the emulated screen shows `frame`, failing with the difference if it never does. */
	const untilScreen = (run: ReturnType<typeof spawnInTerminal>, frame: string, rows: number) => run.untilScreen(asScreen(frame, rows));

	// Each goes through every tab, the help and back, then quits with q; the first is then resized from 100x30 to 60x20.
	for (const [columns, rows, resizeTo] of [
		[100, 30, [60, 20]],
		[80, 24],
		[40, 12],
	] as const) {
		const resized = resizeTo ? `, then resized to ${resizeTo.join('x')},` : '';
		test(`${columns}x${rows}, after each of ${keySequence.length} keys${resized} and after q`, async () => {
			const frames = await viewFrames(columns, rows, keySequence, resizeTo && [...resizeTo]);
			const run = spawnInTerminal(fixture, {columns, rows});
			await run.until('[1');
			for (const [index, key] of keySequence.entries()) {
				run.terminal.write(key);
				await untilScreen(run, frames[index] ?? '', rows);
			}
			if (resizeTo) {
				run.resize(...resizeTo);
				await untilScreen(run, frames.at(-1) ?? '', resizeTo[1]);
			}
			run.terminal.write('q');
			assert.equal((await run.exited()).exitCode, 0);
			assertRestored(run.output());
		});
	}

	test('nothing printed before the view survives into it: a header URL wider than the window, a note on stderr', async () => {
		const wide = fixtureFile('wide-url-resume.json', wideUrlResume());
		const cv = loadCv(wide);
		const [first = ''] = await viewFrames(40, 12, [], undefined, cv);
		const [afterJ = '', resized = ''] = await viewFrames(40, 12, ['j'], [60, 16], cv);
		const run = spawnInTerminal(['--data', wide], {columns: 40, rows: 12});
		await run.until('[1]');
		assert.match(run.text(), /note: /, 'the note was written before the view');
		await untilScreen(run, first, 12);
		run.terminal.write('j');
		await untilScreen(run, afterJ, 12);
		run.resize(60, 16);
		await untilScreen(run, resized, 16);
		run.terminal.write('q');
		await run.exited();
	});

	test('nor where the terminal keeps what was on the screen (tmux with alternate-screen off)', async () => {
		// A screen already alternate is not cleared by entering it again: the note on stderr stays on it, as it does
		// where a terminal has no alternate screen.
		const wide = fixtureFile('wide-url-resume.json', wideUrlResume());
		const [first = ''] = await viewFrames(40, 12, [], undefined, loadCv(wide));
		const command = ['sh', '-c', `printf '\\033[?1049h\\033[2J\\033[H'; exec "${process.execPath}" "${binPath}" "$@"`, 'sh'];
		const run = spawnInTerminal(['--data', wide], {columns: 40, rows: 12, command});
		await run.until('[1]');
		await untilScreen(run, first, 12);
		run.terminal.write('q');
		await run.exited();
	});
});
