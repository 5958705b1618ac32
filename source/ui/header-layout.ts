import {bigLetters} from '../format/big-letters.js';
import {joinParts, type LinkMode, spansWidth, styled, textWidth, truncateLine, wrapSpans} from '../format/text.js';
import type {Block, Header, Line, Span} from '../model.js';
import {contactGrid} from './contact-grid.js';

const margin: Span = {text: '  '};

/** A block's spans without their links: a header line in a terminal without hyperlinks has no room for URLs. */
// A link keeps its own style (a highlight's badge colour), but not the link's underline and colour.
const unlinked = (block: Block): Span[] =>
	block.spans.map((span) => (span.url === undefined ? span : styled(span.text, span.style === 'link' ? undefined : span.style)));

/**
 * The highlights on at most `most` lines, each whole, side by side where they fit, in order; one that fits on none of
 * those lines is left out. A window too narrow for the first shows it cut.
 */
function highlightRows(highlights: readonly Block[], width: number, links: LinkMode, most: number): Line[] {
	const rows: Line[] = [];
	for (const block of highlights) {
		const item = [...(block.lead ?? []), ...(links === 'hyperlink' ? block.spans : unlinked(block))];
		const last = rows.at(-1);
		if (last && spansWidth(last) + 3 + spansWidth(item) <= width) last.push({text: '   '}, ...item);
		else if (rows.length < most && (2 + spansWidth(item) <= width || rows.length === 0)) rows.push(truncateLine([margin, ...item], width));
	}
	return rows;
}

/** The topics on one quiet line, as many whole as fit: what the person works on, under the name. */
function taglineLines(topics: readonly string[], width: number): Line[] {
	let shown = '';
	for (const topic of topics) {
		const next = shown === '' ? topic : `${shown} · ${topic}`;
		if (2 + textWidth(next) > width) break;
		shown = next;
	}
	if (shown === '' && topics[0] !== undefined) return [truncateLine([margin, styled(topics[0], 'muted')], width)];
	return shown === '' ? [] : [[margin, styled(shown, 'muted')]];
}

/**
 * The header that fits in `room` lines, and what it left out for the tab the viewer opens on to show: the name (in
 * big letters from `thresholds.bigLetters`, with the name and role as text beside them), the topics, what stands out,
 * the contacts. As the window gets shorter it gives up, in this order: the big letters (name and role share a line),
 * the topics, the contacts (that tab then opens with them), what stands out, and at last the header itself (that tab
 * then opens with name, role and contacts).
 */
export function foldHeader(
	header: Header,
	width: number,
	links: LinkMode,
	room: number,
	blocks: boolean,
): {lines: Line[]; leftOut: Block[]} {
	const fit = (spans: Span[]): Line => truncateLine([margin, ...spans], width);
	const name = header.title.spans;
	const role = header.role.spans;
	// Name and role on one line where they fit, else each on its own.
	const nameAndRoleSpans = joinParts([name, role]);
	const nameLines = (): Line[] =>
		role.length === 0 ? [fit(name)] : spansWidth(nameAndRoleSpans) + 2 <= width ? [fit(nameAndRoleSpans)] : [fit(name), fit(role)];
	const bigName = blocks ? lettersWithName(header, width) : undefined;
	const tagline = taglineLines(header.topics, width);
	const highlights = (most: number) => highlightRows(header.highlights, width, links, most);
	const contacts =
		links === 'hyperlink'
			? wrapSpans(header.contactLabels.spans, {width, links, longUrls: 'break', lead: [margin]})
			: contactGrid(header.contactFields, width);
	// A URL wider than the window leaves the contacts to the first tab, where it is shown whole over several lines.
	const contactsFit = contacts.every((line) => spansWidth(line) <= width);
	const contactsLeftOut = [...header.contactFields, {spans: []}];
	const variant = (lines: Line[], leftOut: Block[] = []) => ({lines, leftOut});
	// Each fold, the first that fits the room; made as they are tried, the longest first.
	const variants: (() => {lines: Line[]; leftOut: Block[]})[] = [
		...(bigName && contactsFit ? [2, 1].map((most) => () => variant([...bigName, ...tagline, ...highlights(most), ...contacts])) : []),
		...(contactsFit
			? [
					() => variant([...nameLines(), ...tagline, ...highlights(1), ...contacts]),
					() => variant([...nameLines(), ...highlights(1), ...contacts]),
				]
			: []),
		() => variant([...nameLines(), ...tagline, ...highlights(1)], contactsLeftOut),
		() => variant([...nameLines(), ...highlights(1)], contactsLeftOut),
		() => variant(nameLines(), contactsLeftOut),
		() => variant([fit(nameAndRoleSpans)], contactsLeftOut),
	];
	for (const make of variants) {
		const made = make();
		if (made.lines.length <= room) return made;
	}
	return {lines: [], leftOut: [header.title, header.role, ...header.contactFields, {spans: []}]};
}

/**
 * The name in big letters with the name and role as text beside them, for screen readers and for copying; the role
 * under the letters where it is too long for beside them. None where the letters do not fit.
 */
function lettersWithName(header: Header, width: number): Line[] | undefined {
	const big = bigLetters(header.name);
	if (big === undefined || big[0] === undefined || !textFits(big, width - 2)) return undefined;
	const lettersWidth = Math.max(...big.map((line) => line.length));
	const besideRoom = width - 2 - lettersWidth - 3;
	const beside = [header.title.spans, header.role.spans].map((spans) => (spansWidth(spans) <= besideRoom ? spans : undefined));
	const letters = big.map((line, row): Line => {
		const text = beside[row];
		return text && text.length > 0 ? [margin, styled(line.padEnd(lettersWidth + 3), 'name'), ...text] : [margin, styled(line, 'name')];
	});
	if (beside[0] === undefined) return [...letters, truncateLine([margin, ...joinParts([header.title.spans, header.role.spans])], width)];
	if (beside[1] === undefined && header.role.spans.length > 0) return [...letters, truncateLine([margin, ...header.role.spans], width)];
	return letters;
}

function textFits(lines: readonly string[], width: number): boolean {
	return lines.every((line) => line.length <= width);
}
