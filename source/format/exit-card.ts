import {distinction, roleText} from '../cv/phrases.js';
import type {Cv, Publication} from '../cv/schema.js';
import type {Line, Span} from '../model.js';
import {linkAsText, separator, spansWidth, styled, truncateLine} from './text.js';

/** The most lines the card may take: it is a card, not the CV. */
export const exitCardHeight = 8;

/** The widest the card gets, as the view: a line past about 100 columns is hard to read (it is drawn after a margin of 2). */
const widestCard = 98;

/**
 * The command that shows the CV again, as anyone can type it (`npx namukpark`), which the card offers and cites the
 * paper with (`npx namukpark --bibtex KEY`): a card is copied and shared, so it never offers what only works here.
 */
type CardCommands = {again?: string | undefined};

/** A contact's kind as a label of the card: short and lower-case where it is a common word. */
const cardLabels: Record<string, string> = {Email: 'email', Homepage: 'web', Website: 'web', Blog: 'blog'};

/** A labelled line of the card: what it is, and the URL or command, copied by a double click. */
type Field = {label: string; value: string};

const leftBar: Span = styled('│  ', 'muted');

/**
 * What stays on the normal screen after quitting, to copy from or screenshot: the name and role, the paper last
 * selected (`paperKey`; else the first with a badge and an arXiv page, else the first) with its arXiv URL and the
 * command that cites it, the first three contacts, and the command that shows it all again, where there is one (a CV
 * read from a file on this machine has none). Labels aligned, in a light frame (rules and a bar on the left only, so
 * that nothing follows a URL on its line) where the window has room for it; every line at most `window` columns, and
 * at most `exitCardHeight` lines, whatever the data; no wider than `widestCard` in a wider `window`.
 */
export function exitCard(cv: Cv, commands: CardCommands, window: number, paperKey?: string): Line[] {
	const width = Math.min(window, widestCard);
	const {person} = cv;
	const paper =
		cv.publications.find((publication) => publication.key !== undefined && publication.key === paperKey) ??
		cv.publications.find((publication) => publication.badge !== undefined && publication.arxiv) ??
		cv.publications[0];
	const role = roleText(person);
	const who: Span[] = [styled(person.name, 'name'), ...(role ? [separator, styled(role)] : [])];
	const paperLink = paper?.arxiv ?? paper?.url;
	const fields: Field[] = [
		...(paper && paperLink ? [{label: paper.arxiv ? 'arXiv' : 'paper', value: paperLink}] : []),
		...(paper?.key && commands.again ? [{label: 'cite', value: `${commands.again} --bibtex ${paper.key}`}] : []),
		...person.contacts.slice(0, 3).map((contact) => ({
			label: cardLabels[contact.kind] ?? contact.kind,
			value: contact.url === undefined ? contact.label : linkAsText(contact.label, contact.url).url,
		})),
	];
	const labelWidth = Math.max(0, ...fields.map((field) => [...field.label].length)) + 2;
	const fieldLine = (field: Field): Span[] => [styled(field.label.padEnd(labelWidth), 'muted'), {text: field.value}];
	// The frame where every labelled line fits in it; else the lines alone, and a value alone where its label leaves no room.
	const framed = fields.every((field) => spansWidth([leftBar, ...fieldLine(field)]) <= width);
	const fitted = (field: Field): Line => {
		const line = fieldLine(field);
		return spansWidth(line) <= width ? line : truncateLine([{text: field.value}], width);
	};
	const body: Line[] = [...(paper ? [paperLine(paper, framed ? width - 3 : width)] : []), ...fields.map(framed ? fieldLine : fitted)];
	const again = commands.again ? [styled(commands.again, 'muted')] : [];
	const lines: Line[] = framed
		? [
				[styled('╭─ ', 'muted'), ...who],
				...body.map((line) => [leftBar, ...line]),
				[styled(again.length > 0 ? '╰─ ' : '╰─', 'muted'), ...again],
			]
		: [who, ...body, ...(again.length > 0 ? [again] : [])];
	// Past eight lines, the last contacts give way; the frame's closing line stays.
	const kept = lines.length <= exitCardHeight ? lines : [...lines.slice(0, exitCardHeight - 1), lines.at(-1) as Line];
	return kept.map((line) => truncateLine(line, width));
}

/** The paper's title and distinction, or where they do not fit together, the title alone: never a dangling " · …". */
function paperLine(paper: Publication, width: number): Line {
	const shownDistinction = distinction(paper);
	const star = paper.badge ? [styled('★ ', 'badge')] : [];
	const withDistinction: Line = [
		...star,
		styled(paper.title, 'title'),
		...(shownDistinction ? [separator, styled(shownDistinction, paper.badge ? 'badge' : undefined)] : []),
	];
	return truncateLine(spansWidth(withDistinction) <= width ? withDistinction : [...star, styled(paper.title, 'title')], width);
}
