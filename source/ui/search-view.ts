import {styled, truncateLine} from '../format/text.js';
import type {Line, Section, Span} from '../model.js';
import type {SearchHit} from '../search.js';
import {windowLines} from './layout.js';

/** A match's label with the query's words in it marked, then, where the label does not show why, some context. */
function hitLine(hit: SearchHit, width: number): Line {
	const spans: Span[] = [];
	let at = 0;
	for (const {start, end} of hit.found) {
		if (start < at) continue;
		if (start > at) spans.push(styled(hit.label.slice(at, start)));
		spans.push(styled(hit.label.slice(start, end), 'match'));
		at = end;
	}
	if (at < hit.label.length) spans.push(styled(hit.label.slice(at)));
	if (hit.context) spans.push(styled(`  ${hit.context}`, 'muted'));
	return truncateLine(spans, width);
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
