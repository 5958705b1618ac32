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
	/** The terminal's background, where known to be light: the colours then come from `palettes.light`. */
	background?: Background;
};

export type Background = 'dark' | 'light';
type Color = 'green' | 'cyan' | 'yellow' | 'magenta' | 'blue' | 'red';

/**
 * The colour of each coloured style, by background: each at least 3:1 against it with xterm's standard palette (on
 * black: green 9.7, cyan 10.6, yellow 12.3, magenta 4.5; on white: blue 9.4, magenta 4.7, red 5.8).
 */
export const palettes: Record<Background, Record<'name' | 'link' | 'badge' | 'mark', Color>> = {
	dark: {name: 'green', link: 'cyan', badge: 'yellow', mark: 'magenta'},
	light: {name: 'blue', link: 'blue', badge: 'magenta', mark: 'red'},
};

/** Asks the terminal for its background colour (OSC 11); the answer, if any, comes as input. */
export const backgroundQuery = '\u001B]11;?\u001B\\';

/**
 * The background an answer to `backgroundQuery` names (`11;rgb:ffff/ffff/ffff`): light where its luminance is over
 * half; undefined for anything else.
 */
export function backgroundOfReply(reply: string): Background | undefined {
	const match = /^11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})/i.exec(reply);
	if (!match) return undefined;
	const [red, green, blue] = match.slice(1, 4).map((hex) => Number.parseInt(hex, 16) / (16 ** hex.length - 1)) as [number, number, number];
	return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.5 ? 'light' : 'dark';
}

/** The background `COLORFGBG` names ("15;0": white on black), as rxvt and others set it: 7 and 9 to 15 are light. */
export function backgroundOfColorFgBg(value: string | undefined): Background | undefined {
	const last = value?.split(';').at(-1);
	if (last === undefined || !/^\d+$/.test(last)) return undefined;
	const color = Number(last);
	return color === 7 || (color >= 9 && color <= 15) ? 'light' : 'dark';
}

/** Each style stays distinct without colour too: links are underlined, badges bold, the mark is its own glyph. */
function paintStyle({chalk, colors = true, background = 'dark'}: Painter, style: Style | undefined, text: string): string {
	const palette = palettes[background];
	switch (style) {
		case 'name':
			return colors ? chalk.bold[palette.name](text) : chalk.bold(text);
		case 'title':
		case 'strong':
			return chalk.bold(text);
		case 'emphasis':
			return chalk.italic(text);
		case 'muted':
			return chalk.dim(text);
		case 'link':
			return colors ? chalk[palette.link].underline(text) : chalk.underline(text);
		case 'badge':
			return colors ? chalk.bold[palette.badge](text) : chalk.bold(text);
		// Not bold: the selected label next to it is, and neighbours never share an attribute but whole (see paintLine).
		case 'mark':
			return colors ? chalk[palette.mark](text) : text;
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
