import {paintLine} from '../format/paint.js';
import type {AppProps} from './app.js';
import {frameLines, frameParts} from './frame.js';
import {initialState} from './navigation.js';
import {createScreen, minimumSize, type Size} from './screen.js';

/** The frame the Ink view opens with, as terminal text, from the same description the view draws. */
export function firstFrame({sections, header, painter, initialTab}: Omit<AppProps, 'openUrl'>, size: Size): string {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return '';
	const screen = createScreen(sections, header, size, painter.link ? 'hyperlink' : 'text');
	const parts = frameParts(screen, sections, initialState(sections.length, initialTab), undefined);
	return frameLines(parts)
		.map((line) => paintLine(line, painter))
		.join('\n');
}
