import {type LayoutOptions, layoutBlocks, layoutEntry, layoutSection, type SectionLayout} from '../format/layout.js';
import {type Line, type LinkMode, padLine, type Span, spansWidth, styled, truncateLine, wrapSpans} from '../format/text.js';
import {keyHints, keyTable} from '../keys.js';
import type {Block, headerBlocks, Section} from '../sections.js';
import type {Geometry} from './navigation.js';

export type Size = {columns: number; rows: number};
export type Header = ReturnType<typeof headerBlocks>;

/** Below this the window is too small to show anything useful. */
export const minimumSize: Size = {columns: 20, rows: 6};
/** Gutters of document lines: the selection mark on the left, the scroll marks on the right. */
const gutterWidth = 2;
/** Marks the first line of the selected item (its other lines get a bar); `noMark` fills the gutter elsewhere. */
export const selectionMark: Span = {text: '› ', style: 'accent'};
export const noMark: Span = {text: '  '};

/**
 * Everything the interactive view draws at one window size, as plain lines: header, tab bar, the tabs' bodies and
 * footer. Frames are at most `rows - 1` lines tall, since Ink clears the screen when a frame fills it.
 */
export function createScreen(sections: readonly Section[], header: Header, size: Size, links: LinkMode) {
	const width = Math.max(minimumSize.columns, size.columns);
	const frameHeight = Math.max(minimumSize.rows, size.rows) - 1;
	const contentWidth = width - 2 * gutterWidth;
	const options: LayoutOptions = {
		width: contentWidth,
		links,
		longUrls: 'break',
	};
	const headerMode = frameHeight >= 19 ? 'full' : frameHeight >= 11 ? 'compact' : 'none';
	const headerLines = layoutHeader(header, headerMode, width, links);
	const bodyHeight = (footerHeight: number) => Math.max(1, frameHeight - headerLines.length - 1 - footerHeight);
	const listHeight = (count: number, body: number) => Math.min(count, body >= 15 ? Math.max(3, Math.floor(body / 3)) : body >= 8 ? 2 : 1);
	const documents = new Map<number, SectionLayout>();
	const details = new Map<string, Line[]>();

	const screen = {
		width,
		frameHeight,
		contentWidth,
		headerLines,
		bodyHeight,
		/** A document tab's lines; without the full header, Research starts with what the header leaves out. */
		document(tab: number): SectionLayout {
			let layout = documents.get(tab);
			if (layout === undefined) {
				const section = sections[tab] as Section;
				const withContacts = headerMode !== 'full' && section.id === 'research';
				const intro = withContacts ? [...contactIntro(header, headerMode === 'none'), ...section.intro] : section.intro;
				layout = layoutSection({...section, intro}, options);
				documents.set(tab, layout);
			}
			return layout;
		},
		detail(tab: number, entry: number): Line[] {
			const key = `${tab}:${entry}`;
			let lines = details.get(key);
			if (lines === undefined) {
				const item = sections[tab]?.entries[entry];
				lines = item ? layoutEntry(item, options) : [];
				details.set(key, lines);
			}
			return lines;
		},
		listHeight: (tab: number, body: number) => listHeight(sections[tab]?.entries.length ?? 0, body),
		geometry(tab: number, footerHeight = 1): Geometry {
			const section = sections[tab] as Section;
			const body = bodyHeight(footerHeight);
			if (section.layout === 'list') {
				const rows = listHeight(section.entries.length, body);
				return {
					kind: 'list',
					count: section.entries.length,
					listHeight: Math.max(1, rows),
					detailHeight: Math.max(1, body - rows - 1),
					detailTotal: (entry) => screen.detail(tab, entry).length,
				};
			}
			const {lines, entryRanges} = screen.document(tab);
			return {
				kind: 'document',
				height: body,
				total: lines.length,
				ranges: entryRanges,
			};
		},
		helpLines: layoutHelp(contentWidth, links),
		tabBar: (active: number) => tabBar(sections, active, width),
		footer: (notice: Span[] | undefined, mode: 'view' | 'help', hasLink: boolean) => footerLines(notice, mode, hasLink, width, links),
	};
	return screen;
}

export type Screen = ReturnType<typeof createScreen>;

/** The contact links, where the header has no room for them; the name and role too where there is no header at all. */
function contactIntro(header: Header, withName: boolean): Block[] {
	return [...(withName ? [header.title, header.role] : []), ...header.contactFields, {spans: []}];
}

function layoutHeader(header: Header, mode: 'full' | 'compact' | 'none', width: number, links: LinkMode): Line[] {
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

function footerLines(notice: Span[] | undefined, mode: 'view' | 'help', hasLink: boolean, width: number, links: LinkMode): Line[] {
	if (notice !== undefined) {
		return wrapSpans(notice, {
			width: width - 2,
			links,
			longUrls: 'break',
			lead: [{text: '  '}],
		}).slice(0, 3);
	}
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
