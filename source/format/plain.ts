import type {Cv} from '../cv/schema.js';
import {buildSections, headerBlocks, type Section} from '../sections.js';
import {forEachSectionLine, layoutBlocks} from './layout.js';
import {type Painter, paintLine} from './paint.js';
import {type Line, styled} from './text.js';

/** `sections`: only these, without the name and contacts at the top; all of them by default. */
export type PlainOptions = {
	width: number;
	painter: Painter;
	sections?: readonly Section[];
};

/** The CV as plain text: no borders, every URL in full and never split, no line wider than `width` unless a URL is. */
export function renderPlain(cv: Cv, {width, painter, sections}: PlainOptions): string {
	const options = {width, links: 'text', longUrls: 'overflow'} as const;
	// Painted line by line as laid out, blank lines held back so that none is left at the end.
	const out: string[] = [];
	let blanks = 0;
	const emit = (line: Line) => {
		if (line.length === 0) {
			blanks += 1;
			return;
		}
		for (; blanks > 0; blanks--) out.push('');
		out.push(paintLine(line, painter).trimEnd());
	};
	const whole = sections === undefined;
	if (whole) {
		const header = headerBlocks(cv);
		for (const line of layoutBlocks([header.title, header.role, ...header.contactFields], options)) emit(line);
		emit([]);
	}
	for (const section of sections ?? buildSections(cv)) {
		emit([styled(section.title.toUpperCase(), 'title')]);
		emit([]);
		forEachSectionLine(section, options, emit);
		emit([]);
	}
	if (whole) emit([styled(`Updated ${cv.updated}`, 'muted')]);
	return `${out.join('\n')}\n`;
}
