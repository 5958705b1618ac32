// Quick lookup in a real terminal: a search from the command line, / search, y and b with the exact OSC 52 they send.
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {bibtexEntry} from '../source/format/bibtex.js';
import {withCommand} from './command.js';
import {fixtureCv, fixtureCvPath} from './helpers.js';
import {killAll, spawnInTerminal} from './pty.js';
import {run as runInProcess} from './run-command.js';

after(killAll);

const fixture = ['--data', fixtureCvPath];
const osc52 = (text: string) => `\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`;
/** An OSC 52 as it leaves inside tmux: to tmux itself, then wrapped for the terminal outside. */
const inTmux = (sequence: string) => `${sequence}\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;

const paper = fixtureCv.publications[0];

describe('search and copying in a real terminal', () => {
	// One start of the built CLI for all of it: words on the command line, then what / and the copy keys do, inside tmux
	// (OSC 52 to tmux and wrapped through to the terminal outside: the copy may not arrive, and the notice says so).
	test('words on the command line open the viewer on their search; / then type, paste, choose, Enter, n and N, and Esc back to where it started; then y and b send OSC 52 with the link and the BibTeX entry, to tmux and through it', async () => {
		const run = spawnInTerminal(['data', 'streams', ...fixture], {
			env: {TMUX: '/tmp/tmux-1000/default,4242,0', STY: '', KITTY_WINDOW_ID: '1'},
		});
		await run.until('1 entry matches “data streams”');
		await run.press('\r', '[2 Publications]');
		assert.match((await run.screen()).join('\n'), /› AAAI 2023 {2}Ensembles for Data Streams/);
		await run.press('3', '[3 Awards]');
		await run.press('/', 'Type to search every section');
		await run.press('q2', 'Nothing matches “q2”.');
		await run.press('\u007F\u007F', 'Type to search every section');
		await run.press('\u001B[200~sparse\u001B[201~', '3 entries match “sparse”');
		await run.press('\u001B', '[3 Awards]');
		assert.ok((await run.screen()).join('\n').includes('Best Paper Award'), 'back on Awards');
		await run.press('/', 'Type to search');
		await run.press('sparse', '3 entries match');
		await run.press('\u001B[B', '› NeurIPS 2025  Sparse Attention');
		await run.press('\r', '[2 Publications]');
		await run.press('n', '[4 Talks]');
		await run.press('N', '[2 Publications]');
		// Copying, on the paper the search chose. Inside tmux the copy may not arrive, even in kitty.
		await run.press('y', 'Sent the arXiv link to the clipboard, if this terminal allows it');
		assert.ok(run.output().includes(inTmux(osc52('https://arxiv.org/abs/2501.00004'))), 'the link, in OSC 52');
		assert.match((await run.screen()).join(' '), /https:\/\/arxiv\.org\/abs\/2501\.00004/);
		await run.press('b', 'Sent BibTeX of quill2025sparse to the clipboard');
		assert.ok(paper && run.output().includes(inTmux(osc52(bibtexEntry(paper)))), 'the BibTeX entry, in OSC 52');
		run.terminal.write('q');
		assert.equal((await run.exited()).exitCode, 0);
	});

	test('words on the command line that match nothing say so on a terminal, rather than open the viewer', async () => {
		const none = await runInProcess(['zzz', ...fixture], {}, {columns: 100, rows: 30});
		assert.equal(none.code, 1, 'the viewer did not open');
		assert.match(none.stderr, withCommand(/COMMAND: nothing matches "zzz"/));
	});
});
