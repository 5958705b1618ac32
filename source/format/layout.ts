import type {Block, Entry, Section} from '../sections.js';
import {type Line, type Span, type WrapOptions, wrapSpans} from './text.js';

export type LayoutOptions = Pick<WrapOptions, 'width' | 'links' | 'longUrls'>;

/** Lines of an entry's heading and blocks, and which lines belong to which entry. */
export type SectionLayout = {
	lines: Line[];
	entryRanges: {start: number; end: number}[];
};

const blockIndent: Span = {text: '  '};

function layoutBlock(block: Block, options: LayoutOptions, indent?: Span): Line[] {
	const lead = [...(indent ? [indent] : []), ...(block.lead ?? [])];
	return block.spans.length === 0 && lead.length === 0 ? [[]] : wrapSpans(block.spans, {...options, lead});
}

export function layoutBlocks(blocks: readonly Block[], options: LayoutOptions, indent?: Span): Line[] {
	return blocks.flatMap((block) => layoutBlock(block, options, indent));
}

export function layoutEntry(entry: Entry, options: LayoutOptions): Line[] {
	return [...layoutBlock(entry.heading, options), ...layoutBlocks(entry.blocks, options, blockIndent)];
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
	for (const line of layoutBlocks(section.intro, options)) send(line);
	if (emitted > 0 && section.entries.length > 0) send([]);
	for (const [index, entry] of section.entries.entries()) {
		if (index > 0) for (let gap = 0; gap < section.gap; gap++) send([]);
		for (const line of layoutEntry(entry, options)) send(line, index);
	}
	if (section.outro.length > 0) {
		if (emitted > 0) send([]);
		for (const line of layoutBlocks(section.outro, options)) send(line);
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
