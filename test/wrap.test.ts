// What the line wrapper (source/format/text.ts) promises, checked on span lists made up at random and on three CVs,
// at every width from 20 to 120, with and without hyperlinks, with long URLs run past the width or broken.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {Chalk} from 'chalk';
import stringWidth from 'string-width';
import {loadCv, parseCv} from '../source/cv/load.js';
import type {Cv} from '../source/cv/schema.js';
import {writePlain} from '../source/format/plain.js';
import {type LinkMode, linkAsText, separator, spansText, type WrapOptions, wrapSpans} from '../source/format/text.js';
import {headerBlocks} from '../source/header.js';
import type {Block, Span, Style} from '../source/model.js';
import {buildSections} from '../source/sections.js';
import {cvJson} from './fixtures.js';
import {fixtureCv, prose, realCvPath, renderApp} from './helpers.js';

/** A small, seeded generator: the same lists on every run. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

// No word holds "·": in what is drawn, that is a separator.
const words = [
	'a',
	'word',
	'Transformers',
	'"',
	'(MSAs)',
	'x-y',
	'★',
	'–',
	'Zürich',
	'NIPA¹',
	'supercalifragilisticexpialidocious',
	'박남욱',
	'中文字',
	'ビジョン・トランスフォーマーはどのように機能するのか？空間平滑化とアンサンブル',
	'「空間平滑化」',
	'日本語。',
	'e\u0301',
	'a\u0308\u0304',
	'⚠️',
	'❤️',
	'1️⃣',
	'👍🏽',
	'👩🏽‍💻',
	'👨‍👩‍👧',
	'🇰🇷',
];
const styles: (Style | undefined)[] = [undefined, undefined, 'strong', 'emphasis', 'muted', 'link'];
const urls = [
	'https://arxiv.org/abs/2202.06709',
	'https://namukpark.com',
	'mailto:a@b.c',
	`https://example.org/${'a-very-long-path/'.repeat(8)}index.html`,
];
const leads = ['• ', '  ', 'See also ', '[12] ', '가 '];

function randomSpans(next: () => number): {spans: Span[]; lead: Span[] | undefined} {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const spans = Array.from({length: 1 + Math.floor(next() * 10)}, (): Span => {
		if (next() < 0.1) return separator;
		const text = Array.from({length: Math.floor(next() * 5)}, () => pick(words)).join(pick([' ', ' ', '', '  ']));
		const span: Span = next() < 0.3 ? {text: pick([' ', '']) + text} : {text: text + pick([' ', '', ''])};
		const style = pick(styles);
		if (style) span.style = style;
		if (next() < 0.2) {
			span.url = pick(urls);
			if (next() < 0.2) span.text = 'namukpark.com';
		} else if (next() < 0.1) span.keep = true;
		return span;
	});
	return {spans, lead: next() < 0.4 ? [{text: pick(leads), style: pick(styles)}] : undefined};
}

/** The text the spans stand for, as plain text shows it: a link's URL written out (with its label, where that says more). */
function shownText(spans: readonly Span[], links: LinkMode): string {
	return spans
		.filter((span) => !span.separator)
		.map((span) => {
			if (span.url === undefined || links === 'hyperlink') return span.text;
			const shown = linkAsText(span.text, span.url);
			return ` ${shown.label === undefined ? '' : `${shown.label} `}${shown.url} `;
		})
		.join('');
}

const withoutSpaces = (text: string) => text.replace(/[ ·]/g, '');

// The same lines and URLs come back at many widths and in every mode: each string's width is measured once (printable
// ASCII is as wide as it is long).
const widths = new Map<string, number>();
function width(text: string) {
	let known = widths.get(text);
	if (known === undefined) {
		known = /^[ -~]*$/.test(text) ? text.length : stringWidth(text);
		widths.set(text, known);
	}
	return known;
}

/** Fails with `message()`, built only then: the context it shows is costly to write out for each check. */
function check(holds: boolean, message: () => string) {
	if (!holds) assert.fail(message());
}

/** Whether `line` starts with a piece of `url` that runs to its end (the whole of it, or any part of it, included). */
function startsUrlPiece(line: string, url: string) {
	if (url.includes(line)) return true;
	for (let from = url.indexOf(line.charAt(0)); from !== -1; from = url.indexOf(line.charAt(0), from + 1)) {
		if (line.startsWith(url.slice(from))) return true;
	}
	return false;
}

/** Checks every promise of the wrapper on one span list, at one width, in one mode. */
function checkWrap(spans: readonly Span[], options: WrapOptions) {
	const {links, longUrls, lead = []} = options;
	const lines = wrapSpans(spans, options).map(spansText);
	const context = () => JSON.stringify({spans, options, lines}, null, 1);
	const leadText = spansText(lead);
	const indent = ' '.repeat(Math.min(width(leadText), options.width - 8));
	const shownUrls =
		links === 'text' ? spans.filter((span) => span.url && !span.separator).map((span) => linkAsText(span.text, span.url ?? '').url) : [];
	// URLs that do not fit beside the indent may start a line of their own at the very left.
	const urlsOnTheirOwn = shownUrls.filter((url) => width(url) > options.width - indent.length);
	check(lines[0]?.startsWith(leadText) === true, () => `the first line starts with the lead\n${context()}`);
	const bodies = lines.map((line, index) => {
		if (index === 0) return line.slice(leadText.length);
		if (line.startsWith(indent)) return line.slice(indent.length);
		check(
			line !== '' && urlsOnTheirOwn.some((url) => startsUrlPiece(line, url)),
			() => `line ${index} is indented by the lead's width, or starts (a piece of) a URL too wide for that\n${context()}`,
		);
		return line;
	});
	for (const [index, line] of lines.entries()) {
		// No character is wider than two columns for each UTF-16 unit it takes.
		if (2 * line.length <= options.width || width(line) <= options.width) continue;
		check(
			links === 'text' && longUrls === 'overflow' && shownUrls.includes(line),
			() => `line ${index} is no wider than ${options.width}, unless it is a URL alone, in overflow mode\n${context()}`,
		);
	}
	const all = withoutSpaces(bodies.join(''));
	const shown = withoutSpaces(shownText(spans, links));
	if (all !== shown) assert.equal(all, shown, `the text is all there, each character once\n${context()}`);
	for (const [index, body] of bodies.entries()) {
		check(!/^\s*·|·\s*$/.test(body), () => `line ${index}: no separator starts or ends a line\n${context()}`);
	}
	for (const url of shownUrls) {
		if (width(url) > options.width) continue;
		const count = (text: string) => {
			let found = 0;
			for (let at = text.indexOf(url); at !== -1; at = text.indexOf(url, at + url.length)) found++;
			return found;
		};
		check(
			lines.reduce((sum, line) => sum + count(line), 0) >= shownUrls.filter((shown) => shown === url).length,
			() => `${url} is never split\n${context()}`,
		);
	}
}

const modes = [
	['text', 'overflow'],
	['text', 'break'],
	['hyperlink', 'overflow'],
	['hyperlink', 'break'],
] as const;

test('on span lists made up at random, at every width from 20 to 120: the promises hold', () => {
	const next = random(42);
	for (let round = 0; round < 12; round++) {
		const {spans, lead} = randomSpans(next);
		for (let width = 20; width <= 120; width++) {
			for (const [links, longUrls] of modes) checkWrap(spans, {width, links, longUrls, ...(lead && {lead})});
		}
	}
});

function blocksOf(cv: Cv): Block[] {
	const header = headerBlocks(cv);
	return [
		header.title,
		header.role,
		header.contactLabels,
		...header.contactFields,
		...header.highlights,
		...buildSections(cv).flatMap((section) => [
			...section.intro,
			...section.outro,
			...section.entries.flatMap((entry) => [entry.heading, ...entry.blocks]),
		]),
	];
}

test('on every block of three CVs, at every seventh width from 20 to 120: the promises hold', () => {
	const emojiCv: Cv = {
		...fixtureCv,
		research: {
			topics: fixtureCv.research?.topics ?? [],
			summary: `⚠️ ❤️ 박남욱 “quoted” *em* **strong** — ${'word '.repeat(30)}https://example.org/${'x'.repeat(90)}`,
		},
	};
	for (const cv of [loadCv(realCvPath).cv, fixtureCv, emojiCv]) {
		for (const block of blocksOf(cv)) {
			for (let width = 20; width <= 120; width += 7) {
				for (const [links, longUrls] of modes) checkWrap(block.spans, {width, links, longUrls, ...(block.lead && {lead: block.lead})});
			}
		}
	}
});

test('a kept span of spaces at the end of a full line puts no separator at the start of the next', () => {
	const spans = [{text: 'aaaa bbbb cccc dddddd'}, {text: ' ', keep: true}, separator, {text: 'next'}];
	assert.deepEqual(wrapSpans(spans, {width: 21, links: 'text', longUrls: 'break'}).map(spansText), ['aaaa bbbb cccc dddddd', 'next']);
});

test('a separator that does not fit breaks the line: the word after it never sits there without it', () => {
	const spans = [{text: 'South Korea'}, separator, {text: 'arXiv', url: 'https://arxiv.org/abs/1'}];
	// "South Korea · arXiv https://arxiv.org/abs/1" is 43 columns; without its separator it would be 40.
	assert.deepEqual(wrapSpans(spans, {width: 41, links: 'text', longUrls: 'break'}).map(spansText), [
		'South Korea',
		'arXiv https://arxiv.org/abs/1',
	]);
});

test('a URL too wide to sit under the lead starts at the very left, leaving no blank line, and runs past alone', () => {
	const url = `https://example.org/${'a-very-long-path/'.repeat(2)}x`;
	const wrap = (longUrls: WrapOptions['longUrls']) =>
		wrapSpans([{text: 'one two three four five'}, {text: 'code', url}], {
			width: 24,
			lead: [{text: 'See also '}],
			links: 'text',
			longUrls,
		}).map(spansText);
	assert.deepEqual(wrap('break'), [
		'See also one two three',
		'         four fivecode',
		'https://example.org/a-ve',
		'ry-long-path/a-very-long',
		'-path/x',
	]);
	assert.deepEqual(wrap('overflow'), ['See also one two three', '         four fivecode', url]);
});

test('a word broken to fit is cut alike whether its characters are all plain (cut by length) or not (walked one by one)', () => {
	// "α" is one column, as "x" is, but not among the characters whose width is their length.
	for (let length = 1; length < 40; length += 3) {
		for (const width of [1, 2, 3, 7, 12]) {
			for (const lead of [[], [{text: 'See '}]]) {
				const wrap = (first: string) =>
					wrapSpans([{text: 'ab'}, {text: `${first}${'x'.repeat(length)}`, url: 'https://example.org'}], {
						width,
						lead,
						links: 'hyperlink',
						longUrls: 'break',
					})
						.map(spansText)
						.map((line) => line.replace('α', 'x'));
				assert.deepEqual(wrap('x'), wrap('α'), `${length} characters in ${width} columns after ${JSON.stringify(lead)}`);
			}
		}
	}
});

describe('Chinese and Japanese text (issue 16)', () => {
	// Two titles of paper [12], whose number takes five columns: all wide, and three narrow letters first.
	const titles = [
		'ビジョン・トランスフォーマーはどのように機能するのか？空間平滑化とアンサンブルの役割についての研究です',
		'ViTはどのように機能するのか？空間平滑化とアンサンブルの役割についての研究です',
	];
	const japaneseCv = (title: string) => {
		const cv = cvJson();
		cv.publications.unshift({...cv.publications[0], number: 12, key: 'japanese12', title, seeAlso: []});
		return parseCv(JSON.stringify(cv), 'japanese.json').cv;
	};

	// What may not start a line (JIS X 4051): closing punctuation, small kana, the prolonged sound mark, iteration marks.
	const lineStartProhibited = /^[\p{Pe}、。，．：；！？・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ]/u;
	const wrapped = (text: string, width: number) => wrapSpans([{text}], {width, links: 'text', longUrls: 'break'}).map(spansText);
	/** What a line starts with that no line break may split: a wide character or a Latin word, with what may not start a line after it. */
	const firstUnit = (line: string) => {
		const characters = [...line];
		let end = 0;
		do {
			end++;
			if (stringWidth(characters[end - 1] ?? '') === 1)
				while (end < characters.length && characters[end] !== ' ' && stringWidth(characters[end] ?? '') === 1) end++;
			while (end < characters.length && lineStartProhibited.test(characters[end] ?? '')) end++;
		} while (end < characters.length && /\p{Ps}/u.test(characters[end - 1] ?? ''));
		return characters.slice(0, end).join('');
	};

	test('breaks between wide characters, filling each line, on lines of odd and even room', () => {
		for (const title of titles) {
			for (let width = 20; width <= 41; width++) {
				const lines = wrapSpans([{text: `Title: ${title}`}], {width, links: 'text', longUrls: 'break'}).map(spansText);
				assert.equal(lines.join(''), `Title: ${title}`);
				for (const [index, line] of lines.slice(0, -1).entries())
					assert.ok(stringWidth(line) + stringWidth(firstUnit(lines[index + 1] ?? '')) > width, `${width}: ${lines.join('|')}`);
				for (const line of lines) assert.ok(stringWidth(line) <= width, `${width}: ${lines.join('|')}`);
			}
		}
	});

	test('a full stop or closing bracket never starts a line, an opening bracket never ends one', () => {
		for (let width = 20; width <= 60; width++) {
			const text = `${titles[1]}。「空間平滑化」と（アンサンブル）。`;
			const lines = wrapSpans([{text}], {width, links: 'text', longUrls: 'break'}).map(spansText);
			for (const line of lines) assert.doesNotMatch(line, /^[。？」）]|[「（]$/, `${width}: ${lines.join('|')}`);
		}
	});

	test('--plain at 80 columns: no line is wider, the title is all there', () => {
		for (const title of titles) {
			let printed = '';
			const cv = japaneseCv(title);
			writePlain(buildSections(cv), headerBlocks(cv), {width: 80, painter: {chalk: new Chalk({level: 0})}}, (piece) => {
				printed += piece;
			});
			for (const line of printed.split('\n')) assert.ok(stringWidth(line) <= 80, `wider than 80: "${line}"`);
			assert.ok(printed.replace(/\n\s*/g, '').includes(title), printed);
		}
	});

	// Fictional text in the manner of Chinese and Japanese CVs: Latin words between wide characters, with no space.
	const mixed = [
		'为示例拍卖行的微信小程序提供持续的前端开发，交付新功能和平台增强。技术：Taro、React、TypeScript、Redux、WebSocket、pnpm工作区。',
		'使用React、Fabric.js和Three.js设计并实现一个可定制的服装平台，具有实时2D/3D渲染功能，管理敏捷团队并建立CI/CD基础设施。',
		'大阪を拠点にSaaS製品を開発するソリューションエンジニア。React、TypeScriptによるフルスタック開発。HubSpot・LINE等のCRM連携。',
		'ジャッジシステムやキューイング、ファイル・ウェブサービスを開発し、人々の暮らしを支える（チャット、ショップ）。いすゞの車、ヽヾの字。',
	];
	test('a line breaks between a wide character and a Latin word: no line ends with room for what starts the next', () => {
		for (const text of mixed) {
			for (let width = 12; width <= 80; width++) {
				const lines = wrapped(text, width);
				let at = 0;
				for (const [index, line] of lines.entries()) {
					assert.ok(text.startsWith(line, at) && stringWidth(line) <= width, `${width}: ${lines.join('|')}`);
					at += line.length;
					const gap = text[at] === ' ' ? 1 : 0;
					at += gap;
					const next = lines[index + 1];
					if (next !== undefined)
						assert.ok(
							stringWidth(line) + gap + stringWidth(firstUnit(next)) > width,
							`${width}: room left in "${line}": ${lines.join('|')}`,
						);
				}
				assert.equal(at, text.length);
			}
		}
	});

	test('no line starts with a small kana, ー, an iteration mark or closing punctuation: the character before moves down with it', () => {
		for (const text of mixed) {
			for (let width = 12; width <= 80; width++) {
				const lines = wrapped(text, width);
				for (const line of lines.slice(1)) assert.doesNotMatch(line, lineStartProhibited, `${width}: ${lines.join('|')}`);
			}
		}
	});

	test('the viewer at 40x12: no line of a Japanese job title starts with a small kana', async () => {
		const resume = {
			basics: {name: '山田花子', label: 'ソフトウェアエンジニア'},
			work: [
				{name: '例示合同会社', position: 'ソフトウェアエンジニア / ソリューションエンジニア', startDate: '2025-04', summary: mixed[2]},
			],
		};
		const app = await renderApp({columns: 40, rows: 12, cv: parseCv(JSON.stringify(resume), 'japanese.json').cv});
		const frame = app.frame();
		app.unmount();
		assert.ok(prose(frame).replaceAll(' ', '').includes('ソリューションエンジニア'), frame);
		for (const line of frame.split('\n')) assert.doesNotMatch(line.replace(/^[›│ ] /, ''), lineStartProhibited, frame);
	});

	test('the viewer at 41 columns shows every part of the title', async () => {
		for (const title of titles) {
			const app = await renderApp({columns: 41, rows: 30, cv: japaneseCv(title)});
			const frame = await app.press('2');
			app.unmount();
			assert.ok(prose(frame).replaceAll(' ', '').includes(title), frame);
		}
	});
});
