import assert from 'node:assert/strict';
import {after, afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadCv, type NoteItems} from '../source/cv/load.js';
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
	// --section, keys in one burst, CI variables, NO_COLOR and Ctrl+C: test/terminal.test.ts, with the terminal given back.
	// The colours that read on the background are checked here and in the one viewer below (test/background.test.ts
	// has the rest); hyperlinks where the terminal supports them, in the one viewer too.
	test('--no-links turns links into URLs where the terminal supports hyperlinks; without COLORFGBG the view paints first, then asks about the background, and a light answer repaints in the light palette and acts as no key', async () => {
		const plain = spawnInTerminal(['--no-links', ...fixture], {env: {FORCE_HYPERLINK: '1', FORCE_COLOR: '1', COLORFGBG: ''}});
		await plain.until('[1 Research]');
		const question = '\u001B]11;?\u001B\\';
		await waitFor(() => plain.output().includes(question), 'the question about the background', 10_000);
		const query = plain.output().indexOf(question);
		assert.ok(query > plain.output().indexOf('Research'), 'the query follows the first paint');
		assert.match(plain.output(), /\u001B\[1m\u001B\[32m▄▀▄/, 'the name green, as on a dark background');
		const answered = plain.output().length;
		// "11" would be two presses of the first tab's key, and "2"s the second tab's, if they were keys.
		plain.terminal.write('\u001B]11;rgb:2222/ffff/ffff\u001B\\');
		await waitFor(() => plain.output().slice(answered).includes('\u001B[34m'), 'a repaint in blue', 10_000);
		assert.match((await plain.screen()).join('\n'), /\[1 Research\]/, 'still on Research');
		await plain.press('2', 'https://arxiv.org/abs/2501.00004');
		plain.terminal.write('q');
		await plain.exited();
		assert.ok(!plain.output().includes('\u001B]8;;'), 'no OSC 8');
	});
	// o opening the selected paper with BROWSER: test/terminal.test.ts, with the browser's hold on the terminal.
});

describe('what reaches the screen is the frame the view drew (incremental rendering)', () => {
	/** A key typed, or the window resized to columns by rows. */
	type Step = string | readonly [columns: number, rows: number];
	/** The frames the view draws in-process: the first, then one after each step. */
	const viewFrames = async (
		columns: number,
		rows: number,
		steps: Step[],
		{cv, hyperlinks = false, notes}: {cv?: Cv; hyperlinks?: boolean; notes?: NoteItems[]} = {},
	) => {
		const app = await renderApp({columns, rows, hyperlinks, ...(cv && {cv}), ...(notes && {notes})});
		const frames = [app.frame()];
		for (const step of steps) {
			if (typeof step === 'string') frames.push(await app.press(step));
			else {
				// Whatever the resize set off has drawn too (ink-select-input once went back to its first item then).
				frames.push(await app.resizeTo(...step));
			}
		}
		app.unmount();
		return frames;
	};
	const asScreen = (frame: string, rows: number) =>
		[...frame.split('\n').map((line) => line.trimEnd()), ...Array(rows).fill('')].slice(0, rows).join('\n');
	/** Takes the CLI in `run` through `steps`, waiting after each until the screen shows the frame the view drew. */
	const replay = async (run: ReturnType<typeof spawnInTerminal>, rows: number, steps: Step[], frames: string[]) => {
		let screenRows = rows;
		await run.untilScreen(asScreen(frames[0] ?? '', screenRows));
		for (const [index, step] of steps.entries()) {
			if (typeof step === 'string') run.terminal.write(step);
			else {
				run.resize(...step);
				screenRows = step[1];
			}
			await run.untilScreen(asScreen(frames[index + 1] ?? '', screenRows));
		}
	};

	// Every key draws a new frame; the screen is checked after each one, not only at the end.
	const keySequence = ['2', 'j', 'j', 'k', '3', 'j', 'G', '4', 'j', '5', '6', '1', '?', '\u001B', '2', 'G'];
	// From where keySequence ends, every tab it moved in back at its first item, and the first tab shown: as at the start,
	// so that one start of the CLI goes through the keys at three sizes.
	const backToStart = ['3', 'g', '4', 'g', '2', 'g', '1'];
	// The first resize comes with the last paper selected, which once left the list marking the first.
	const steps: Step[] = [
		...keySequence,
		[80, 24],
		[60, 20],
		[80, 24],
		...backToStart,
		...keySequence,
		[40, 12],
		...backToStart,
		...keySequence,
	];
	test(`one viewer, with hyperlinks and a light background named by COLORFGBG: 100x30, after each of ${keySequence.length} keys; resized to 80x24, 60x20 and 80x24 again, then 40x12, the keys again from the start at each; after q`, async () => {
		const frames = await viewFrames(100, 30, steps, {hyperlinks: true});
		const run = spawnInTerminal(fixture, {columns: 100, rows: 30, env: {FORCE_HYPERLINK: '1', FORCE_COLOR: '1', COLORFGBG: '0;15'}});
		await run.until('[1 Research]');
		assert.match(run.output(), /\u001B\[1m\u001B\[34m▄▀▄/, 'the name blue from the first paint');
		await replay(run, 30, steps, frames);
		assert.ok(run.output().includes('\u001B]8;;https://arxiv.org/abs/2501.00004\u0007'), 'OSC 8 link to arXiv');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
		assertRestored(run.output());
	});

	test('nothing printed before the view survives into it: a header URL wider than the window, a note on stderr; not even where the terminal keeps what was on the screen (tmux with alternate-screen off)', async () => {
		// A screen already alternate is not cleared by entering it again: the note on stderr stays on it, as it does
		// where a terminal has no alternate screen. Where entering clears it, the view draws the same bytes on a blank
		// screen, so one viewer on a kept screen stands for both (the first frame on a cleared one: the test above).
		const wide = fixtureFile('wide-url-resume.json', wideUrlResume());
		const steps: Step[] = ['j', [60, 16]];
		const notes: NoteItems[] = [];
		const frames = await viewFrames(40, 12, steps, {cv: loadCv(wide, (_, items) => notes.push(items)).cv, notes});
		const command = ['sh', '-c', `printf '\\033[?1049h\\033[2J\\033[H'; exec "${process.execPath}" "${binPath}" "$@"`, 'sh'];
		const run = spawnInTerminal(['--data', wide], {columns: 40, rows: 12, command});
		await run.until('[1 ');
		assert.match(run.text(), /note:\s/, 'the note was written before the view');
		await replay(run, 12, steps, frames);
		run.terminal.write('q');
		await run.exited();
	});
});
