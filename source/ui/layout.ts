import {type LayoutOptions, layoutBlocks, layoutEntry, layoutSection, type SectionLayout} from '../format/layout.js';
import type {Painter} from '../format/paint.js';
import {
	type LinkMode,
	linkAsText,
	padLine,
	spansWidth,
	styled,
	textWidth,
	truncateLine,
	type WrapOptions,
	wrapSpans,
} from '../format/text.js';
import {keyHints, keyNames, keyTable} from '../keys.js';
import {
	type Block,
	citable,
	type Header,
	type Line,
	type Section,
	type Span,
	sectionTitles,
	shortSectionTitles,
	shownEntries,
} from '../model.js';
import {foldHeader} from './header-layout.js';
import type {Geometry} from './navigation.js';

export type Size = {columns: number; rows: number};
export type {Header};

/** The widest the view gets: lines of text past about 100 columns are hard to read; a wider window centres it. */
const widestView = 100;

/** Below this the window is too small to show anything useful. */
export const minimumSize: Size = {columns: 20, rows: 6};

/** What a window too small for the view shows: the longest of these that fits in its width, each naming the size. */
export function tooSmallMessage(columns: number): string {
	const size = `${minimumSize.columns}x${minimumSize.rows}`;
	const messages = [
		`Window too small: enlarge it to at least ${size}, or press q.`,
		`Window too small: at least ${size}`,
		`Too small: ${size}`,
	];
	return messages.find((message) => message.length <= columns) ?? size;
}

/** Where the view changes shape as the window gets smaller, in lines of the frame or of its body. */
export const thresholds = {
	/** From this frame height a rule sets the tabs apart from what they show. */
	tabRule: 15,
	/** From this frame height the name is drawn in big letters; below it they would take the room of the papers. */
	bigLetters: 25,
	/** From this body height a list takes a third of the body, at least three rows... */
	thirdOfBodyList: 12,
	/** ...from this one two rows; below it, one. */
	twoRowList: 8,
} as const;

/**
 * The lines a tab's body keeps for itself before the header takes any: 60% of the frame, and at least five, room
 * for a list row, its rule, a line of detail and a notice of two lines.
 */
const bodyShare = (frameHeight: number) => Math.max(5, Math.floor(frameHeight * 0.6));

/** Gutters of document lines: the selection mark on the left, the scroll marks on the right. */
const gutterWidth = 2;
const margin: Span = {text: '  '};
/** Marks the first line of the selected item (its other lines get a bar); `noMark` fills the gutter elsewhere. */
export const selectionMark: Span = {text: '› ', style: 'mark'};
const selectionBar: Span = {text: '│ ', style: 'mark'};
export const noMark: Span = {text: '  '};

export type FooterMode = 'view' | 'help' | 'field';
/**
 * What the keys of the footer do for what is in view: what ↑↓ do, what `o` opens and `y` copies, whether `s`, `b`
 * and `n` do anything; in the search field, what is typed.
 */
export type FooterContext = {
	mode: FooterMode;
	move?: 'select' | 'scroll';
	link?: string;
	seeAlso?: boolean;
	bibtex?: boolean;
	searched?: boolean;
	query?: string;
};

/**
 * Everything the interactive view draws at one window size, as lines fitted to it: header, tab bar, the tabs'
 * bodies, help and footer. Frames are at most `rows - 1` lines tall, since Ink clears the screen when a frame fills it.
 */
export type Layout = {
	/** Columns of a frame line, and lines of a frame. */
	width: number;
	/** Columns left of the frame, which centre it in a window wider than `widestView`. */
	indent: number;
	frameHeight: number;
	/** Columns between the gutters. */
	contentWidth: number;
	headerLines: Line[];
	/** The tab bar, and the rule under it where there is room; while the search field is open, its results are the tab shown. */
	tabBar: (active: number | 'search') => Line[];
	/** The title that takes the tab bar's place while the help is shown. */
	helpTitle: Line[];
	/** Lines left for a tab's body under a footer of `footerHeight` lines. */
	bodyHeight: (footerHeight: number) => number;
	/** A document tab's lines and where each entry lies in them. */
	document: (tab: number) => SectionLayout;
	/** A list tab's entry in full, as its detail. */
	detail: (tab: number, entry: number) => Line[];
	/** Rows of a list tab's list in a body of `bodyHeight` lines. */
	listHeight: (tab: number, bodyHeight: number) => number;
	geometry: (tab: number, footerHeight?: number) => Geometry;
	helpLines: () => Line[];
	footer: (notice: Span[] | undefined, context: FooterContext) => Line[];
};

/** How the terminal shows what the layout makes: links as hyperlinks or as text; everything in ASCII or not. */
export type Display = {links: LinkMode; ascii: boolean};

export function displayOf(painter: Painter): Display {
	return {links: painter.link ? 'hyperlink' : 'text', ascii: painter.ascii === true};
}

export function createLayout(sections: readonly Section[], header: Header, size: Size, {links, ascii}: Display): Layout {
	const columns = Math.max(minimumSize.columns, size.columns);
	const width = Math.min(widestView, columns);
	const frameHeight = Math.max(minimumSize.rows, size.rows) - 1;
	const contentWidth = width - 2 * gutterWidth;
	const options: LayoutOptions = {width: contentWidth, links, longUrls: 'break'};
	const tabRule = frameHeight >= thresholds.tabRule;
	const headerRoom = frameHeight - 1 - (tabRule ? 1 : 0) - 1 - bodyShare(frameHeight);
	const folded = foldHeader(header, width, links, headerRoom, !ascii && frameHeight >= thresholds.bigLetters);
	const headerLines = folded.lines;
	const bodyHeight = (footerHeight: number) => Math.max(1, frameHeight - headerLines.length - 1 - (tabRule ? 1 : 0) - footerHeight);
	// A notice takes at most three lines, fewer where the tab bar and the smallest body (a list row, its rule and a
	// detail line) leave fewer, and never fewer than two: the view stays in sight under it.
	const noticeRoom = Math.min(3, Math.max(2, frameHeight - headerLines.length - 1 - 3));
	const listHeight = (count: number, body: number) =>
		Math.min(count, body >= thresholds.thirdOfBodyList ? Math.max(3, Math.floor(body / 3)) : body >= thresholds.twoRowList ? 2 : 1);
	const rule: Line[] = tabRule ? [[styled('─'.repeat(width), 'muted')]] : [];
	const documents = new Map<number, SectionLayout>();
	const details = new Map<string, Line[]>();
	let helpLines: Line[] | undefined;
	const openingTab = header.openingTab ?? 0;

	const layout: Layout = {
		width,
		indent: Math.floor((columns - width) / 2),
		frameHeight,
		contentWidth,
		headerLines,
		tabBar: (active) => [tabBar(sections, active, width), ...rule],
		helpTitle: [[{text: ' '}, styled(' ? Keys ', 'active'), styled('  every key of the viewer', 'muted')], ...rule],
		bodyHeight,
		document(tab) {
			let document = documents.get(tab);
			if (document === undefined) {
				const section = sections[tab] as Section;
				// The tab the viewer opens on starts with what the header had no room for; the first document tab (Research,
				// where the CV has one) ends with the date the CV was updated, which on the role line would read as "stale".
				const research = tab === sections.findIndex((candidate) => candidate.layout === 'document');
				const opening = tab === openingTab ? [...notesNotice(header), ...folded.leftOut] : [];
				const intro = [...opening, ...section.intro];
				const outro = [...(section.overview?.after ?? []), ...section.outro, ...(research && header.updated ? [header.updated] : [])];
				document = layoutSection({...section, intro, entries: shownEntries(section), outro}, options);
				documents.set(tab, document);
			}
			return document;
		},
		detail(tab, entry) {
			const key = `${tab}:${entry}`;
			let lines = details.get(key);
			if (lines === undefined) {
				const item = sections[tab]?.entries[entry];
				// A list tab the viewer opens on shows the notice and what the header had no room for above its first entry.
				const notice = tab === openingTab && entry === 0 ? layoutBlocks([...notesNotice(header), ...folded.leftOut], options) : [];
				lines = item ? [...notice, ...layoutEntry(item, options)] : [];
				details.set(key, lines);
			}
			return lines;
		},
		listHeight: (tab, body) => listHeight(sections[tab]?.entries.length ?? 0, body),
		geometry(tab, footerHeight = 1) {
			const section = sections[tab] as Section;
			const body = bodyHeight(footerHeight);
			if (section.layout === 'list') {
				const rows = listHeight(section.entries.length, body);
				return {
					kind: 'list',
					count: section.entries.length,
					listHeight: Math.max(1, rows),
					detailHeight: Math.max(1, body - rows - 1),
					detailTotal: (entry) => layout.detail(tab, entry).length,
				};
			}
			const {lines, entryRanges} = layout.document(tab);
			return {kind: 'document', height: body, total: lines.length, ranges: entryRanges};
		},
		// Laid out when first shown: most readers never open it.
		helpLines: () => {
			helpLines ??= layoutHelp(
				contentWidth,
				links,
				header,
				sections.length,
				sections.some((tab) => shownEntries(tab).some(citable)),
				ascii,
			);
			return helpLines;
		},
		footer: (notice, context) => {
			if (notice) return noticeLines(notice, width, noticeRoom, links);
			if (context.mode === 'field') return [searchField(context, width, ascii)];
			return [[{text: ' '}, ...hintSpans(context, width - 1, ascii)]];
		},
	};
	return layout;
}

/** A tab's name where the bar is short of room: the short name of a title the CV did not choose itself. */
function shortTitle(section: Section): string {
	return section.title === sectionTitles[section.id] ? (shortSectionTitles[section.id] ?? section.title) : section.title;
}

/**
 * The tab bar: every tab at its own place, the active one in reverse video, the others dimmed; while searching, the
 * search after them is the active one. Where the titles do not fit it gives up, in this order: the titles for short
 * names ("Papers"), the names of the last tabs but the active one, the room between the numbers, and at last every
 * name, the numbers alone in place with the active tab's title after them.
 */
function tabBar(sections: readonly Section[], active: number | 'search', width: number): Line {
	const search = active === 'search' ? [{text: ' '}, styled(' / Search ', 'active')] : [];
	const bar = (named: (index: number) => boolean, name: (section: Section) => string, gap = ' '): Line => [
		{text: ' '},
		...sections.flatMap((section, index) => [
			...(index > 0 && gap ? [{text: gap}] : []),
			styled(named(index) ? ` ${index + 1} ${name(section)} ` : ` ${index + 1} `, index === active ? 'active' : 'muted'),
		]),
		...search,
	];
	const all = () => true;
	const bars = [
		() => bar(all, (section) => section.title),
		() => bar(all, shortTitle),
		...sections.map((_, dropped) => () => bar((index) => index < sections.length - 1 - dropped || index === active, shortTitle)),
		() => bar((index) => index === active, shortTitle, ''),
	];
	for (const make of bars) {
		const made = make();
		if (spansWidth(made) <= width) return made;
	}
	// Too narrow for any name: numbers only, still in place, and the active tab's name after them.
	const numbers: Line = sections.map((_, index) => styled(` ${index + 1} `, index === active ? 'active' : 'muted'));
	const name = active === 'search' ? search : [styled(` ${sections[active]?.title ?? ''}`, 'title')];
	return truncateLine([{text: ' '}, ...numbers, ...name], width);
}

/**
 * The footer's key hints: those of highest rank that fit in `room` columns, in table order. A hint for a key that
 * would do nothing here (↑↓ with nothing to move, `o` with nothing to open) is left out.
 */
function hintSpans(context: FooterContext, room: number, ascii: boolean): Span[] {
	const hints = keyHints(context.mode).flatMap((hint) => {
		if (hint.text.includes('{move}') && context.move === undefined) return [];
		if ((hint.text.includes('{link}') || hint.text.includes('{copy}')) && context.link === undefined) return [];
		if (hint.action === 'seeAlso' && !context.seeAlso) return [];
		if (hint.action === 'copyBibtex' && !context.bibtex) return [];
		if (hint.action === 'nextMatch' && !context.searched) return [];
		const text = hint.text
			.replace('{move}', context.move ?? '')
			.replace('{link}', context.link ?? '')
			// A link named by its address is said once, by o: y copies "link".
			.replace('{copy}', /[./]/.test(context.link ?? '') ? 'link' : (context.link ?? ''));
		return [{...hint, piece: [styled(` ${ascii ? keyNames(hint.keys) : hint.keys}`, 'strong'), styled(` ${text} `, 'muted')]}];
	});
	const kept = new Set<(typeof hints)[number]>();
	let used = 0;
	for (const hint of [...hints].sort((a, b) => b.rank - a.rank)) {
		const pieceWidth = spansWidth(hint.piece);
		if (used + pieceWidth > room) continue;
		kept.add(hint);
		used += pieceWidth;
	}
	return hints.filter((hint) => kept.has(hint)).flatMap((hint) => hint.piece);
}

/**
 * The search field, in the footer's place: a slash, what is typed and a cursor, then what its keys do. Where the
 * query is longer than the line, its end shows, as in any text field.
 */
function searchField(context: FooterContext, width: number, ascii: boolean): Line {
	const query = context.query ?? '';
	const cursor = styled(' ', 'active');
	const room = width - 6;
	const shown = spansWidth([styled(query)]) <= room ? query : `…${[...query].slice(-(room - 1)).join('')}`;
	const field: Line = [{text: '  / '}, styled(shown), cursor];
	return [...field, ...hintSpans(context, width - spansWidth(field) - 1, ascii)];
}

/**
 * A notice, wrapped. Where it needs more than its `room`, the link it carries keeps lines of its own whole (it may
 * be what the reader must copy) and the words before it give way, cut with "…"; a link longer than the room is
 * shortened in the middle to one line, under the words. It still leads to the whole URL where the terminal shows
 * hyperlinks.
 */
function noticeLines(notice: Span[], width: number, room: number, links: LinkMode): Line[] {
	const options: WrapOptions = {width: width - 2, links, longUrls: 'break', lead: [margin]};
	const lines = wrapSpans(notice, options);
	if (lines.length <= room) return lines;
	const link = notice.filter((span) => span.url !== undefined);
	const linkOptions: WrapOptions = {width, links, longUrls: 'break'};
	const wholeLink = wrapSpans(link, linkOptions);
	const linkLines =
		wholeLink.length <= room
			? wholeLink
			: wrapSpans(
					link.map((span) => shortenedLink(span, width, links)),
					linkOptions,
				);
	const wordLines = wrapSpans(
		notice.filter((span) => span.url === undefined),
		options,
	);
	const kept = wordLines.slice(0, Math.max(0, room - linkLines.length));
	const last = kept.at(-1);
	if (last !== undefined && kept.length < wordLines.length) kept[kept.length - 1] = truncateLine([...last, {text: ' …'}], spansWidth(last));
	return [...kept, ...linkLines];
}

/** A link span that shows at most `columns` columns, cut in the middle; as text, the shortened text is all it shows. */
function shortenedLink(span: Span, columns: number, links: LinkMode): Span {
	const shown = links === 'hyperlink' || span.url === undefined ? span.text : linkAsText(span.text, span.url).url;
	if (textWidth(shown) <= columns) return span;
	return {text: shortenedInMiddle(shown, columns), ...(span.style && {style: span.style}), ...(links === 'hyperlink' && {url: span.url})};
}

/** `text` in at most `columns` columns: its start, "…" and its end. */
function shortenedInMiddle(text: string, columns: number): string {
	const characters = Array.from(text);
	const take = (from: Iterable<string>, room: number) => {
		const taken: string[] = [];
		for (const character of from) {
			room -= textWidth(character);
			if (room < 0) break;
			taken.push(character);
		}
		return taken;
	};
	const head = take(characters, Math.ceil((columns - 1) / 2));
	const tail = take(characters.slice(-columns).reverse(), Math.floor((columns - 1) / 2)).reverse();
	return `${head.join('')}…${tail.join('')}`;
}

/** Where loading the file left notes, a line that says so at the top of the tab the viewer opens on. */
function notesNotice({adjustedOnLoad}: Header): Block[] {
	if (!adjustedOnLoad) return [];
	return [
		{spans: [styled('Loading this file adjusted or left out some of it: ? lists what, and how to fix each.', 'strong')]},
		{spans: []},
	];
}

function layoutHelp(width: number, links: LinkMode, {updated, notes = []}: Header, tabs: number, papers: boolean, ascii: boolean): Line[] {
	const table = keyTable({tabs, papers, ascii});
	const keysWidth = Math.min(Math.max(...table.map((row) => row.keys.length)) + 2, Math.floor(width / 2));
	const rows = (inField: boolean): Block[] =>
		table
			.filter((row) => row.inField === inField)
			.map((row) => ({lead: [styled(`${row.keys} `.padEnd(keysWidth), 'strong')], spans: [styled(row.description)]}));
	return layoutBlocks(
		[
			...(notes.length > 0 ? [{spans: [styled('Notes on loading this file', 'title')]}, ...notes, {spans: []}] : []),
			...rows(false),
			{spans: []},
			{spans: [styled('In the search field (/)', 'title')]},
			...rows(true),
			{spans: []},
			{spans: [styled('Esc or ? closes this help.', 'muted')]},
			...(updated ? [updated] : []),
		],
		{width, links, longUrls: 'break'},
	);
}

/** Marks for the right gutter of a window onto `total` lines: ▲/▼ where more lies above/below, a thumb for where the view is. */
export function scrollMarks(top: number, height: number, total: number): string[] {
	if (total <= height) return Array.from({length: height}, () => ' ');
	const thumbSize = Math.max(1, Math.round((height * height) / total));
	const thumbStart = Math.min(height - thumbSize, Math.round((top / Math.max(1, total - height)) * (height - thumbSize)));
	return Array.from({length: height}, (_, row) => {
		if (row === 0 && top > 0) return '▲';
		if (row === height - 1 && top + height < total) return '▼';
		return row >= thumbStart && row < thumbStart + thumbSize ? '┃' : '│';
	});
}

/** `height` lines of a window onto `lines` from `top`, with both gutters; the `selected` lines are marked on the left. */
export function windowLines(
	lines: readonly Line[],
	top: number,
	height: number,
	contentWidth: number,
	selected?: {start: number; end: number},
): Line[] {
	const marks = scrollMarks(top, height, lines.length);
	return Array.from({length: height}, (_, row) => {
		const index = top + row;
		const line = lines[index] ?? [];
		const inSelection = selected !== undefined && index >= selected.start && index < selected.end;
		const left: Span = inSelection ? (index === selected.start ? selectionMark : selectionBar) : noMark;
		return [left, ...padLine(line, contentWidth), {text: ` ${marks[row]}`, style: 'muted'}];
	});
}
