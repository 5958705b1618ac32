import type {ChalkInstance} from 'chalk';
import terminalLink from 'terminal-link';
import type {Line, Style} from './text.js';

export type Painter = {chalk: ChalkInstance; hyperlinks: boolean};

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

/** A laid-out line as terminal text: styles through chalk, links as OSC 8 hyperlinks when the painter may use them. */
export function paintLine(line: Line, {chalk, hyperlinks}: Painter): string {
	return line
		.map((span) => {
			const text = paintStyle(chalk, span.style, span.text);
			return hyperlinks && span.url !== undefined ? terminalLink(text, span.url, {fallback: false}) : text;
		})
		.join('');
}
