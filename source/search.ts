import {spansText} from './format/text.js';
import type {Block, Section} from './model.js';

/** Where a query matched: a tab's entry (or the text before its entries), named by its label. */
export type SearchHit = {
	tab: number;
	/** The entry matched, or none for the text that opens the section (Research's summary). */
	entry?: number;
	label: string;
	/** Where the query's words are in the label, to highlight. */
	found: Range[];
	/**
	 * Where the label does not show the match: the entry's text, where the query's words are in it, and the match to
	 * show, the first of a word the label lacks.
	 */
	context?: {text: string; found: Range[]; shown: Range};
};

/** Where a word was found in a text: from `start` up to `end`, in UTF-16 units of the original. */
export type Range = {start: number; end: number};

/**
 * Text as searching compares it: case folded, without accents or compatibility forms, without the `*` of the data's
 * markup, with curly quotes straight, and with a map from each character back to where it came from.
 */
export function foldText(text: string): {folded: string; origin: number[]} {
	let folded = '';
	const origin: number[] = [];
	for (let index = 0; index < text.length; ) {
		const codePoint = text.codePointAt(index) ?? 0;
		const character = String.fromCodePoint(codePoint);
		for (const piece of fold(character)) {
			folded += piece;
			for (let unit = 0; unit < piece.length; unit++) origin.push(index);
		}
		index += character.length;
	}
	origin.push(text.length);
	return {folded, origin};
}

/**
 * Text as searching compares it (see `foldText`), without the map back: what matching reads, quick for a whole entry.
 * Compatibility forms are unfolded (NFKD: "ﬁ" is "fi") and case is folded in full: lower, upper, then lower again
 * makes "ß" and "ẞ" "ss", and every sigma, final "ς" too, "σ".
 */
function fold(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.toUpperCase()
		.toLowerCase()
		.replace(/\p{M}/gu, '')
		.replaceAll('ς', 'σ')
		.replace(/[*]/g, '')
		.replace(/[“”„]/g, '"')
		.replace(/[‘’‚]/g, "'");
}

/** The words of a query, folded; a query of no words matches nothing. */
export function queryWords(query: string): string[] {
	return fold(query).split(/\s+/).filter(Boolean);
}

const blockText = (blocks: readonly Block[]) =>
	blocks
		.filter((block) => !block.reference)
		.map((block) => spansText([...(block.lead ?? []), ...block.spans]))
		.join(' ');

/** What searching reads of an entry: its label, its own text, and what only finds it (a key, link URLs). */
type Searchable = {tab: number; entry?: number; label: string; body: string; extra: string; folded?: string};

/** Where any of `words` occurs in `text` (folded), as ranges of the original, in order. */
export function matchesIn(text: string, words: readonly string[]): Range[] {
	const {folded, origin} = foldText(text);
	const found: Range[] = [];
	for (const word of words) {
		for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
			found.push({start: origin[at] ?? 0, end: origin[at + word.length] ?? text.length});
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Where `words` all occur in `text` (folded); none if one of them does not. */
function findAll(text: string, words: readonly string[]): Range[] | undefined {
	const folded = fold(text);
	return words.every((word) => folded.includes(word)) ? matchesIn(text, words) : undefined;
}

/** Finds the entries that match a query; `prepare` reads every entry ahead of the first query. */
export type Search = ((query: string) => SearchHit[]) & {prepare: () => void};

/**
 * Searching every section of a CV, case and accents aside: an entry matches when each word of the query is
 * somewhere in it (its label, its text, its links, its citation key). The entries are read when first searched.
 */
export function createSearch(sections: readonly Section[]): Search {
	const prepare = (): Searchable[] =>
		sections.flatMap((section, tab) => [
			...(section.intro.length > 0 ? [{tab, label: section.title, body: blockText(section.intro), extra: ''}] : []),
			...section.entries.map((entry, index) => ({
				tab,
				entry: index,
				label: entry.label,
				body: blockText([entry.heading, ...entry.blocks]),
				extra: [entry.key ?? '', ...entry.links.map((link) => link.url)].join(' '),
			})),
		]);
	const find = (query: string): SearchHit[] => {
		const words = queryWords(query);
		if (words.length === 0) return [];
		const all = prepared();
		const hits: SearchHit[] = [];
		for (const searchable of all) {
			if (!words.every((word) => searchable.folded?.includes(word))) continue;
			// Where in the label, and what context, are worked out for the matches shown, when first read.
			let found: SearchHit['found'] | undefined;
			let context: SearchHit['context'] | undefined;
			let inLabel: SearchHit['found'] | undefined | null = null;
			const label = () => {
				if (inLabel === null) inLabel = findAll(searchable.label, words);
				return inLabel;
			};
			hits.push({
				tab: searchable.tab,
				...(searchable.entry !== undefined && {entry: searchable.entry}),
				label: searchable.label,
				get found() {
					found ??= label() ?? matchesIn(searchable.label, words);
					return found;
				},
				// The whole text: the view cuts the few words around the first match that its row has room for.
				get context() {
					if (label() !== undefined) return undefined;
					const lacking = words.filter((word) => !fold(searchable.label).includes(word));
					const [shown] = matchesIn(searchable.body, lacking);
					context ??= shown && {text: searchable.body, found: matchesIn(searchable.body, words), shown};
					return context;
				},
			});
		}
		return hits;
	};
	let searchables: Searchable[] | undefined;
	/** Every entry, read and folded once. */
	const prepared = (): Searchable[] => {
		searchables ??= prepare();
		for (const searchable of searchables) searchable.folded ??= fold(`${searchable.label} ${searchable.body} ${searchable.extra}`);
		return searchables;
	};
	return Object.assign(find, {prepare: () => void prepared()});
}

/** The sections as far as `hits` reach: only the entries they found (and the opening text, where it was found). */
export function matchedSections(sections: readonly Section[], hits: readonly SearchHit[]): Section[] {
	return sections.flatMap((section, tab) => {
		const found = hits.filter((hit) => hit.tab === tab);
		if (found.length === 0) return [];
		const entries = new Set(found.map((hit) => hit.entry));
		return [
			{
				...section,
				intro: entries.has(undefined) ? section.intro : [],
				entries: section.entries.filter((_, index) => entries.has(index)),
				outro: [],
			},
		];
	});
}
