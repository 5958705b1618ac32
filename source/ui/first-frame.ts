// The first frame is painted from here before Ink loads, and Ink then draws the same frame over it. Measured in one
// pseudo-terminal run (12 alternations, medians, a busy machine): node's own start 99 ms; this painted frame 125 ms
// (1.26x); Ink ready 335 ms (3.38x); a minimal bundled Ink app of one <Text> 311 ms (3.13x). Painting first shows the
// CV about 2.5x sooner than any Ink app can, far beyond the 10% a piece of machinery must pay: keep it, and keep the
// two renderers one (test/first-frame.test.tsx compares this frame with Ink's, exactly, on every tab at three sizes).
import {paintLine} from '../format/paint.js';
import {createSearch} from '../search.js';
import type {AppProps} from './app.js';
import {frameLines, frameParts} from './frame.js';
import {createLayout, displayOf, minimumSize, type Size} from './layout.js';
import {initialState, type ViewState} from './navigation.js';

/** The frame the Ink view opens with, as terminal text, from the same description the view draws. */
export function firstFrame({sections, header, painter, initialTab, initialQuery}: Omit<AppProps, 'openUrl'>, size: Size): string {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return '';
	const layout = createLayout(sections, {...header, openingTab: initialTab ?? 0}, size, displayOf(painter));
	const state: ViewState = {
		...initialState(sections.length, initialTab),
		...(initialQuery !== undefined && {search: {query: initialQuery, chosen: 0}}),
	};
	const hits = initialQuery === undefined ? [] : createSearch(sections)(initialQuery);
	return frameLines(frameParts(layout, sections, state, undefined, hits))
		.map((line) => paintLine(line, painter))
		.join('\n');
}
