import type {Block, Entry, Line, Section, Span} from '../model.js';
import {type WrapOptions, wrapSpans} from './text.js';

export type LayoutOptions = Pick<WrapOptions, 'width' | 'links' | 'longUrls'>;

/** Lines of an entry's heading and blocks, and which lines belong to which entry. */
export type SectionLayout = {
	lines: Line[];
	entryRanges: {start: number; end: number}[];
};

const blockIndent: Span = {text: '  '};
const noLead: Span[] = [];

/** Hands each line of a block to `emit`: its spans wrapped after the block's lead, under an `indent` where given. */
function forEachBlockLine(block: Block, options: LayoutOptions, emit: (line: Line) => void, indent?: Span): void {
	const lead = indent ? (block.lead ? [indent, ...block.lead] : [indent]) : (block.lead ?? noLead);
	if (block.spans.length === 0 && lead.length === 0) {
		emit([]);
		return;
	}
	if (block.hanging && lead.length === 0) {
		// Wrapped under a lead of spaces, whose first line is then given back its columns.
		const pad = ' '.repeat(block.hanging);
		const lines = wrapSpans(block.spans, {...options, lead: [{text: pad}]});
		for (const [index, line] of lines.entries()) emit(index === 0 ? withoutLeadingColumns(line, pad.length) : line);
		return;
	}
	for (const line of wrapSpans(block.spans, {...options, lead})) emit(line);
}

/** A line without its first `count` columns, which are spaces. */
function withoutLeadingColumns(line: Line, count: number): Line {
	const [first, ...rest] = line;
	if (first === undefined) return line;
	const text = first.text.slice(count);
	return text === '' ? rest : [{...first, text}, ...rest];
}

export function layoutBlocks(blocks: readonly Block[], options: LayoutOptions, indent?: Span): Line[] {
	const lines: Line[] = [];
	for (const block of blocks) forEachBlockLine(block, options, (line) => lines.push(line), indent);
	return lines;
}

/** Hands each line of an entry to `emit`: its heading, then its blocks, indented under it. */
function forEachEntryLine(entry: Entry, options: LayoutOptions, emit: (line: Line) => void): void {
	forEachBlockLine(entry.heading, options, emit);
	for (const block of entry.blocks) forEachBlockLine(block, options, emit, blockIndent);
}

export function layoutEntry(entry: Entry, options: LayoutOptions): Line[] {
	const lines: Line[] = [];
	forEachEntryLine(entry, options, (line) => lines.push(line));
	return lines;
}

/**
 * Lays out a whole section, entries in full, handing each line to `emit` as it is made (with the index of the entry
 * it belongs to), so that a section of any size is never held, or spread, all at once.
 */
export function forEachSectionLine(section: Section, options: LayoutOptions, emit: (line: Line, entry?: number) => void): void {
	let emitted = 0;
	const send = (line: Line, entry?: number) => {
		emitted += 1;
		emit(line, entry);
	};
	for (const block of section.intro) forEachBlockLine(block, options, (line) => send(line));
	if (emitted > 0 && section.entries.length > 0) send([]);
	for (const [index, entry] of section.entries.entries()) {
		if (index > 0) for (let gap = 0; gap < section.gap; gap++) send([]);
		forEachEntryLine(entry, options, (line) => send(line, index));
	}
	if (section.outro.length > 0) {
		if (emitted > 0) send([]);
		for (const block of section.outro) forEachBlockLine(block, options, (line) => send(line));
	}
}

/** A whole section as text lines, entries in full, and where each entry lies: the interactive document tabs use it. */
export function layoutSection(section: Section, options: LayoutOptions): SectionLayout {
	const lines: Line[] = [];
	const entryRanges: SectionLayout['entryRanges'] = [];
	forEachSectionLine(section, options, (line, entry) => {
		if (entry !== undefined) {
			const range = entryRanges[entry];
			if (range === undefined) entryRanges[entry] = {start: lines.length, end: lines.length + 1};
			else range.end = lines.length + 1;
		}
		lines.push(line);
	});
	return {lines, entryRanges};
}
