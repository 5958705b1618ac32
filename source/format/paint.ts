import type {ChalkInstance} from 'chalk';
import type {Line, Span, Style} from '../model.js';
import {asciiStandIn} from './ascii.js';

/**
 * How lines become terminal text: `chalk` styles them; `link`, where the terminal shows hyperlinks, makes a span's URL
 * one; `ascii`, where the terminal does not speak UTF-8, puts ASCII of the same width in place of everything else.
 */
export type Painter = {
	chalk: ChalkInstance;
	/** `false` under NO_COLOR in the view: bold, dim, underline and reverse video only, which keep it legible. */
	colors?: boolean;
	link?: (text: string, url: string) => string;
	ascii?: boolean;
};

/** Each style stays distinct without colour too: links are underlined, badges bold, the mark is its own glyph. */
function paintStyle({chalk, colors = true}: Painter, style: Style | undefined, text: string): string {
	switch (style) {
		case 'name':
			return colors ? chalk.bold.green(text) : chalk.bold(text);
		case 'title':
		case 'strong':
			return chalk.bold(text);
		case 'emphasis':
			return chalk.italic(text);
		case 'muted':
			return chalk.dim(text);
		case 'link':
			return colors ? chalk.cyan.underline(text) : chalk.underline(text);
		case 'badge':
			return colors ? chalk.bold.yellow(text) : chalk.bold(text);
		// Not bold: the selected label next to it is, and neighbours never share an attribute but whole (see paintLine).
		case 'mark':
			return colors ? chalk.magenta(text) : text;
		case 'active':
			return chalk.inverse(text);
		case 'match':
			return colors ? chalk.black.bgYellow(text) : chalk.inverse(text);
		case undefined:
			return text;
		default:
			return style satisfies never;
	}
}

/** A laid-out line as terminal text. */
export function paintLine(line: Line, painter: Painter): string {
	const {link, ascii} = painter;
	let painted = '';
	// Neighbours of one style and link are painted as one run, as Ink writes them, so that the first paint is Ink's
	// frame byte for byte; styles that sit side by side share no attribute (test/first-frame.test.tsx checks).
	for (let start = 0; start < line.length; ) {
		const first = line[start] as Span;
		let end = start + 1;
		while (end < line.length && line[end]?.style === first.style && line[end]?.url === first.url) end++;
		const runText = line
			.slice(start, end)
			.map((span) => span.text)
			.join('');
		const text = paintStyle(painter, first.style, ascii ? asciiStandIn(runText) : runText);
		painted += link && first.url !== undefined ? link(text, first.url) : text;
		start = end;
	}
	return painted;
}
