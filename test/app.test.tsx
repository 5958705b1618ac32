// The viewer's behaviour, on the fixture CV (test/fixtures/cv.json): keys, views, sizes, notices.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {parseCv} from '../source/cv/load.js';
import {bigLetters} from '../source/format/big-letters.js';
import {minimumSize} from '../source/ui/layout.js';
import type {OpenResult} from '../source/ui/open-url.js';
import {cvJson} from './fixtures.js';
import {fixtureCv, keys, prose, renderApp, waitFor} from './helpers.js';

afterEach(() => cleanup());

const frameFits = (frame: string, columns: number, rows: number) => {
	const lines = frame.split('\n');
	assert.equal(lines.length, rows - 1, `frame of ${lines.length} lines in a window of ${rows} rows:\n${frame}`);
	for (const line of lines) assert.ok(stringWidth(line) <= columns, `line wider than ${columns}: "${line}"`);
};

/** The line of the frame that carries the selection mark of a list. */
const markedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('› '));

// One viewer goes through the tabs: each tab's first frame is the same whichever tab it is reached from.
describe('each tab shows its content', () => {
	test('header and Research, Publications, Awards, Talks, Education and Experience, and the date in the help', async () => {
		const app = await renderApp();
		let frame = await app.until('[1 Research]');
		const [first, second, third] = bigLetters('Ada Quill') ?? [];
		assert.ok(frame.includes(`  ${first}     Ada Quill\n`), 'the name in big letters, and as text beside them');
		assert.ok(frame.includes(`  ${second}     Research Scientist, Example Vision Lab\n`), 'the role without the date');
		assert.ok(frame.includes(`  ${third}\n`));
		assert.match(frame, /^ {2}sparse attention · calibration · data streams$/m, 'the topics, quietly');
		assert.match(frame, /^ {2}★ NeurIPS 2025 Oral {3}★ Best Paper Award · NeurIPS · Dec 2025$/m);
		assert.match(frame, /^ {2}Email: {4}ada@example\.org {15}GitHub: {3}https:\/\/github\.com\/adaquill$/m);
		assert.match(frame, /^ {2}Homepage: https:\/\/adaquill\.example$/m);
		assert.doesNotMatch(frame, /mailto:/);
		assert.match(frame, /^ \[1 Research\] {2}2 Publications {3}3 Awards {3}4 Talks/m);
		assert.match(frame, /^ {2}I study how sparse attention learns, and why it generalises\./m);
		// Under the summary the work itself, not blank rows: every paper with its venue and badge, then the topics.
		assert.match(frame, /^› \[4\] Sparse Attention Learns Local Filters · NeurIPS 2025 · ★ Oral +/m);
		assert.match(frame, /^ {2}\[1\] Notes on Uncertainty · Workshop on Uncertainty 2022 +$/m);
		assert.match(frame, /^ {2}Topics +\n {2}• \(i\) sparse attention +$/m);
		assert.match(frame, /^ {2}Updated March 3, 2026 +$/m, 'the date at the end of Research');
		frame = await app.press('2');
		assert.match(frame, /\[2 Publications\]/);
		assert.match(frame, /^› NeurIPS 2025 {2}Sparse Attention Learns Local Filters/m);
		assert.match(frame, /^ {2}ICML 2024 {2}Calibration Under Shift Without Labels/m);
		assert.match(frame, /── 1 of 4 ─/);
		assert.match(frame, /\[4\] Sparse Attention Learns Local Filters/);
		assert.match(frame, /Ada Quill and Bo Stone/);
		assert.match(frame, /NeurIPS 2025 · ★ Oral/);
		assert.match(frame, /See also \[3\] Calibration Under Shift Without Labels/);
		assert.match(frame, /arXiv https:\/\/arxiv\.org\/abs\/2501\.00004 · code https:\/\/github\.com\/adaquill\/sparse-filters/);
		// Awards: each award, who gave it and when, and the footnote.
		const awards = prose(await app.press('3'));
		for (const award of fixtureCv.awards.list) {
			assert.ok(awards.includes(award.title), award.title);
			assert.ok(awards.includes(award.when ?? award.title), award.when);
		}
		assert.match(awards, /NeurIPS · Dec 2025/);
		assert.match(awards, /EVF¹ · Sep 2020 – Aug 2023/);
		assert.match(awards, /¹ EVF is the Example Vision Foundation\./);
		frame = await app.press('4');
		assert.match(frame, /“Sparse Attention in Practice”/);
		assert.match(frame, /• Vision Seminar at Example University · Jan 2026/);
		assert.match(frame, /Slides https:\/\/adaquill\.example\/slides\/sparse/);
		frame = await app.press('5');
		assert.match(frame, /Example University, Example City/);
		assert.match(frame, /Thesis: “Attention as Filtering”/);
		assert.match(frame, /Advisor: Prof\. Cy Field/);
		assert.match(frame, /GPA: 4\.0\/4\.0/);
		assert.match(frame, /• Graduated with distinction\./);
		frame = await app.press('6');
		assert.match(frame, /Research Scientist, Example Vision Lab +\n.*Sep 2023 – Present · Example City/);
		assert.match(frame, /Sep 2023 – Present/);
		assert.match(frame, /Skills: PyTorch, JAX/);
		await app.resizeTo(100, 60);
		assert.match(await app.press('?'), /^ {2}Updated March 3, 2026 +/m, 'and in the help');
	});
});

describe('keys', () => {
	test('next and previous tab, wrapping, with arrows, h/l and Tab/Shift+Tab; several keys in one read all act, in order', async () => {
		const app = await renderApp();
		assert.match(await app.press(keys.right), /\[2 Publications\]/);
		assert.match(await app.press('l'), /\[3 Awards\]/);
		assert.match(await app.press(keys.tab), /\[4 Talks\]/);
		assert.match(await app.press(keys.shiftTab), /\[3 Awards\]/);
		assert.match(await app.press('h'), /\[2 Publications\]/);
		assert.match(await app.press(keys.left), /\[1 Research\]/);
		assert.match(await app.press(keys.left), /\[6 Experience\]/);
		assert.match(await app.press(keys.right), /\[1 Research\]/);
		// Several keys in one read all act, in order (the keys above moved no selection).
		assert.match(markedLine(await app.press('2jj')) ?? '', /AAAI 2023/);
		assert.match(await app.press(`${keys.up}${keys.right}`), /\[3 Awards\]/);
		assert.match(markedLine(await app.press('2')) ?? '', /ICML 2024/, 'the up arrow before the right arrow moved the selection');
	});

	test('selection moves with arrows, j/k, g/G, Home/End, and stops at either end', async () => {
		const app = await renderApp();
		await app.press('2');
		assert.match(markedLine(await app.press('j')) ?? '', /ICML 2024/);
		const third = await app.press(keys.down);
		assert.match(markedLine(third) ?? '', /AAAI 2023/);
		assert.match(markedLine(await app.press('G')) ?? '', /Workshop on Uncertainty 2022/);
		// A key that does nothing draws nothing: the key after it draws what that key alone draws from here.
		app.stdin.write(keys.down);
		assert.equal(await app.press('k'), third, 'stops at the last paper');
		const second = await app.press(keys.up);
		assert.match(markedLine(second) ?? '', /ICML 2024/);
		assert.match(markedLine(await app.press('g')) ?? '', /NeurIPS 2025/);
		app.stdin.write(keys.up);
		assert.equal(await app.press('j'), second, 'stops at the first paper');
		assert.match(markedLine(await app.press(keys.end)) ?? '', /Workshop on Uncertainty 2022/);
		assert.match(markedLine(await app.press(keys.home)) ?? '', /NeurIPS 2025/);
	});

	test('PgDn and PgUp move by a page', async () => {
		const app = await renderApp({columns: 40, rows: 12});
		await app.press('3');
		const paged = await app.press(keys.pageDown);
		assert.doesNotMatch(paged, /› Best Paper Award/);
		assert.match(paged, /▲/);
		assert.match(await app.press(keys.pageUp), /› Best Paper Award/);
	});

	test('s goes to the paper under See also', async () => {
		const app = await renderApp();
		await app.press('2');
		assert.match(markedLine(await app.press('s')) ?? '', /ICML 2024/);
		await app.press('j');
		assert.match(markedLine(await app.press('s')) ?? '', /Workshop on Uncertainty 2022/);
	});

	test('o and Enter open the main link; where no browser can be opened, the notice shows the URL', async () => {
		const opened: string[] = [];
		const app = await renderApp({
			openUrl: async (url) => {
				opened.push(url);
				return {opened: false, reason: 'there is no display'};
			},
		});
		await app.press('2');
		await app.press('o');
		const frame = await app.until('Cannot open a browser');
		assert.match(frame, /there is no display/);
		assert.match(frame, /https:\/\/arxiv\.org\/abs\/2501\.00004/);
		await app.press('j');
		await app.press(keys.enter);
		await app.press('jj');
		await app.press('o');
		assert.deepEqual(opened, ['https://arxiv.org/abs/2501.00004', 'https://arxiv.org/abs/2402.00003', 'https://github.com/adaquill/notes']);
	});

	test('keys in the same read after the o that opens a browser are not acted on: they were typed for the browser', async () => {
		const opened: string[] = [];
		const app = await renderApp({
			openUrl: async (url) => {
				opened.push(url);
				return {opened: true};
			},
		});
		await app.press('2');
		const frame = await app.press('ojlq');
		assert.match(frame, /\[2 Publications\]/);
		assert.match(frame, /── 1 of 4/);
		await app.until('Opened https://arxiv.org/abs/2501.00004');
		assert.deepEqual(opened, ['https://arxiv.org/abs/2501.00004']);
		assert.match(await app.press('j'), /── 2 of 4/);
	});

	test('? shows every key of the table in a view of its own, with a title, not under a tab; Esc closes it', async () => {
		const app = await renderApp({rows: 40});
		const help = await app.press('?');
		for (const text of ['Next tab', 'Previous tab', 'Shift+Tab', 'PgDn', 'PgUp', 'Home', 'End', 'Enter', 'Ctrl+C', 'Quit']) {
			assert.ok(help.includes(text), text);
		}
		assert.match(help, /^ \[\? Keys\] {2}every key of the viewer$/m);
		assert.doesNotMatch(help, /\[1 Research\]/);
		assert.match(help, /Esc close {2}q quit $/m);
		const closed = await app.press(keys.escape);
		assert.match(closed, /\[1 Research\]/);
		assert.match(closed, /I study how sparse attention learns/);
	});

	test('q quits: the view stops listening, and a key after it changes nothing', async () => {
		const app = await renderApp();
		app.stdin.write('q');
		await waitFor(() => app.stdin.listenerCount('readable') === 0, 'no input listener left');
		const framesAfterQuit = app.frames.length;
		await app.send('2');
		assert.ok(!app.frames.slice(framesAfterQuit).some((frame) => frame.includes('[2 Publications]')), 'a key after q drew nothing');
	});
});

describe('notices belong to the request that made them', () => {
	test('a burst that moves, then asks to open an item without a link, keeps the "no link" notice', async () => {
		const app = await renderApp();
		await app.press('3');
		const frame = await app.press('jo');
		assert.match(frame, /This item has no link to open\./);
	});

	test('an answer that comes after the selection moved on does not land under another paper; an answer to the latest request shows', async () => {
		let answer: (result: OpenResult) => void = () => {};
		const app = await renderApp({openUrl: () => new Promise((resolve) => (answer = resolve))});
		await app.press('2');
		assert.match(await app.press('o'), /Opening https:\/\/arxiv\.org\/abs\/2501\.00004/);
		const moved = await app.press('j');
		assert.doesNotMatch(moved, /Opening/);
		answer({opened: true});
		// The answer clears the browser it was for, and lands nowhere.
		assert.doesNotMatch(await app.send(''), /Opened/);
		await app.press('o');
		answer({opened: true});
		await app.until('Opened https://arxiv.org/abs/2402.00003');
	});
});

describe('window sizes', () => {
	test('after a resize the list marks the paper the detail shows, as before it', async () => {
		const app = await renderApp({columns: 100, rows: 30});
		await app.press('2');
		const before = await app.press('G');
		assert.match(before, /\n› Workshop on Uncertainty 2022/);
		for (const [columns, rows] of [
			[80, 24],
			[60, 30],
		] as const) {
			// ink-select-input goes back to its first item when its items change, a moment after the resized frame.
			const frame = await app.resizeTo(columns, rows);
			assert.match(frame, /\n› Workshop on Uncertainty 2022/, frame);
			assert.match(frame, /── 4 of 4/);
		}
	});

	test('no frame is taller or wider than the window, from 20x6 to 200x60', async () => {
		for (const [columns, rows] of [
			[20, 6],
			[30, 8],
			[40, 12],
			[60, 20],
			[100, 30],
			[200, 60],
		] as const) {
			const app = await renderApp({columns, rows});
			for (const input of ['j', '2', 'jjj', '3', 'G', '4', '5', '6', '?', 'G']) {
				frameFits(await app.send(input), columns, rows);
			}
			app.unmount();
		}
	});

	test('below 20x6, one line names the real minimum, whole, however narrow the window', async () => {
		const app = await renderApp({columns: 40, rows: 12});
		app.resize(60, minimumSize.rows - 1);
		assert.equal(await app.until('Window too small'), 'Window too small: enlarge it to at least 20x6, or press q.');
		app.resize(minimumSize.columns - 1, 12);
		assert.equal(await app.until('Too small'), 'Too small: 20x6');
		app.resize(10, 3);
		assert.equal(await app.until('20x6', 'Too small'), '20x6');
		app.resize(minimumSize.columns, minimumSize.rows);
		frameFits(await app.until('[1'), minimumSize.columns, minimumSize.rows);
	});

	test('the selection stays in view while moving through a long tab', async () => {
		const app = await renderApp({columns: 30, rows: 8});
		await app.press('3');
		// The selected award's heading stays in view; past the last award, the view scrolls on into the footnote.
		for (let press = 0; !app.frame().includes('Foundation.'); press++) {
			assert.ok(press < 40, 'the footnote comes into view');
			assert.match(await app.press('j'), /^(› |│ )|Foundation\./m);
		}
		assert.match(app.frame(), /Foundation\./);
	});

	test('resizing redraws at the new size', async () => {
		const app = await renderApp({columns: 100, rows: 30});
		await app.until('[1 Research]  2 Publications');
		app.resize(30, 8);
		frameFits(await app.until('[1 Research] 2  3  4  5  6'), 30, 8);
	});

	test('after a resize the list still marks the selected paper, the one the detail shows', async () => {
		const app = await renderApp({columns: 100, rows: 30});
		await app.press('2');
		await app.press('j');
		const frame = await app.resizeTo(60, 20);
		frameFits(frame, 60, 20);
		assert.match(frame, /── 2 of 4 ─/);
		assert.match(markedLine(frame) ?? '', /ICML 2024 {2}Calibration Under Shift/);
		assert.match(frame, /\[3\] Calibration Under Shift Without Labels/);
	});

	test('an emoji shown as emoji (⚠️ ❤️ ✔️ 1️⃣) is two columns wide: lines fit, and the body is not cut to one line', async () => {
		const cv = cvJson();
		const research = cv.research as Record<string, unknown>;
		research.summary = `⚠️ ❤️ ✔️ 1️⃣ ${'⚠️ '.repeat(40)}end of the summary.`;
		const app = await renderApp({columns: 80, rows: 24, cv: parseCv(JSON.stringify(cv), 'emoji.json').cv});
		const frame = await app.until('end of the summary.');
		frameFits(frame, 80, 24);
		assert.match(frame, /^ {2}⚠️ ❤️ ✔️ 1️⃣ ⚠️/m, 'the first line of the summary is drawn too');
		assert.equal(frame.split('\n').filter((line) => line.includes('⚠️')).length, 2, 'both lines of the summary, each whole');
	});
});

test('without hyperlinks every URL is shown as text, never split across lines', async () => {
	const app = await renderApp({columns: 50, rows: 40});
	let frame = app.frame();
	for (const contact of fixtureCv.person.contacts) {
		const shown = (contact.url ?? contact.label).replace(/^mailto:/, '');
		assert.ok(frame.includes(shown), shown);
	}
	frame = await app.press('2');
	for (const [index, publication] of fixtureCv.publications.entries()) {
		if (index > 0) frame = await app.press('j');
		for (const url of [publication.arxiv, publication.code]) if (url) assert.ok(frame.includes(url), url);
	}
});

test('a notice with a URL to open by hand wraps, and keeps the URL whole, even at 30x8', async () => {
	// One viewer, resized: the notice stays, and each size draws what a viewer started at that size draws.
	const app = await renderApp({columns: 30, rows: 8, openUrl: async () => ({opened: false, reason: 'there is no display'})});
	await app.press('2');
	await app.press('o');
	for (const [columns, rows] of [
		[30, 8],
		[40, 12],
		[100, 30],
	] as const) {
		const frame = await app.resizeTo(columns, rows);
		frameFits(frame, columns, rows);
		const joined = frame.replaceAll('\n', '');
		assert.ok(joined.replaceAll(' ', '').includes('https://arxiv.org/abs/2501.00004'), `${columns}x${rows}:\n${frame}`);
		assert.match(frame, /Cannot open/);
	}
});

describe('the first screen', () => {
	test('a paper shows venue, badge and links right under its title and authors, before its summary', async () => {
		const app = await renderApp({columns: 80, rows: 24});
		const frame = await app.press('2');
		const lines = frame.split('\n');
		const title = lines.findIndex((line) => line.includes('[4] Sparse Attention Learns Local Filters'));
		assert.match(lines[title + 1] ?? '', /Ada Quill and Bo Stone/);
		assert.match(lines[title + 2] ?? '', /NeurIPS 2025 · ★ Oral/);
		assert.match(lines[title + 3] ?? '', /arXiv https:\/\/arxiv\.org\/abs\/2501\.00004/);
		assert.match(lines.slice(title + 3, title + 5).join(' '), /code https:\/\/github\.com\/adaquill\/sparse-filters/);
		assert.ok(lines.findIndex((line) => line.includes('We show that sparse')) > title + 3);
	});

	test('the footer says what each key does here, and keeps "? help" and "q quit" to the last', async () => {
		const app = await renderApp({columns: 100, rows: 30});
		assert.match(
			app.frame(),
			/ ←→ tabs {2}↑↓ select {2}o open arXiv {2}s see also {2}y copy arXiv {2}b BibTeX {2}\/ search {2}\? help {2}q quit $/m,
			'Research selects its papers',
		);
		const papers = await app.press('2');
		assert.match(
			papers,
			/ ←→ tabs {2}↑↓ select {2}o open arXiv {2}s see also {2}y copy arXiv {2}b BibTeX {2}\/ search {2}\? help {2}q quit $/m,
		);
		assert.match(await app.press('jj'), / ←→ tabs {2}↑↓ select {2}s see also {2}b BibTeX {2}\/ search {2}\? help {2}q quit $/m, 'no link');
		assert.match(
			await app.press('G'),
			/ ←→ tabs {2}↑↓ select {2}o open code {2}y copy code {2}b BibTeX {2}\/ search {2}\? help {2}q quit $/m,
			'code only',
		);
		for (const [columns, rows] of [
			[20, 6],
			[30, 8],
			[40, 12],
			[60, 20],
		] as const) {
			const frame = await app.resizeTo(columns, rows);
			const footer = frame.split('\n').at(-1) ?? '';
			assert.match(footer, /\? help {2}q quit $/, `${columns}x${rows}: "${footer}"`);
		}
	});
});

describe('searching: /', () => {
	// One viewer goes through the search field's keys: / opens an empty field wherever it is pressed.
	test('the field owns the keyboard; ↑↓ choose, Enter goes to the match; n and N step through the matches; "[" and pasted text are text', async () => {
		const app = await renderApp();
		const opened = await app.press('/');
		assert.match(opened, /Type to search every section/);
		assert.match(opened, /^ {2}1 Research {3}2 Publications .*6 Experience {2}\[\/ Search\]$/m, 'the tab bar shows the search, no tab');
		assert.match(opened, /^ {2}\/ {3}↑↓ choose {2}Enter go {2}Esc close $/m);
		const typed = await app.press('q2j');
		assert.match(typed, /^ {2}\/ q2j /m, 'typed, not acted on');
		assert.match(typed, /Nothing matches “q2j”\./);
		await app.press('\u007F');
		await app.press('\u007F');
		const frame = await app.press('\u007Fsparse');
		assert.match(frame, /3 entries match “sparse”/);
		assert.deepEqual(
			frame
				.split('\n')
				.filter((line) => /^ {2}(Research|Publications|Talks)$/.test(line.trimEnd()))
				.map((line) => line.trimEnd()),
			['  Research', '  Publications', '  Talks'],
		);
		assert.match(frame, /^› Research {2}I study how sparse attention learns/m, 'the first match chosen, with context');
		assert.match(frame, /^ {2}NeurIPS 2025 {2}Sparse Attention Learns Local Filters/m);
		assert.match(frame, /^ {2}Sparse Attention in Practice/m);
		// ↑↓ choose, Enter goes to the entry in its tab with the match in view; n and N step through the matches.
		assert.match(await app.press(keys.down), /^› NeurIPS 2025 {2}Sparse Attention/m);
		const paper = await app.press(keys.enter);
		assert.match(paper, /\[2 Publications\]/);
		assert.match(markedLine(paper) ?? '', /NeurIPS 2025 {2}Sparse Attention Learns Local Filters/);
		const talk = await app.press('n');
		assert.match(talk, /\[4 Talks\]/);
		assert.match(talk, /^› “Sparse Attention in Practice”/m);
		assert.match(await app.press('n'), /\[1 Research\]/, 'round to the first match');
		assert.match(await app.press('N'), /\[4 Talks\]/);
		// "[" typed in the field is text, so a citation number can be searched for.
		await app.press('/');
		await app.press('[');
		assert.match(await app.press('2'), /\/ \[2/);
		assert.match(await app.press(']'), /\/ \[2\]/);
		// Pasted text goes into the field.
		await app.press(keys.escape);
		await app.press('/');
		const pasted = await app.press('\u001B[200~data streams\u001B[201~');
		assert.match(pasted, /^ {2}\/ data streams /m);
		assert.match(pasted, /1 entry matches “data streams”/);
	});

	test('Esc closes the field and returns to where you were', async () => {
		const app = await renderApp();
		await app.press('3');
		const before = await app.press('j');
		await app.press('/');
		await app.press('calibration');
		assert.equal(await app.press(keys.escape), before);
		assert.match(await app.press('n'), /No search to repeat: \/ searches every section\./);
	});

	test('a search given at the start opens with its matches', async () => {
		const app = await renderApp({initialQuery: 'calibration'});
		assert.match(app.frame(), /2 entries match “calibration”/);
		assert.match(app.frame(), /^ {2}\/ calibration /m);
	});
});

describe('copying: y and b', () => {
	test('y copies the main link and says so; b copies a paper’s BibTeX entry', async () => {
		const copied: string[] = [];
		const app = await renderApp({
			copy: (text) => {
				copied.push(text);
				return 'yes';
			},
		});
		await app.press('2');
		assert.match(await app.press('y'), /Copied the arXiv link: https:\/\/arxiv\.org\/abs\/2501\.00004/);
		assert.match(await app.press('b'), /Copied BibTeX of quill2025sparse · not pasted\? npx adaquill --bibtex quill2025sparse/);
		assert.equal(copied[0], 'https://arxiv.org/abs/2501.00004');
		assert.match(copied[1] ?? '', /^@inproceedings\{quill2025sparse,\n {2}title {9}= \{Sparse Attention Learns Local Filters\},/);
		await app.press('jj');
		assert.match(await app.press('y'), /This item has no link to copy\./);
		await app.press('4');
		assert.match(await app.press('b'), /Only a paper has a BibTeX entry to copy\./);
		assert.equal(copied.length, 2);
	});

	test('where the terminal may not take the copy, the notice says so and shows the URL', async () => {
		// The first copy may have reached the clipboard; the second is refused.
		let copies = 0;
		const app = await renderApp({copy: () => (++copies === 1 ? 'unknown' : 'no')});
		await app.press('2');
		assert.match(
			prose(await app.press('y')),
			/Sent the arXiv link to the clipboard, if this terminal allows it \(OSC 52\): https:\/\/arxiv\.org\/abs\/2501\.00004/,
		);
		assert.match(
			prose(await app.press('y')),
			/This terminal does not take copies \(OSC 52\); the arXiv link: https:\/\/arxiv\.org\/abs\/2501\.00004/,
		);
	});
});

test('a window wider than 100 columns keeps lines to 100, centred: text stays at a measure people read', async () => {
	const app = await renderApp({columns: 200, rows: 50});
	for (const frame of [await app.until('[1 Research]'), await app.press('2'), await app.press('?')]) {
		frameFits(frame, 200, 50);
		const lines = frame.split('\n').filter((line) => line.trim() !== '');
		for (const line of lines) assert.ok(line.startsWith(' '.repeat(50)) && stringWidth(line) <= 150, `"${line}"`);
	}
});

describe('the tab bar', () => {
	test('where the titles do not fit, short names, then the last tabs by number: at 80 columns at least three named', async () => {
		const cv = {
			...cvJson(),
			volunteer: [{organization: 'Code Club'}],
			projects: [{name: 'Quill'}],
			certificates: [{name: 'First Aid'}],
		};
		const app = await renderApp({columns: 80, rows: 24, cv: parseCv(JSON.stringify(cv), 'nine-tabs.json').cv});
		const tabs = (frame: string) => frame.split('\n').find((line) => /^ +\[?1[ \]]/.test(line)) ?? '';
		const bar = tabs(await app.until('[1 Research]'));
		assert.match(bar, /^ \[1 Research\] {2}2 Papers {3}3 Awards {3}4 Talks {3}5 Study {3}6 Work {3}7 {3}8 {3}9 $/, bar);
		assert.match(tabs(await app.press('9')), /^ {2}1 Research {3}2 Papers .* {2}\[9 Certs\]$/, 'the active tab is named');
		const narrow = tabs(await app.resizeTo(40, 12));
		assert.match(narrow, /\[9 Certs\]/, narrow);
	});
});

describe('the first screen acts on the papers it shows', () => {
	test('Research selects its papers: o opens, y copies, b copies the BibTeX, s goes to See also, and the footer says so', async () => {
		const {app, opened, copied} = await recordingApp({
			rows: 40,
		});
		const frame = await app.until('[1 Research]');
		assert.match(frame, /^› \[4\] Sparse Attention Learns Local Filters · NeurIPS 2025 · ★ Oral/m, 'the first paper is selected');
		assert.match(frame, /o open arXiv .*y copy arXiv .*b BibTeX/);
		await app.press('o');
		await app.until('Opened https://arxiv.org/abs/2501.00004');
		assert.match(await app.press('y'), /Copied the arXiv link: https:\/\/arxiv\.org\/abs\/2501\.00004/);
		assert.match(await app.press('b'), /Copied BibTeX of quill2025sparse · not pasted\? npx adaquill --bibtex quill2025sparse/);
		assert.match(markedLine(await app.press('s')) ?? '', /\[3\] Calibration Under Shift Without Labels/);
		assert.deepEqual(opened, ['https://arxiv.org/abs/2501.00004']);
		assert.equal(copied[0], 'https://arxiv.org/abs/2501.00004');
		assert.match(copied[1] ?? '', /^@inproceedings\{quill2025sparse,/);
	});
});

describe('a mail link from a CV carries only its address', () => {
	test('o writes to the address alone, y copies the address alone, and neither the header nor a notice shows more', async () => {
		const planted = 'mailto:ada@example.org?attach=/etc/passwd&cc=eve@example.org&body=hello';
		const cv = cvJson();
		const talks = cv.talks as {link: {label: string; url: string}}[];
		talks[0] = {...talks[0], link: {label: 'Email', url: planted}} as (typeof talks)[0];
		cv.person.contacts = [{label: 'ada@example.org', url: planted, kind: 'Email'}];
		const {app, opened, copied} = await recordingApp({
			cv: parseCv(JSON.stringify(cv), 'planted.json').cv,
		});
		await app.press('4');
		const frame = await app.press('y');
		assert.match(frame, /Copied the Email link: ada@example\.org/);
		assert.deepEqual(opened, []);
		await app.press('o');
		const after = await app.until('Opened mailto:ada@example.org');
		assert.deepEqual(opened, ['mailto:ada@example.org']);
		assert.deepEqual(copied, ['ada@example.org']);
		assert.doesNotMatch(frame + after, /attach|passwd|eve@|hello/);
	});
});

describe('a notice with a URL of 100 KB takes two lines, the URL shortened in the middle', () => {
	const longUrl = `https://example.org/start/${'x'.repeat(100_000)}/end`;
	const cv = cvJson();
	const talks = cv.talks as {link: {label: string; url: string}}[];
	talks[0] = {...talks[0], link: {label: 'Slides', url: longUrl}} as (typeof talks)[0];
	const longLinkCv = parseCv(JSON.stringify(cv), 'long-link.json').cv;
	/** The notice's lines: those between the body and the end of the frame, after the last rule of the detail. */
	const assertBounded = (frame: string, notice: RegExp) => {
		frameFits(frame, 80, 24);
		const lines = frame.split('\n');
		const first = lines.findIndex((line) => notice.test(line));
		assert.ok(first >= lines.length - 2, `the notice in the last two lines:\n${frame}`);
		assert.match(frame, /Sparse Attention in Practice/, 'the talk is still in view');
		assert.match(lines.at(-1) ?? '', /^https:\/\/example\.org\/start\/x+…x+\/end$/, 'the URL, shortened in the middle');
	};

	test('y copies the whole URL and shows it shortened; o: Opening, Opened and Cannot open too', async () => {
		const copied: string[] = [];
		let answer: (result: OpenResult) => void = () => {};
		let opens = 0;
		const app = await renderApp({
			columns: 80,
			rows: 24,
			cv: longLinkCv,
			copy: (text) => {
				copied.push(text);
				return 'yes';
			},
			// The first o waits for its answer; the second is refused.
			openUrl: () =>
				++opens === 1 ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({opened: false, reason: 'there is no display'}),
		});
		await app.press('4');
		assertBounded(await app.press('y'), /^ {2}Copied the Slides link:/);
		assert.deepEqual(copied, [longUrl]);
		assertBounded(await app.press('o'), /^ {2}Opening/);
		answer({opened: true});
		assertBounded(await app.until('Opened'), /^ {2}Opened/);
		await app.press('o');
		assertBounded(await app.until('Cannot open'), /^ {2}Cannot open a browser/);
	});
});

test('with hyperlinks, links are OSC 8 sequences and the URLs are not spelled out', async () => {
	const app = await renderApp({hyperlinks: true});
	await app.press('2');
	const raw = app.lastFrame() ?? '';
	assert.ok(raw.includes('\u001B]8;;https://arxiv.org/abs/2501.00004\u0007'), 'arXiv link');
	assert.ok(raw.includes('\u001B]8;;https://github.com/adaquill/sparse-filters\u0007'), 'code link');
	assert.ok(raw.includes('\u001B]8;;mailto:ada@example.org\u0007'), 'email link');
	const visible = app.frame();
	assert.match(visible, /arXiv · code/);
	assert.doesNotMatch(visible, /https:\/\/arxiv\.org/);
});

test('a link shortened in a notice still leads to the whole URL', async () => {
	const longUrl = `https://example.org/start/${'x'.repeat(10_000)}/end`;
	const cv = cvJson();
	const talks = cv.talks as {link: {label: string; url: string}}[];
	talks[0] = {...talks[0], link: {label: 'Slides', url: longUrl}} as (typeof talks)[0];
	const app = await renderApp({
		columns: 80,
		rows: 24,
		hyperlinks: true,
		cv: parseCv(JSON.stringify(cv), 'long-link.json').cv,
		copy: () => 'yes',
	});
	await app.press('4');
	await app.press('y');
	const raw = app.lastFrame() ?? '';
	assert.match(raw.split('\n').at(-1) ?? '', /^\u001B\]8;;https:\/\/example\.org\/start\/x{10000}\/end\u0007.*x…x.*\u001B\]8;;\u0007$/);
	assert.match(app.frame(), /x…x/);
});

/** The viewer with a browser that opens every link and a clipboard that takes every copy, each recording what it got. */
async function recordingApp(props: Parameters<typeof renderApp>[0]) {
	const opened: string[] = [];
	const copied: string[] = [];
	const app = await renderApp({
		...props,
		openUrl: async (url) => {
			opened.push(url);
			return {opened: true};
		},
		copy: (text) => {
			copied.push(text);
			return 'yes';
		},
	});
	return {app, opened, copied};
}
