import {type Line, padLine, type Span, styled, truncateLine} from '../format/text.js';
import type {Section} from '../sections.js';
import {type Position, settle, type ViewState} from './navigation.js';
import {noMark, type Screen, scrollMarks, selectionMark, windowLines} from './screen.js';

/** What a frame shows, top to bottom; a list tab's rows are apart, for ink-select-input to draw. */
export type FrameParts = {
	top: Line[];
	/** `first`: the index of the entry in the first row. */
	list?: {rows: Line[]; first: number; selectedRow: number};
	body: Line[];
	footer: Line[];
};

/** The frame `state` makes on `screen`, as lines: the one description both the Ink view and the first paint draw. */
export function frameParts(screen: Screen, sections: readonly Section[], state: ViewState, notice: Span[] | undefined): FrameParts {
	const section = sections[state.tab] as Section;
	const hasLink = (position: Position) => !state.help && section.entries[position.selected]?.primaryLink !== undefined;
	// Settle twice: the footer (a notice) can be taller than the key press assumed, leaving a smaller body.
	const first = settle(state.positions[state.tab] ?? {selected: 0, top: 0, detailTop: 0}, screen.geometry(state.tab));
	const footer = screen.footer(notice, state.help ? 'help' : 'view', hasLink(first));
	const position = settle(first, screen.geometry(state.tab, footer.length));
	const bodyHeight = screen.bodyHeight(footer.length);
	const top = [...screen.headerLines, screen.tabBar(state.tab)];
	if (state.help) {
		const helpTop = Math.min(state.helpTop, Math.max(0, screen.helpLines.length - bodyHeight));
		return {top, body: windowLines(screen.helpLines, helpTop, bodyHeight, screen.contentWidth), footer};
	}
	if (section.layout === 'document') {
		const {lines, entryRanges} = screen.document(state.tab);
		return {top, body: windowLines(lines, position.top, bodyHeight, screen.contentWidth, entryRanges[position.selected]), footer};
	}
	const count = section.entries.length;
	if (count === 0) {
		return {top, body: windowLines([[styled(`No ${section.title.toLowerCase()}.`, 'muted')]], 0, bodyHeight, screen.contentWidth), footer};
	}
	const listHeight = screen.listHeight(state.tab, bodyHeight);
	const detailHeight = Math.max(1, bodyHeight - listHeight - 1);
	const marks = scrollMarks(position.top, listHeight, count);
	const rows = section.entries.slice(position.top, position.top + listHeight).map((entry, row): Line => {
		const label = truncateLine([styled(entry.label, position.top + row === position.selected ? 'strong' : undefined)], screen.contentWidth);
		return [...padLine(label, screen.contentWidth), {text: ` ${marks[row]}`, style: 'muted'}];
	});
	const separator: Line = [styled(`  ── ${position.selected + 1} of ${count} `.padEnd(screen.width - 1, '─'), 'muted')];
	const detail = windowLines(screen.detail(state.tab, position.selected), position.detailTop, detailHeight, screen.contentWidth);
	return {top, list: {rows, first: position.top, selectedRow: position.selected - position.top}, body: [separator, ...detail], footer};
}

/** All the lines of a frame, the list rows with their selection mark, as ink-select-input draws them. */
export function frameLines(parts: FrameParts): Line[] {
	const rows = parts.list?.rows.map((row, index) => [index === parts.list?.selectedRow ? selectionMark : noMark, ...row]) ?? [];
	return [...parts.top, ...rows, ...parts.body, ...parts.footer];
}
