// What a reader who never presses a key gets: the header's highlights, styles that stay apart without colour, and
// the card left behind after quitting.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {Chalk} from 'chalk';
import type {Publication} from '../source/cv/schema.js';
import {exitCard, exitCardHeight} from '../source/format/exit-card.js';
import {paintLine} from '../source/format/paint.js';
import {spansText, spansWidth} from '../source/format/text.js';
import {headerBlocks} from '../source/header.js';
import {buildSections} from '../source/sections.js';
import {createLayout} from '../source/ui/layout.js';
import {withCommand} from './command.js';
import {fixtureCv, fixtureCvPath} from './helpers.js';
import {run} from './run-command.js';

test('the highlights come from what the data marks: badged papers by their distinction alone (the list below carries the titles), then the first award that is not one of their badges', () => {
	const header = headerBlocks(fixtureCv);
	assert.deepEqual(
		header.highlights.map((block) => spansText([...(block.lead ?? []), ...block.spans])),
		['★ NeurIPS 2025 Oral', '★ Best Paper Award · NeurIPS · Dec 2025'],
	);
	assert.equal(header.highlights[0]?.spans.at(-1)?.url, 'https://arxiv.org/abs/2501.00004', 'the distinction links to the paper');
	const badgeIsAward = {...fixtureCv, awards: {...fixtureCv.awards, list: [{title: 'Oral', when: '2025'}, ...fixtureCv.awards.list]}};
	assert.equal(spansText(headerBlocks(badgeIsAward).highlights[1]?.spans ?? []), 'Best Paper Award · NeurIPS · Dec 2025');
});

test('the line under the name: the research topics as the CV words them, without their numbering or markup', () => {
	assert.deepEqual(headerBlocks(fixtureCv).topics, ['sparse attention', 'calibration', 'data streams']);
});

describe('styles stay apart, with colour and without', () => {
	const line = [
		{text: 'arXiv', url: 'https://arxiv.org/abs/1', style: 'link' as const},
		{text: ' '},
		{text: '★ Oral', style: 'badge' as const},
		{text: ' '},
		{text: '› ', style: 'mark' as const},
		{text: 'Tab', style: 'active' as const},
	];
	test('in colour: a link is cyan and underlined, a badge bold yellow, the mark magenta, the active tab reversed', () => {
		assert.equal(
			paintLine(line, {chalk: new Chalk({level: 1})}),
			'\u001B[36m\u001B[4marXiv\u001B[24m\u001B[39m \u001B[1m\u001B[33m★ Oral\u001B[39m\u001B[22m \u001B[35m› \u001B[39m\u001B[7mTab\u001B[27m',
		);
	});
	test('without colour (NO_COLOR in the view): underline, bold, the glyph alone, reverse video', () => {
		assert.equal(
			paintLine(line, {chalk: new Chalk({level: 1}), colors: false}),
			'\u001B[4marXiv\u001B[24m \u001B[1m★ Oral\u001B[22m › \u001B[7mTab\u001B[27m',
		);
	});
});

test("without hyperlinks a paper's highlight keeps its badge colour: only the link's own style is dropped", () => {
	const layout = createLayout(buildSections(fixtureCv), headerBlocks(fixtureCv), {columns: 100, rows: 30}, {links: 'text', ascii: false});
	const highlight = layout.headerLines.flat().find((span) => span.text.startsWith('★ NeurIPS 2025'));
	assert.equal(highlight?.style, 'badge');
	assert.equal(highlight?.url, undefined, 'no link where the terminal shows none');
});

describe('the card left after quitting', () => {
	const commands = {again: 'npx adaquill'};

	test('a card: name and role, the paper with its arXiv URL and the command that cites it, three contacts, labels aligned, in a light frame', () => {
		assert.deepEqual(exitCard(fixtureCv, commands, 100).map(spansText), [
			'╭─ Ada Quill · Research Scientist, Example Vision Lab',
			'│  ★ Sparse Attention Learns Local Filters · NeurIPS 2025 Oral',
			'│  arXiv   https://arxiv.org/abs/2501.00004',
			'│  cite    npx adaquill --bibtex quill2025sparse',
			'│  email   ada@example.org',
			'│  GitHub  https://github.com/adaquill',
			'│  web     https://adaquill.example',
			'╰─ npx adaquill',
		]);
	});

	test('in a wide window, no wider than the view: 98 columns after its margin of 2', () => {
		const paper = {...(fixtureCv.publications[0] as Publication), title: 'Attention '.repeat(30).trim()};
		const lines = exitCard({...fixtureCv, publications: [paper]}, commands, 198);
		assert.equal(Math.max(...lines.map(spansWidth)), 98);
	});

	test('the paper last selected, with the command that cites it as anyone can type it, as the card offers the CV again', () => {
		const lines = exitCard(fixtureCv, {again: 'npx adaquill'}, 100, 'quill2024calibration').map(spansText);
		assert.equal(lines[1], '│  Calibration Under Shift Without Labels · ICML 2024');
		assert.equal(lines[2], '│  arXiv   https://arxiv.org/abs/2402.00003');
		assert.equal(lines[3], '│  cite    npx adaquill --bibtex quill2024calibration');
	});

	test('within any width: a URL whole wherever it fits, nothing after it on its line, at most 8 lines', () => {
		for (const width of [120, 80, 60, 40, 30, 20]) {
			const lines = exitCard(fixtureCv, commands, width);
			const text = lines.map(spansText).join('\n');
			assert.ok(lines.length <= exitCardHeight, `${width}: ${lines.length} lines`);
			for (const needed of [
				'https://arxiv.org/abs/2501.00004',
				'ada@example.org',
				'https://github.com/adaquill',
				'https://adaquill.example',
			]) {
				// Whole wherever it fits the window; a window narrower than a URL cuts it rather than overflow.
				if (needed.length <= width)
					assert.match(
						text,
						new RegExp(`(^| )${needed.replaceAll('.', '\\.')}$`, 'm'),
						`${width}: ${needed} whole, last on its line, in\n${text}`,
					);
			}
			assert.match(text, /npx adaquill$/m);
			assert.doesNotMatch(text, /mailto:/);
			for (const spans of lines) assert.ok(spansWidth(spans) <= width, spansText(spans));
		}
		// Where title and distinction do not fit together, the title alone, not a dangling separator and a lone "…".
		const narrow = exitCard(fixtureCv, commands, 48).map(spansText);
		assert.ok(narrow.includes('│  ★ Sparse Attention Learns Local Filters'), narrow.join('\n'));
		for (const line of narrow) assert.doesNotMatch(line, /·\s*…$/);
	});

	test('every line within the window and at most 8 lines, whatever the data: a 100 KB name, role, title and URL', () => {
		const huge = (text: string) => text.repeat(Math.ceil(100_000 / text.length));
		const url = `https://example.org/${huge('a')}`;
		const [first, ...others] = fixtureCv.publications;
		const cv = {
			...fixtureCv,
			person: {
				...fixtureCv.person,
				name: huge('Ada'),
				role: huge('Research Scientist '),
				contacts: [{label: url, url, kind: 'Website'}, ...fixtureCv.person.contacts],
			},
			publications: [{...(first as Publication), title: huge('Attention '), arxiv: url, badge: 'Oral'}, ...others],
		};
		for (const columns of [40, 100]) {
			const lines = exitCard(cv, {again: `npx adaquill --data ${huge('/cv')}.json`}, columns - 2);
			assert.ok(lines.length <= exitCardHeight, `${columns}: ${lines.length} lines`);
			for (const line of lines) assert.ok(spansWidth(line) <= columns - 2, `${columns}: ${spansText(line).slice(0, columns * 2)}`);
			assert.match(spansText(lines[0] ?? []), /^AdaAda/);
			assert.match(spansText(lines.at(-1) ?? []), /^npx adaquill --data \/cv/);
		}
	});

	test('without a command where the CV came from a file on this machine, which cannot be typed elsewhere: no cite line either', () => {
		const lines = exitCard(fixtureCv, {}, 80).map(spansText);
		assert.equal(lines.at(-1), '╰─');
		assert.ok(!lines.some((line) => line.includes('--bibtex')));
	});

	// In a real terminal after q and Ctrl+C, and not after a signal: test/terminal.test.ts, with the terminal given back.
	test('not off a terminal', async () => {
		const {code, stdout} = await run(['--data', fixtureCvPath, '--plain']);
		assert.equal(code, 0);
		assert.doesNotMatch(stdout, withCommand(/npx COMMAND/));
	});
});

test('without UTF-8 (LANG=C) the footer and the help name the arrow keys: "up/down", not "^v", which reads as Ctrl+V', () => {
	const sections = buildSections(fixtureCv);
	const layout = createLayout(sections, headerBlocks(fixtureCv), {columns: 100, rows: 30}, {links: 'text', ascii: true});
	const footer = spansText(layout.footer(undefined, {mode: 'view', move: 'select'})[0] ?? []);
	assert.match(footer, /^ {2}left\/right tabs {2}up\/down select {2}\/ search/);
	const help = layout.helpLines().map(spansText).join('\n');
	assert.match(help, /^Right l Tab +Next tab$/m);
	assert.match(help, /^Down j +Next item/m);
	assert.doesNotMatch(`${footer}\n${help}`, /[←→↑↓]/);
});
