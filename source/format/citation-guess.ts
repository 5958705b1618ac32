// What a JSON Resume paper lacks for a citation, guessed from what it has: a key, its authors, its entry type.
import type {Publication} from '../cv/schema.js';
import {familyName} from './bibtex.js';

const stopWords = new Set(['with', 'from', 'that', 'this', 'into', 'over', 'what', 'when', 'does', 'towards', 'their']);
/** A word of a key: its letters and digits, at most 20 (a title of one 100 KB word still makes a key BibTeX reads). */
const asciiWord = (word: string) =>
	word
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9]/g, '')
		.toLowerCase()
		.slice(0, 20);

/** A citation key in the usual shape, "hendriks2014video", not yet in `taken` (a letter is added where it is). */
export function newKey(authors: readonly string[], year: number | undefined, title: string, taken: Set<string>): string {
	const words = title.split(/\s+/).map(asciiWord);
	const word = words.find((candidate) => candidate.length > 3 && !stopWords.has(candidate)) ?? words.find(Boolean) ?? '';
	const surname = /\S*$/.exec(familyName(authors[0] ?? ''))?.[0] ?? '';
	let key = `${asciiWord(surname)}${year ?? ''}${word}`;
	if (!/^[a-z]/.test(key)) key = `paper${key}`;
	let unique = key;
	for (let suffix = 1; taken.has(unique); suffix++)
		unique = `${key}${String.fromCharCode(97 + ((suffix - 1) % 26))}${suffix > 26 ? suffix : ''}`;
	taken.add(unique);
	return unique;
}

/** "A. Lee, B. Kim and C. Wu" as three names; a list in "Lee, A., Kim, B." style, which commas cannot split, as one. */
export function authorList(author: string): string[] {
	const names = author.split(author.includes(';') ? /\s*;\s*/ : /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((name) => name !== '');
	return names.length > 1 && names.every((name) => /\S\s+\S/.test(name)) ? names : [author.trim()];
}

type EntryType = NonNullable<Publication['entryType']>;

const entryTypePatterns: [EntryType, RegExp][] = [
	['misc', /\b(?:arxiv|preprint|biorxiv|medrxiv|ssrn)\b/i],
	['mastersthesis', /\bmaster|\bm\.?sc?\b.*thesis|\bmsc\b/i],
	['phdthesis', /\b(?:ph\.?d|doctoral|dissertation|thesis)\b/i],
	['inproceedings', /\b(?:proceedings|conference|workshop|symposium|inproceedings)\b/i],
	['article', /\b(?:journal|transactions|letters|review|magazine|article)\b/i],
];

/** Conferences people name by their acronym alone. */
const conferenceNames =
	/\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|AAAI|IJCAI|ACL|EMNLP|NAACL|KDD|SIGGRAPH|CHI|NDSS|USENIX|CCS|OSDI|SOSP|WWW|SIGIR|INTERSPEECH|ICASSP)\b/;

/**
 * A paper's BibTeX entry type, on the evidence of the file: its `type`, then proceedings metadata, then the
 * publisher's name, then an arXiv link; with none, @misc, so that no booktitle is guessed from a publisher.
 */
export function entryTypeOf(paper: {type?: string; publisher?: string; url?: string; arxiv?: string; citation?: unknown}): EntryType {
	const judged = (text: string | undefined) =>
		text === undefined ? undefined : entryTypePatterns.find(([, pattern]) => pattern.test(text))?.[0];
	const byType = judged(paper.type);
	if (byType) return byType;
	if (paper.citation !== undefined) return 'inproceedings';
	const byPublisher = judged(paper.publisher) ?? (paper.publisher && conferenceNames.test(paper.publisher) ? 'inproceedings' : undefined);
	return byPublisher ?? 'misc';
}
