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

/** A whole section as text lines, entries in full: the plain output and the interactive document tabs both use it. */
export function layoutSection(section: Section, options: LayoutOptions): SectionLayout {
	const lines: Line[] = layoutBlocks(section.intro, options);
	const entryRanges: SectionLayout['entryRanges'] = [];
	if (lines.length > 0 && section.entries.length > 0) lines.push([]);
	for (const [index, entry] of section.entries.entries()) {
		if (index > 0) for (let gap = 0; gap < section.gap; gap++) lines.push([]);
		const start = lines.length;
		lines.push(...layoutEntry(entry, options));
		entryRanges.push({start, end: lines.length});
	}
	if (section.outro.length > 0) {
		if (lines.length > 0) lines.push([]);
		lines.push(...layoutBlocks(section.outro, options));
	}
	return {lines, entryRanges};
}
