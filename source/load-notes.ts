// What loading a CV file adjusted or left out, told in the view too (under ?), each with how to fix it in the file.
import type {NoteItems} from './cv/load.js';
import {styled, textWidth} from './format/text.js';
import type {Block, Header} from './model.js';

/** How to fix each kind of item a note names, by how the loader words it (source/cv/resume-import.ts, json-resume.ts and load.ts). */
const fixes: readonly [RegExp, string][] = [
	[/ have no authors: /, 'add an `authors` list to each to show and cite it with its authors'],
	[/ has no authors: /, 'add an `authors` list to show and cite it with its authors'],
	[
		/\.releaseDate .* shown as written$/,
		'write the release date as 2021-06-14, 2021-06 or 2021 once it has one, to show and cite its year',
	],
	[
		/\.endDate .* shown as written$/,
		'write it as 2021-06-14, 2021-06 or 2021 to have it read as a date; leave endDate out for one that goes on',
	],
	[/ shown as written$/, 'write it as 2021-06-14, 2021-06 or 2021 to have it read as a date'],
	[/ read as \d{4}$/, 'write the release date as 2021-06-14, 2021-06 or 2021 to say the year yourself'],
	[
		/ (names no single year|is not a year from 1900 to 2100): left out$/,
		'write the release date as 2021-06-14, 2021-06 or 2021 to show and cite its year',
	],
	[/ read as https:\/\/\S+$/, 'write the link with its https:// to say so yourself'],
	[/ is not a web or mail link: /, 'give a link that starts with https://, http:// or mailto: to make it one'],
	[/ is not an email address: /, 'give an address such as name@example.org to make it a link'],
	[/: its entry is left out$/, 'give the value the JSON Resume schema asks for to show the entry'],
	[/: it is left out$/, 'give a value of the kind the JSON Resume schema asks for to show it'],
];

const notShownFix = 'this viewer has no place for them; put what matters in a summary or a highlight';

/** How to fix what `item` names, where the loader's wording is known. */
export function fixOf(item: string): string | undefined {
	return fixes.find(([pattern]) => pattern.test(item))?.[1];
}

/**
 * What the view is told of the notes: each item, those that share a fix listed together over it, the fields not shown
 * as one item (for ?), and whether any value was adjusted or left out (which the first tab shown says).
 */
export function notesHeader(notes: readonly NoteItems[]): Pick<Header, 'notes' | 'adjustedOnLoad'> {
	if (notes.length === 0) return {};
	const lead = [styled('• ', 'muted')];
	const fixLead = [styled('  Fix: ', 'muted')];
	const byFix = new Map<string, string[]>();
	for (const {kind, items} of notes) {
		if (kind === 'notShown') {
			byFix.set(notShownFix, [`Not shown: ${items.join(', ')}`]);
			continue;
		}
		for (const item of items) {
			// An item without a known fix is a group of its own, keyed by itself, with no Fix line.
			const fix = fixOf(item) ?? item;
			byFix.set(fix, [...(byFix.get(fix) ?? []), item]);
		}
	}
	const blocks = [...byFix].flatMap(([fix, items]): Block[] => [
		...items.map((item) => ({lead, spans: [styled(item)]})),
		...(items.includes(fix) ? [] : [{lead: fixLead, spans: [styled(fix)]}]),
	]);
	return {notes: blocks, ...(notes.some((note) => note.kind === 'adjusted') && {adjustedOnLoad: true})};
}

/** `text` in lines of at most `width` columns, broken between words, the lines after the first indented by two. */
export function wrapWords(text: string, width: number): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && line.trim() !== '' && textWidth(candidate) > width) {
			lines.push(line);
			line = `  ${word}`;
		} else line = candidate;
	}
	return [...lines, line].join('\n');
}
