import type {ChalkInstance} from 'chalk';
import {asciiStandIn} from './ascii.js';
import type {Line, Style} from './text.js';

/**
 * How lines become terminal text: `chalk` styles them; `link`, where the terminal shows hyperlinks, makes a span's URL
 * one; `ascii`, where the terminal does not speak UTF-8, puts ASCII of the same width in place of everything else.
 */
export type Painter = {chalk: ChalkInstance; link?: (text: string, url: string) => string; ascii?: boolean};

function paintStyle(chalk: ChalkInstance, style: Style | undefined, text: string): string {
	switch (style) {
		case 'title':
			return chalk.bold(text);
		case 'strong':
			return chalk.bold(text);
		case 'emphasis':
			return chalk.italic(text);
		case 'muted':
			return chalk.dim(text);
		case 'accent':
			return chalk.cyan(text);
		default:
			return text;
	}
}

/** A laid-out line as terminal text. */
export function paintLine(line: Line, {chalk, link, ascii}: Painter): string {
	return line
		.map((span) => {
			const text = paintStyle(chalk, span.style, ascii ? asciiStandIn(span.text) : span.text);
			return link && span.url !== undefined ? link(text, span.url) : text;
		})
		.join('');
}
