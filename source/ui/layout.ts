import {type LayoutOptions, layoutBlocks, layoutEntry, layoutSection, type SectionLayout} from '../format/layout.js';
import {
	type Line,
	type LinkMode,
	padLine,
	type Span,
	spansWidth,
	styled,
	truncateLine,
	type WrapOptions,
	wrapSpans,
} from '../format/text.js';
import {keyHints, keyTable} from '../keys.js';
import type {Block, headerBlocks, Section} from '../sections.js';
import type {Geometry} from './navigation.js';

export type Size = {columns: number; rows: number};
export type Header = ReturnType<typeof headerBlocks>;

/** Below this the window is too small to show anything useful. */
export const minimumSize: Size = {columns: 20, rows: 6};

/** Where the view changes shape as the window gets smaller, in lines of the frame or of its body. */
export const thresholds = {
	/** From this frame height the header shows name, role and contacts... */
	fullHeader: 19,
	/** ...from this one, name and role on one line; below it, nothing (Research then starts with them). */
	compactHeader: 11,
	/** From this body height a list takes a third of the body, at least three rows... */
	thirdOfBodyList: 15,
	/** ...from this one two rows; below it, one. */
	twoRowList: 8,
} as const;

/** Gutters of document lines: the selection mark on the left, the scroll marks on the right. */
const gutterWidth = 2;
/** Marks the first line of the selected item (its other lines get a bar); `noMark` fills the gutter elsewhere. */
export const selectionMark: Span = {text: '› ', style: 'accent'};
export const noMark: Span = {text: '  '};

export type HeaderMode = 'full' | 'compact' | 'none';
export type FooterMode = 'view' | 'help';

/**
 * Everything the interactive view draws at one window size, as lines fitted to it: header, tab bar, the tabs'
 * bodies, help and footer. Frames are at most `rows - 1` lines tall, since Ink clears the screen when a frame fills it.
 */
export type Layout = {
	/** Columns of a frame line, and lines of a frame. */
	width: number;
	frameHeight: number;
	/** Columns between the gutters. */
	contentWidth: number;
	headerMode: HeaderMode;
	headerLines: Line[];
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
	tabBar: (active: number) => Line;
	footer: (notice: Span[] | undefined, mode: FooterMode, hasLink: boolean) => Line[];
};

export function createLayout(sections: readonly Section[], header: Header, size: Size, links: LinkMode): Layout {
	const width = Math.max(minimumSize.columns, size.columns);
	const frameHeight = Math.max(minimumSize.rows, size.rows) - 1;
	const contentWidth = width - 2 * gutterWidth;
	const options: LayoutOptions = {width: contentWidth, links, longUrls: 'break'};
	const headerMode: HeaderMode =
		frameHeight >= thresholds.fullHeader ? 'full' : frameHeight >= thresholds.compactHeader ? 'compact' : 'none';
	const headerLines = layoutHeader(header, headerMode, width, links);
	const bodyHeight = (footerHeight: number) => Math.max(1, frameHeight - headerLines.length - 1 - footerHeight);
	// A notice may take what the tab bar and the smallest body (a list row, its rule and a detail line) leave.
	const noticeRoom = Math.max(2, frameHeight - headerLines.length - 1 - 3);
	const listHeight = (count: number, body: number) =>
		Math.min(count, body >= thresholds.thirdOfBodyList ? Math.max(3, Math.floor(body / 3)) : body >= thresholds.twoRowList ? 2 : 1);
	const documents = new Map<number, SectionLayout>();
	const details = new Map<string, Line[]>();
	let helpLines: Line[] | undefined;

	const layout: Layout = {
		width,
		frameHeight,
		contentWidth,
		headerMode,
		headerLines,
		bodyHeight,
		document(tab) {
			let document = documents.get(tab);
			if (document === undefined) {
				const section = sections[tab] as Section;
				// Without the full header, Research starts with what the header leaves out.
				const withContacts = headerMode !== 'full' && section.id === 'research';
				const intro = withContacts ? [...contactIntro(header, headerMode === 'none'), ...section.intro] : section.intro;
				document = layoutSection({...section, intro}, options);
				documents.set(tab, document);
			}
			return document;
		},
		detail(tab, entry) {
			const key = `${tab}:${entry}`;
			let lines = details.get(key);
			if (lines === undefined) {
				const item = sections[tab]?.entries[entry];
				lines = item ? layoutEntry(item, options) : [];
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
			helpLines ??= layoutHelp(contentWidth, links);
			return helpLines;
		},
		tabBar: (active) => tabBar(sections, active, width),
		footer: (notice, mode, hasLink) => footerLines(notice, mode, hasLink, width, noticeRoom, links),
	};
	return layout;
}

/** The contact links, where the header has no room for them; the name and role too where there is no header at all. */
function contactIntro(header: Header, withName: boolean): Block[] {
	return [...(withName ? [header.title, header.role] : []), ...header.contactFields, {spans: []}];
}

function layoutHeader(header: Header, mode: HeaderMode, width: number, links: LinkMode): Line[] {
	if (mode === 'none') return [];
	const margin = {text: '  '};
	if (mode === 'compact') {
		return [truncateLine([margin, ...header.title.spans, styled(' · ', 'muted'), ...header.role.spans], width)];
	}
	const options: LayoutOptions = {width, links, longUrls: 'break'};
	return [...layoutBlocks([header.title, header.role, header.contacts], options, margin), []];
}

function tabBar(sections: readonly Section[], active: number, width: number): Line {
	const build = (full: boolean): Line => {
		const gap = full ? '  ' : ' ';
		return sections.flatMap((section, index): Span[] => [
			{text: index === 0 ? ' ' : gap},
			index === active
				? {text: `[${index + 1} ${section.title}]`, style: 'title'}
				: {text: full ? `${index + 1} ${section.title}` : `${index + 1}`},
		]);
	};
	const full = build(true);
	return spansWidth(full) <= width ? full : truncateLine(build(false), width);
}

/**
 * A notice, wrapped. Where it needs more lines than the frame can spare, the link it carries keeps lines of its own
 * whole (it is what the reader must copy), and the words before it give way, cut with "…".
 */
function noticeLines(notice: Span[], width: number, room: number, links: LinkMode): Line[] {
	const options: WrapOptions = {width: width - 2, links, longUrls: 'break', lead: [{text: '  '}]};
	const lines = wrapSpans(notice, options);
	if (lines.length <= room) return lines;
	const linkLines = wrapSpans(
		notice.filter((span) => span.url !== undefined),
		{width, links, longUrls: 'break'},
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

function footerLines(
	notice: Span[] | undefined,
	mode: FooterMode,
	hasLink: boolean,
	width: number,
	noticeRoom: number,
	links: LinkMode,
): Line[] {
	if (notice !== undefined) return noticeLines(notice, width, noticeRoom, links);
	const hints: Span[] = [{text: ' '}];
	for (const hint of keyHints(mode)) {
		if (hint.action === 'open' && !hasLink) continue;
		const piece: Span[] = [
			{text: ` ${hint.keys}`, style: 'strong'},
			{text: ` ${hint.text} `, style: 'muted'},
		];
		if (spansWidth(hints) + spansWidth(piece) > width) break;
		hints.push(...piece);
	}
	return [hints];
}

function layoutHelp(width: number, links: LinkMode): Line[] {
	const table = keyTable();
	const keysWidth = Math.min(Math.max(...table.map((row) => row.keys.length)) + 2, Math.floor(width / 2));
	const blocks: Block[] = table.map((row) => ({
		lead: [styled(`${row.keys} `.padEnd(keysWidth), 'strong')],
		spans: [styled(row.description)],
	}));
	return layoutBlocks(
		[{spans: [styled('Keys', 'title')]}, {spans: []}, ...blocks, {spans: []}, {spans: [styled('Esc or ? closes this help.', 'muted')]}],
		{
			width,
			links,
			longUrls: 'break',
		},
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
		const left: Span = inSelection ? (index === selected.start ? selectionMark : {text: '│ ', style: 'accent'}) : noMark;
		return [left, ...padLine(line, contentWidth), {text: ` ${marks[row]}`, style: 'muted'}];
	});
}
