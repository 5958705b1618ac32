// The wrapper that allocates less (source/format/text.ts) against the one before it (test/wrap-reference.ts): the same
// lines, span for span, on three CVs at fourteen widths, and on 20,000 span lists made up at random.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {loadCv} from '../source/cv/load.js';
import type {Cv} from '../source/cv/schema.js';
import type {LinkMode, WrapOptions} from '../source/format/text.js';
import {wrapSpans} from '../source/format/text.js';
import type {Block, Span, Style} from '../source/model.js';
import {buildSections, headerBlocks} from '../source/sections.js';
import {fixtureCv, realCvPath} from './helpers.js';
import {referenceWrapSpans} from './wrap-reference.js';

const widths = [8, 12, 16, 20, 24, 30, 33, 40, 47, 60, 76, 80, 100, 200];
const options = (width: number, links: LinkMode, longUrls: WrapOptions['longUrls'], lead?: Span[]): WrapOptions => ({
	width,
	links,
	longUrls,
	...(lead && {lead}),
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

const emojiCv: Cv = {
	...fixtureCv,
	research: {
		topics: fixtureCv.research?.topics ?? [],
		summary: `⚠️ ❤️ 박남욱 “quoted” *em* **strong** — ${'word '.repeat(30)}https://example.org/${'x'.repeat(90)}`,
	},
};

test('the same lines as before on three CVs, at fourteen widths, with and without hyperlinks', () => {
	for (const cv of [loadCv(realCvPath), fixtureCv, emojiCv]) {
		for (const block of blocksOf(cv)) {
			for (const width of widths) {
				for (const links of ['text', 'hyperlink'] as const) {
					for (const longUrls of ['break', 'overflow'] as const) {
						const given = options(width, links, longUrls, block.lead);
						assert.deepStrictEqual(wrapSpans(block.spans, given), referenceWrapSpans(block.spans, given));
					}
				}
			}
		}
	}
});

/** A small, seeded generator: the same lists on every run. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

test('the same lines as before on 20,000 span lists made up at random', () => {
	const next = random(42);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const words = [
		'a',
		'word',
		'Transformers',
		'"',
		'(MSAs)',
		'',
		' ',
		'  ',
		'x-y',
		'★',
		'·',
		'–',
		'박남욱',
		'⚠️',
		'e\u0301',
		'supercalifragilistic',
	];
	const styles: (Style | undefined)[] = [undefined, undefined, 'strong', 'emphasis', 'muted', 'link'];
	const urls = ['https://arxiv.org/abs/2202.06709', 'https://example.org/a/very/long/path/that/goes/on/and/on/and/on', 'mailto:a@b.c'];
	for (let round = 0; round < 20_000; round++) {
		const spans: Span[] = Array.from({length: 1 + Math.floor(next() * 8)}, () => {
			const text = Array.from({length: Math.floor(next() * 5)}, () => pick(words)).join(pick([' ', '', '  ']));
			const span: Span = {text};
			const style = pick(styles);
			if (style) span.style = style;
			if (next() < 0.15) span.url = pick(urls);
			if (next() < 0.1) span.keep = true;
			if (next() < 0.1) span.separator = true;
			return span;
		});
		const lead = next() < 0.3 ? [{text: pick(['• ', '  ', 'See also ', 'Thesis: '])}] : undefined;
		const given = options(pick(widths), pick(['text', 'hyperlink'] as const), pick(['break', 'overflow'] as const), lead);
		assert.deepStrictEqual(wrapSpans(spans, given), referenceWrapSpans(spans, given), JSON.stringify({spans, given}));
	}
});
