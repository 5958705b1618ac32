import {type Line, type Span, styled, truncateLine} from '../format/text.js';
import type {SearchHit} from '../search.js';
import type {Section} from '../sections.js';
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

/**
 * The body while the search field is open: how many entries match, then the matches grouped by section, the chosen
 * one marked and kept in view.
 */
export function searchResults(
	sections: readonly Section[],
	query: string,
	hits: readonly SearchHit[],
	chosen: number,
	height: number,
	contentWidth: number,
): Line[] {
	const count = hits.length === 1 ? '1 entry matches' : `${hits.length} entries match`;
	const summary =
		query.trim() === ''
			? styled('Type to search every section: titles, authors, venues, talks, places, links.', 'muted')
			: styled(hits.length === 0 ? `Nothing matches “${query}”.` : `${count} “${query}”`, 'muted');
	const lines: Line[] = [[summary]];
	let chosenLine = 0;
	let tab = -1;
	for (const [index, hit] of hits.entries()) {
		if (hit.tab !== tab) {
			tab = hit.tab;
			lines.push([], [styled(sections[tab]?.title ?? '', 'title')]);
		}
		if (index === chosen) chosenLine = lines.length;
		lines.push(hitLine(hit, contentWidth));
	}
	const top = Math.max(0, Math.min(chosenLine - Math.floor(height / 2), lines.length - height));
	return windowLines(lines, top, height, contentWidth, hits.length > 0 ? {start: chosenLine, end: chosenLine + 1} : undefined);
}
