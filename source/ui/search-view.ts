import {forEachCluster, styled, textWidth, truncateLine} from '../format/text.js';
import type {Line, Section, Span} from '../model.js';
import type {Range, SearchHit} from '../search.js';
import {windowLines} from './layout.js';

/** `line` with the text in `ranges` (of its text, in order) in the match style, whatever span it is in. */
export function markRanges(line: Line, ranges: readonly Range[]): Line {
	if (ranges.length === 0) return line;
	const marked: Span[] = [];
	let offset = 0;
	for (const span of line) {
		const end = offset + span.text.length;
		let at = offset;
		for (const range of ranges) {
			const from = Math.max(range.start, at);
			const to = Math.min(range.end, end);
			if (from >= to) continue;
			if (from > at) marked.push({...span, text: span.text.slice(at - offset, from - offset)});
			marked.push({...span, text: span.text.slice(from - offset, to - offset), style: 'match'});
			at = to;
		}
		if (at < end) marked.push(at === offset ? span : {...span, text: span.text.slice(at - offset)});
		offset = end;
	}
	return marked;
}

/** How many UTF-16 units of `text`, whole clusters, fit in `width` columns. */
function fittingLength(text: string, width: number): number {
	let length = 0;
	let used = 0;
	forEachCluster(text, (cluster, clusterWidth) => {
		if (used < 0 || used + clusterWidth > width) {
			used = -1;
			return;
		}
		used += clusterWidth;
		length += cluster.length;
	});
	return length;
}

/**
 * `room` columns of a hit's text around the match it shows: centred on it (further left where the text ends first),
 * cut between words where it can, with "…" where it is cut. That match is never cut while it fits in `room`.
 */
function snippet({text, found, shown: match}: NonNullable<SearchHit['context']>, room: number): Line {
	const matchWidth = textWidth(text.slice(match.start, match.end));
	const before = Math.max(Math.floor((room - matchWidth) / 2), room - textWidth(text.slice(match.start)));
	let from = 0;
	if (textWidth(text.slice(0, match.start)) > before) {
		const reversed = [...text.slice(0, match.start)].reverse().join('');
		from = match.start - fittingLength(reversed, Math.max(0, before - 1));
		const space = text.indexOf(' ', from);
		if (text[from - 1] !== ' ' && space !== -1 && space < match.start) from = space + 1;
	}
	const lead = from > 0 ? '…' : '';
	let to = text.length;
	if (textWidth(lead + text.slice(from)) > room) {
		to = from + fittingLength(text.slice(from), room - textWidth(lead) - 1);
		const space = text.lastIndexOf(' ', to);
		if (text[to] !== ' ' && space >= match.end) to = space;
	}
	const inView = found.filter((range) => range.start >= from).map((range) => ({start: range.start - from, end: range.end - from}));
	const line = markRanges([styled(text.slice(from, to), 'muted')], inView);
	return truncateLine([...(lead ? [styled(lead, 'muted')] : []), ...line, ...(to < text.length ? [styled('…', 'muted')] : [])], room);
}

/**
 * A match's label with the query's words in it marked, then, where the label does not show why, the words around
 * the match in its text, marked the same way: the label gives way so that the snippet has half the row.
 */
function hitLine(hit: SearchHit, width: number): Line {
	const label = markRanges([styled(hit.label)], hit.found);
	const {context} = hit;
	if (!context) return truncateLine(label, width);
	const matchWidth = textWidth(context.text.slice(context.shown.start, context.shown.end));
	const room = Math.min(width, Math.max(width - textWidth(hit.label) - 2, Math.ceil(width / 2), matchWidth + 2));
	const labelRoom = width - room - 2;
	const shownLabel = labelRoom > 1 ? [...truncateLine(label, labelRoom), styled('  ', 'muted')] : [];
	return [...shownLabel, ...snippet(context, labelRoom > 1 ? room : width)];
}

/** A line of the results: the summary, a blank line, a section's title, or a match. */
type Row = {kind: 'summary'} | {kind: 'blank'} | {kind: 'title'; tab: number} | {kind: 'hit'; index: number};

/**
 * The body while the search field is open: how many entries match, then the matches grouped by section, the chosen
 * one marked and kept in view. Only the rows in view are drawn: a search that finds thousands costs what it shows.
 */
export function searchResults(
	sections: readonly Section[],
	query: string,
	hits: readonly SearchHit[],
	chosen: number,
	height: number,
	contentWidth: number,
): Line[] {
	const rows: Row[] = [{kind: 'summary'}];
	let chosenLine = 0;
	let tab = -1;
	for (const [index, hit] of hits.entries()) {
		if (hit.tab !== tab) {
			tab = hit.tab;
			rows.push({kind: 'blank'}, {kind: 'title', tab});
		}
		if (index === chosen) chosenLine = rows.length;
		rows.push({kind: 'hit', index});
	}
	const count = hits.length === 1 ? '1 entry matches' : `${hits.length} entries match`;
	const summary =
		query.trim() === ''
			? styled('Type to search every section: titles, authors, venues, talks, places, links.', 'muted')
			: styled(hits.length === 0 ? `Nothing matches “${query}”.` : `${count} “${query}”`, 'muted');
	const draw = (row: Row): Line => {
		switch (row.kind) {
			case 'summary':
				return [summary];
			case 'blank':
				return [];
			case 'title':
				return [styled(sections[row.tab]?.title ?? '', 'title')];
			case 'hit':
				return hits[row.index] ? hitLine(hits[row.index] as SearchHit, contentWidth) : [];
			default:
				return row satisfies never;
		}
	};
	const top = Math.max(0, Math.min(chosenLine - Math.floor(height / 2), rows.length - height));
	const lines: Line[] = new Array(rows.length);
	for (let line = top; line < Math.min(rows.length, top + height); line++) lines[line] = draw(rows[line] as Row);
	return windowLines(lines, top, height, contentWidth, hits.length > 0 ? {start: chosenLine, end: chosenLine + 1} : undefined);
}
