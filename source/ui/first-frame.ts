import {paintLine} from '../format/paint.js';
import {createSearch} from '../search.js';
import type {AppProps} from './app.js';
import {frameLines, frameParts} from './frame.js';
import {createLayout, displayOf, minimumSize, type Size} from './layout.js';
import {initialState, type ViewState} from './navigation.js';

/** The frame the Ink view opens with, as terminal text, from the same description the view draws. */
export function firstFrame({sections, header, painter, initialTab, initialQuery}: Omit<AppProps, 'openUrl'>, size: Size): string {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return '';
	const layout = createLayout(sections, header, size, displayOf(painter));
	const state: ViewState = {
		...initialState(sections.length, initialTab),
		...(initialQuery !== undefined && {search: {query: initialQuery, chosen: 0}}),
	};
	const hits = initialQuery === undefined ? [] : createSearch(sections)(initialQuery);
	return frameLines(frameParts(layout, sections, state, undefined, hits))
		.map((line) => paintLine(line, painter))
		.join('\n');
}
