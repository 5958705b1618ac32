import type {Cv} from '../cv/schema.js';
import {buildSections, headerBlocks, type Section} from '../sections.js';
import {layoutBlocks, layoutSection} from './layout.js';
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
	const lines: Line[] = [];
	const whole = sections === undefined;
	if (whole) {
		const header = headerBlocks(cv);
		lines.push(...layoutBlocks([header.title, header.role, ...header.contactFields], options), []);
	}
	for (const section of sections ?? buildSections(cv)) {
		lines.push([styled(section.title.toUpperCase(), 'title')], [], ...layoutSection(section, options).lines, []);
	}
	if (whole) lines.push([styled(`Updated ${cv.updated}`, 'muted')]);
	while (lines.length > 0 && lines.at(-1)?.length === 0) lines.pop();
	return `${lines.map((line) => paintLine(line, painter).trimEnd()).join('\n')}\n`;
}
