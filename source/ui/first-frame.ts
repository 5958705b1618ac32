import {paintLine} from '../format/paint.js';
import type {AppProps} from './app.js';
import {frameLines, frameParts} from './frame.js';
import {createLayout, displayOf, minimumSize, type Size} from './layout.js';
import {initialState} from './navigation.js';

/** The frame the Ink view opens with, as terminal text, from the same description the view draws. */
export function firstFrame({sections, header, painter, initialTab}: Omit<AppProps, 'openUrl'>, size: Size): string {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return '';
	const layout = createLayout(sections, header, size, displayOf(painter));
	const parts = frameParts(layout, sections, initialState(sections.length, initialTab), undefined);
	return frameLines(parts)
		.map((line) => paintLine(line, painter))
		.join('\n');
}
