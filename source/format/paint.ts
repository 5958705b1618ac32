import type {ChalkInstance} from 'chalk';
import type {Line, Style} from './text.js';

/** How lines become terminal text: `chalk` styles them; `link`, where the terminal shows hyperlinks, makes a span's URL one. */
export type Painter = {chalk: ChalkInstance; link?: (text: string, url: string) => string};

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
export function paintLine(line: Line, {chalk, link}: Painter): string {
	return line
		.map((span) => {
			const text = paintStyle(chalk, span.style, span.text);
			return link && span.url !== undefined ? link(text, span.url) : text;
		})
		.join('');
}
