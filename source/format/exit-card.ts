import {distinction, roleText} from '../cv/phrases.js';
import type {Cv} from '../cv/schema.js';
import type {Line, Span} from '../model.js';
import {linkAsText, separator, spansWidth, styled, textWidth, truncateLine, wrapSpans} from './text.js';

/** The most lines the card may take: it is a card, not the CV. */
export const exitCardHeight = 8;

/**
 * What stays on the normal screen after quitting, to copy from or screenshot: the name and role, the paper the CV
 * highlights (the first with a badge, else the first) with its arXiv URL, the first three contacts, and the command
 * that shows it all again, where there is one (a CV read from standard input has none). URLs in full and never
 * split where they fit; every line at most `width` columns, and at most `exitCardHeight` lines, whatever the data.
 */
export function exitCard(cv: Cv, command: string | undefined, width: number): Line[] {
	const options = {width, links: 'text', longUrls: 'overflow'} as const;
	const {person} = cv;
	const paper = cv.publications.find((publication) => publication.badge !== undefined && publication.arxiv) ?? cv.publications[0];
	const role = roleText(person);
	const who: Span[] = [styled(person.name, 'name'), ...(role ? [separator, styled(role)] : [])];
	const contacts = person.contacts.slice(0, 3).flatMap((contact, index): Span[] => {
		const shown = contact.url === undefined ? undefined : linkAsText(contact.label, contact.url).url;
		return [...(index > 0 ? [separator] : []), shown === undefined ? {text: contact.label} : {text: shown, url: shown}];
	});
	const shownDistinction = paper ? distinction(paper) : '';
	// Where title and distinction do not fit together, the title alone: never a dangling " · …".
	const paperLine = (withDistinction: boolean): Line =>
		paper
			? [
					styled('★ ', 'badge'),
					styled(paper.title, 'title'),
					...(withDistinction && shownDistinction ? [separator, styled(shownDistinction, 'badge')] : []),
				]
			: [];
	const paperLines: Line[] = paper
		? [
				truncateLine(spansWidth(paperLine(true)) <= width ? paperLine(true) : paperLine(false), width),
				// Indented under the title where the window leaves room for it.
				...(paper.arxiv ? [[{text: textWidth(paper.arxiv) + 2 <= width ? '  ' : ''}, {text: paper.arxiv}]] : []),
			]
		: [];
	const rest = [...paperLines, ...wrapSpans(contacts, options), ...(command ? [[styled(command, 'muted')]] : [])];
	const whoLines = wrapSpans(who, options);
	// Where the window is narrow, the name and role give up lines first.
	const fitted = whoLines.length + rest.length <= exitCardHeight ? whoLines : [truncateLine(who, width)];
	return [...fitted, ...rest].slice(0, exitCardHeight).map((line) => truncateLine(line, width));
}
