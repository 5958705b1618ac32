import {padLine, spansText, styled, truncateLine} from '../format/text.js';
import {citable, type Line, type Section, type Span, shownEntries} from '../model.js';
import {matchesIn, queryWords, type SearchHit} from '../search.js';
import {type FooterContext, type Layout, noMark, scrollMarks, selectionMark, windowLines} from './layout.js';
import {type Position, settle, type ViewState} from './navigation.js';
import {markRanges, searchResults} from './search-view.js';

/** One row of a list tab's list: the entry it names, its label, and the scroll mark in its right gutter. */
export type ListRow = {entry: number; label: string; width: number; mark: string};

/** What a frame shows, top to bottom; a list tab's rows are apart, for ink-select-input to draw. */
export type FrameParts = {
	header: Line[];
	/** The tab bar (or the help's title) and the rule under it. */
	tabBar: Line[];
	list?: {rows: ListRow[]; selectedRow: number};
	body: Line[];
	footer: Line[];
	/** Columns left of every line, which centre the frame in a wide window. */
	indent: number;
};

const startPosition: Position = {selected: 0, top: 0, detailTop: 0};

/**
 * The frame `state` makes on `layout`, as lines: the one description that both the Ink view and the first paint
 * draw. `hits` are the matches of the open search field, if it is open.
 */
export function frameParts(
	layout: Layout,
	sections: readonly Section[],
	state: ViewState,
	notice: Span[] | undefined,
	hits: readonly SearchHit[] = [],
): FrameParts {
	return {...partsOf(layout, sections, state, notice, hits), indent: layout.indent};
}

function partsOf(
	layout: Layout,
	sections: readonly Section[],
	state: ViewState,
	notice: Span[] | undefined,
	hits: readonly SearchHit[],
): Omit<FrameParts, 'indent'> {
	const section = sections[state.tab] as Section;
	if (state.search) {
		const footer = layout.footer(notice, {mode: 'field', query: state.search.query});
		const body = searchResults(
			sections,
			state.search.query,
			hits,
			state.search.chosen,
			layout.bodyHeight(footer.length),
			layout.contentWidth,
		);
		return {header: layout.headerLines, tabBar: layout.tabBar('search'), body, footer};
	}
	const footerContext = (position: Position): FooterContext => footerContextOf(layout, section, state, position);
	const position = state.positions[state.tab] ?? startPosition;
	const footer = layout.footer(notice, footerContext(position));
	const bodyHeight = layout.bodyHeight(footer.length);
	if (state.help) {
		const help = layout.helpLines();
		return {
			header: layout.headerLines,
			tabBar: layout.helpTitle,
			body: windowLines(help, state.helpTop, bodyHeight, layout.contentWidth),
			footer,
		};
	}
	const top = {header: layout.headerLines, tabBar: layout.tabBar(state.tab)};
	// Where a search went, its words are marked in the lines in view, until a key moves on.
	const words = state.lastSearch && state.lastSearch.landed === state.positions[state.tab] ? queryWords(state.lastSearch.query) : [];
	const marked = (lines: readonly Line[], from: number, height: number): readonly Line[] =>
		words.length === 0
			? lines
			: lines.map((line, index) => (index >= from && index < from + height ? markRanges(line, matchesIn(spansText(line), words)) : line));
	if (section.layout === 'document') {
		const {lines, entryRanges} = layout.document(state.tab);
		const body = windowLines(
			marked(lines, position.top, bodyHeight),
			position.top,
			bodyHeight,
			layout.contentWidth,
			entryRanges[position.selected],
		);
		return {...top, body, footer};
	}
	const count = section.entries.length;
	if (count === 0) {
		return {
			...top,
			body: windowLines([[styled(`No ${section.title.toLowerCase()}.`, 'muted')]], 0, bodyHeight, layout.contentWidth),
			footer,
		};
	}
	const listHeight = layout.listHeight(state.tab, bodyHeight);
	const detailHeight = Math.max(1, bodyHeight - listHeight - 1);
	const marks = scrollMarks(position.top, listHeight, count);
	const rows = section.entries
		.slice(position.top, position.top + listHeight)
		.map((entry, row): ListRow => ({entry: position.top + row, label: entry.label, width: layout.contentWidth, mark: marks[row] ?? ' '}));
	const separator: Line = [styled(`  ── ${position.selected + 1} of ${count} `.padEnd(layout.width - 1, '─'), 'muted')];
	const detail = windowLines(
		marked(layout.detail(state.tab, position.selected), position.detailTop, detailHeight),
		position.detailTop,
		detailHeight,
		layout.contentWidth,
	);
	return {...top, list: {rows, selectedRow: position.selected - position.top}, body: [separator, ...detail], footer};
}

/** What the footer offers for the entry at `position`: moving, its link, See also, BibTeX, the last search. */
function footerContextOf(layout: Layout, section: Section, state: ViewState, position: Position): FooterContext {
	if (state.help) return {mode: 'help'};
	const entry = shownEntries(section)[position.selected];
	const geometry = layout.geometry(state.tab);
	// ↑↓ select where there is more than one entry to go to, and else scroll where there is more to see.
	const selects = geometry.kind === 'document' ? geometry.ranges.length > 1 : geometry.count > 1;
	const scrolls = geometry.kind === 'document' && geometry.total > geometry.height;
	return {
		mode: 'view',
		...((selects || scrolls) && {move: selects ? 'select' : 'scroll'}),
		...(entry?.primaryLink && {link: entry.primaryLink.label}),
		seeAlso: entry?.seeAlso !== undefined,
		bibtex: citable(entry),
		searched: state.lastSearch !== undefined,
	};
}

/**
 * Where the view stands as drawn: the position settled for the window's size and for the footer's height, which a
 * notice can make taller than the key press assumed (so settled twice); the help scrolled within bounds. The reducer
 * keeps its state so (viewer-state.ts), and the frame draws it as it is.
 */
export function shownView(layout: Layout, sections: readonly Section[], state: ViewState, notice: Span[] | undefined): ViewState {
	if (state.search) return state;
	const section = sections[state.tab] as Section;
	const current = state.positions[state.tab] ?? startPosition;
	const first = settle(current, layout.geometry(state.tab));
	const footer = layout.footer(notice, footerContextOf(layout, section, state, first));
	if (state.help) {
		const helpTop = Math.min(state.helpTop, Math.max(0, layout.helpLines().length - layout.bodyHeight(footer.length)));
		return helpTop === state.helpTop ? state : {...state, helpTop};
	}
	const position = settle(first, layout.geometry(state.tab, footer.length));
	if (position.selected === current.selected && position.top === current.top && position.detailTop === current.detailTop) return state;
	const moved = {...state, positions: state.positions.map((old, index) => (index === state.tab ? position : old))};
	// Where a search went stays marked: the position it landed on is the one shown.
	return state.lastSearch?.landed === current ? {...moved, lastSearch: {...state.lastSearch, landed: position}} : moved;
}

/** A list row as drawn after its selection mark: the label (strong when selected) fitted to the width, then the scroll mark. */
export function listRowLine(row: ListRow, selected: boolean): Line {
	const label = truncateLine([styled(row.label, selected ? 'strong' : undefined)], row.width);
	return [...padLine(label, row.width), {text: ` ${row.mark}`, style: 'muted'}];
}

export function listMark(selected: boolean): Span {
	return selected ? selectionMark : noMark;
}

/** All the lines of a frame, top to bottom, as the Ink view draws them. */
export function frameLines(parts: FrameParts): Line[] {
	const rows =
		parts.list?.rows.map((row, index) => {
			const selected = index === parts.list?.selectedRow;
			return [listMark(selected), ...listRowLine(row, selected)];
		}) ?? [];
	const lines = [...parts.header, ...parts.tabBar, ...rows, ...parts.body, ...parts.footer];
	return parts.indent > 0 ? lines.map((line) => [{text: ' '.repeat(parts.indent)}, ...line]) : lines;
}
