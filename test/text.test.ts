import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import {asciiJson, asciiStandIn, isUtf8Locale} from '../source/format/ascii.js';
import {linkAsText, parseMarkup, spansText, textWidth, truncateLine, wrapSpans} from '../source/format/text.js';

const text = (lines: ReturnType<typeof wrapSpans>) => lines.map(spansText);

describe('markup', () => {
	test('reads **strong** and *emphasis*', () => {
		assert.deepEqual(parseMarkup('the *spatial* and **ViT** ok'), [
			{text: 'the '},
			{text: 'spatial', style: 'emphasis'},
			{text: ' and '},
			{text: 'ViT', style: 'strong'},
			{text: ' ok'},
		]);
	});
});

describe('wrapping', () => {
	const paragraph = parseMarkup(
		'We show that the success of "*multi-head self-attentions*" (MSAs) lies in the "*spatial smoothing*" of feature maps.',
	);

	test('no line is wider than the width, and no word is lost', () => {
		for (const width of [20, 33, 80]) {
			const lines = text(wrapSpans(paragraph, {width, links: 'text', longUrls: 'break'}));
			for (const line of lines) assert.ok(stringWidth(line) <= width, `"${line}" at ${width}`);
			assert.equal(lines.join(' '), spansText(paragraph));
		}
	});

	test('punctuation stays with its word', () => {
		const lines = text(wrapSpans(paragraph, {width: 47, links: 'text', longUrls: 'break'}));
		assert.ok(
			lines.every((line) => !line.endsWith('"') || line.endsWith('s"') || line.endsWith('g"')),
			lines.join('|'),
		);
	});

	test('a URL is never split; it moves to its own line', () => {
		const spans = [{text: 'Read the paper at '}, {text: 'arXiv', url: 'https://arxiv.org/abs/2202.06709'}, {text: ' today.'}];
		for (const width of [34, 40, 50]) {
			const lines = text(wrapSpans(spans, {width, links: 'text', longUrls: 'break'}));
			assert.ok(
				lines.some((line) => line.includes('https://arxiv.org/abs/2202.06709')),
				`${width}: ${lines.join('|')}`,
			);
		}
	});

	test('a URL wider than a whole line: plain text keeps it whole, a screen must break it', () => {
		const spans = [{text: 'code', url: 'https://github.com/xxxnell/temporal-smoothing'}];
		assert.ok(
			text(wrapSpans(spans, {width: 20, links: 'text', longUrls: 'overflow'})).includes('https://github.com/xxxnell/temporal-smoothing'),
		);
		for (const line of text(wrapSpans(spans, {width: 20, links: 'text', longUrls: 'break'}))) assert.ok(stringWidth(line) <= 20);
	});

	test('with hyperlinks the label carries the URL', () => {
		const lines = wrapSpans([{text: 'arXiv', url: 'https://arxiv.org/abs/1907.05911'}], {width: 40, links: 'hyperlink', longUrls: 'break'});
		assert.deepEqual(lines, [[{text: 'arXiv', url: 'https://arxiv.org/abs/1907.05911'}]]);
	});

	test('a lead indents the lines after the first', () => {
		const lines = text(
			wrapSpans([{text: 'one two three four five six'}], {
				width: 16,
				links: 'text',
				longUrls: 'break',
				lead: [{text: '• '}],
			}),
		);
		assert.deepEqual(lines, ['• one two three', '  four five six']);
	});

	test('an emoji shown as emoji by U+FE0F counts as two columns', () => {
		const spans = [{text: `${'⚠️ '.repeat(30)}end`}];
		for (const width of [20, 41, 80]) {
			for (const line of text(wrapSpans(spans, {width, links: 'text', longUrls: 'break'}))) {
				assert.ok(stringWidth(line) <= width, `"${line}" at ${width}`);
			}
		}
		assert.equal(spansText(truncateLine([{text: '❤️❤️❤️❤️'}], 5)), '❤️❤️…');
	});

	test('wide characters count as two columns', () => {
		const lines = text(
			wrapSpans([{text: '박남욱 박남욱 박남욱'}], {
				width: 8,
				links: 'text',
				longUrls: 'break',
			}),
		);
		assert.deepEqual(lines, ['박남욱', '박남욱', '박남욱']);
	});
});

describe('links as text', () => {
	test('the URL alone when the label is the URL without its scheme', () => {
		assert.deepEqual(linkAsText('namukpark.com', 'https://namukpark.com'), {
			url: 'https://namukpark.com',
		});
		assert.deepEqual(linkAsText('arXiv', 'https://arxiv.org/abs/1'), {
			label: 'arXiv',
			url: 'https://arxiv.org/abs/1',
		});
	});
});

test('truncating marks the cut', () => {
	assert.equal(spansText(truncateLine([{text: 'How Do Vision Transformers Work?'}], 12)), 'How Do Visi…');
	assert.equal(spansText(truncateLine([{text: 'short'}], 12)), 'short');
});

test('text width agrees with string-width (what Ink measures): accents, CJK, Hangul, emoji, flags, marks', () => {
	for (const text of [
		'⚠️',
		'❤️',
		'✔️',
		'1️⃣',
		'#️⃣',
		'a ⚠️ b',
		'⚠',
		'👍🏽',
		'👩🏽‍💻',
		'👨‍👩‍👧',
		'🇰🇷',
		'🇰',
		'x\u200Dy',
		'Namuk Park',
		'박남욱',
		'中文字',
		'Jun 2021 – Feb 2022',
		'★ Spotlight',
		'NIPA¹',
		'e\u0301',
		'Zürich',
		'👍',
		'“x” · ›',
		'▲ ┃ │ ▼',
		'',
	]) {
		assert.equal(textWidth(text), stringWidth(text), JSON.stringify(text));
	}
});

describe('ASCII for terminals that do not speak UTF-8', () => {
	test('each character becomes ASCII of the same width', () => {
		for (const [text, ascii] of [
			['Mar 2011 – Feb 2022', 'Mar 2011 - Feb 2022'] as const,
			['“Flip” · ★ Spotlight › ▲▼┃│─', '"Flip" - * Spotlight > ^v#|-'],
			['Zürich é NIPA¹ …', 'Zurich e NIPA1 ~'],
			['박남욱 ⚠️ x', '?????? ?? x'],
			['line one –\nline two', 'line one -\nline two'],
		]) {
			assert.equal(asciiStandIn(text), ascii);
			assert.equal(textWidth(asciiStandIn(text).replace('\n', '')), textWidth(text.replace('\n', '')));
		}
	});

	test('the locale says whether the terminal speaks UTF-8; none set means it does', () => {
		assert.equal(isUtf8Locale({LANG: 'C'}, 'linux'), false);
		assert.equal(isUtf8Locale({LANG: 'en_US.UTF-8', LC_ALL: 'POSIX'}, 'linux'), false);
		assert.equal(isUtf8Locale({LANG: 'de_DE.ISO-8859-1'}, 'linux'), false);
		assert.equal(isUtf8Locale({LANG: 'C', LC_CTYPE: 'C.UTF-8'}, 'linux'), true);
		assert.equal(isUtf8Locale({LANG: 'en_US.utf8'}, 'linux'), true);
		assert.equal(isUtf8Locale({}, 'linux'), true);
		assert.equal(isUtf8Locale({LANG: 'C'}, 'win32'), true);
	});

	test('JSON in ASCII says the same', () => {
		const json = JSON.stringify({when: 'Jun 2021 – Feb 2022', who: '박남욱'});
		assert.doesNotMatch(asciiJson(json), /[^\x00-\x7E]/);
		assert.deepEqual(JSON.parse(asciiJson(json)), JSON.parse(json));
	});
});

test('a separator between items is never left at the end of a line, nor put at the start of one', () => {
	const separator = {text: ' · ', separator: true};
	const items = ['arXiv https://arxiv.org/abs/2202.06709', 'code https://github.com/xxxnell/how-do-vits-work', 'namukpark.com'];
	const spans = items.flatMap((item, index) => [...(index > 0 ? [separator] : []), {text: item}]);
	for (let width = 20; width <= 120; width++) {
		for (const line of text(wrapSpans(spans, {width, links: 'text', longUrls: 'break'}))) {
			assert.doesNotMatch(line, /·\s*$|^\s*·/, `${width}: "${line}"`);
		}
	}
	assert.deepEqual(text(wrapSpans(spans, {width: 200, links: 'text', longUrls: 'break'})), [items.join(' · ')]);
});
