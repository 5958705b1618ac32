import {eastAsianWidth} from 'get-east-asian-width';
import type {Line, Span, Style} from '../model.js';

const printableAscii = /^[\x20-\x7E]*$/;
// Control characters, combining marks, variation selectors and zero-width characters: they add nothing to the width.
const zeroWidthRanges: readonly [number, number][] = [
	[0x00, 0x1f],
	[0x7f, 0x9f],
	[0x300, 0x36f],
	[0x1ab0, 0x1aff],
	[0x1dc0, 0x1dff],
	[0x200b, 0x200f],
	[0x2060, 0x2064],
	[0x20d0, 0x20ff],
	[0xfe00, 0xfe0f],
	[0xfe20, 0xfe2f],
	[0xfeff, 0xfeff],
];
const isZeroWidth = (codePoint: number) => zeroWidthRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
const emojiPresentation = 0xfe0f;
const zeroWidthJoiner = 0x200d;
const isSkinTone = (codePoint: number) => codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;

/**
 * Calls `visit` for each unit a terminal draws as one, with its columns: a character with the marks, selectors,
 * joiners and modifiers that follow it. Wide characters and emoji take two columns; so does a character that
 * U+FE0F shows as emoji (⚠️ ❤️ 1️⃣), and a flag's pair of letters. This is what Ink's string-width counts (the
 * wrapper's tests measure with it), but string-width itself, on the path to the first frame, would cost some 35 ms
 * at every start: its \p{RGI_Emoji} pattern and its Intl.Segmenter are built as it loads.
 */
export function forEachCluster(text: string, visit: (cluster: string, width: number) => void): void {
	let cluster = '';
	let width = 0;
	let last = 0;
	let flagLetters = 0;
	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;
		const joins =
			cluster !== '' &&
			(isZeroWidth(codePoint) ||
				(last === zeroWidthJoiner && width === 2) ||
				(isSkinTone(codePoint) && width === 2) ||
				(isRegionalIndicator(codePoint) && flagLetters === 1));
		if (joins) {
			cluster += character;
			if (codePoint === emojiPresentation && width === 1) width = 2;
			if (isRegionalIndicator(codePoint)) {
				flagLetters = 2;
				width = 2;
			}
		} else {
			if (cluster !== '') visit(cluster, width);
			cluster = character;
			flagLetters = isRegionalIndicator(codePoint) ? 1 : 0;
			width = isZeroWidth(codePoint) ? 0 : eastAsianWidth(codePoint);
		}
		last = codePoint;
	}
	if (cluster !== '') visit(cluster, width);
}

/**
 * Whether a UTF-16 code unit is always one column wide whatever follows it: printable Latin, and the punctuation,
 * arrows and box lines the CV and the view use most; anything that may combine or be wide is not.
 */
const isPlainNarrow = (code: number) =>
	(code >= 0x20 && code <= 0x7e) ||
	(code >= 0xa0 && code <= 0x2ff) ||
	(code >= 0x2010 && code <= 0x2027) ||
	(code >= 0x2030 && code <= 0x205e) ||
	(code >= 0x2190 && code <= 0x21ff) ||
	(code >= 0x2500 && code <= 0x259f) ||
	code === 0x25b2 ||
	code === 0x25bc ||
	code === 0x2605;

/** Whether each character of the text is always one column wide: then its width is its length. */
function isPlainNarrowText(text: string): boolean {
	if (printableAscii.test(text)) return true;
	for (let index = 0; index < text.length; index++) if (!isPlainNarrow(text.charCodeAt(index))) return false;
	return true;
}

/** Columns a string takes on screen, as terminals count them (see `forEachCluster`). */
export function textWidth(text: string): number {
	if (isPlainNarrowText(text)) return text.length;
	let total = 0;
	forEachCluster(text, (_, width) => {
		total += width;
	});
	return total;
}

/** How links appear: as OSC 8 hyperlinks showing their label, or with the URL itself written out. */
export type LinkMode = 'hyperlink' | 'text';

/** Reads `**strong**` and `*emphasis*` markers; `base` styles the unmarked text. */
export function parseMarkup(text: string, base?: Style): Span[] {
	const spans: Span[] = [];
	const marker = /\*\*(.+?)\*\*|\*(.+?)\*/g;
	let last = 0;
	for (const match of text.matchAll(marker)) {
		if (match.index > last) spans.push(styled(text.slice(last, match.index), base));
		spans.push(match[1] === undefined ? {text: match[2] ?? '', style: 'emphasis'} : {text: match[1], style: 'strong'});
		last = match.index + match[0].length;
	}
	if (last < text.length) spans.push(styled(text.slice(last), base));
	return spans;
}

export function styled(text: string, style?: Style): Span {
	return style === undefined ? {text} : {text, style};
}

/** What stands between two items on a line. */
export const separator: Span = {text: ' · ', style: 'muted', separator: true};

/** The parts there are, with a separator between each two. */
export function joinParts(parts: readonly (readonly Span[] | undefined | '')[]): Span[] {
	const shown = parts.filter((part): part is readonly Span[] => part !== undefined && part !== '' && part.length > 0);
	return shown.flatMap((part, index) => (index > 0 ? [separator, ...part] : part));
}

/** A span that moves to the next line whole rather than break, where it fits on one. */
export function kept(text: string, style?: Style): Span {
	return {...styled(text, style), keep: true};
}

export function spansText(spans: readonly Span[]): string {
	return spans.map((span) => span.text).join('');
}

export function spansWidth(spans: readonly Span[]): number {
	return textWidth(spansText(spans));
}

/**
 * A link as text: the label and the URL, or the URL alone where the label says no more (e.g. "namukpark.com" for
 * https://namukpark.com), or an email address alone, never `mailto:`.
 */
export function linkAsText(label: string, url: string): {label?: string; url: string} {
	const address = mailAddress(url);
	if (address !== undefined) return address === label ? {url: address} : {label, url: address};
	const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
	return bare === label || url === label ? {url} : {label, url};
}

/**
 * The address of a mail link (`mailto:ada@example.org?attach=/etc/passwd` is `ada@example.org`), else undefined:
 * what a CV puts after the `?` (a file to attach, a body, more recipients) is never shown, copied or opened.
 */
export function mailAddress(url: string): string | undefined {
	return url.startsWith('mailto:') ? url.slice('mailto:'.length).split('?')[0] : undefined;
}

/**
 * The words of a span list, and its links shown whole, as columns rather than an object each: a CV of thousands of
 * papers is wrapped without an object for every word. Flags say whether a space comes before the word, whether it
 * is a link shown whole, whether it is a separator between items, and whether a line may break before it without a
 * space (between two wide characters, as in Chinese and Japanese).
 */
type Tokens = {
	texts: string[];
	widths: number[];
	styles: (Style | undefined)[];
	urls: (string | undefined)[];
	flags: number[];
};

const spaceBeforeFlag = 1;
const wholeFlag = 2;
const separatorFlag = 4;
const breakBeforeFlag = 8;

// Line breaking next to wide characters (UAX #14, JIS X 4051): a line may break between a wide character and any
// other, but never before closing punctuation, a small kana, ー or an iteration mark, nor after opening punctuation.
const noLineStart =
	/^[\p{Pe}\p{Pf}、。，．：；！？・゠〜～‼⁇⁈⁉ーｰ々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿｧ-ｯ!?,.:;%\-/…‥'"°‰]/u;
const noLineEnd = /[\p{Ps}\p{Pi}\p{Sc}'"]$/u;
const breaksBetween = (before: string, beforeWide: boolean, after: string, afterWide: boolean) =>
	before !== '' && (beforeWide || afterWide) && !noLineEnd.test(before) && !noLineStart.test(after);

function tokenize(spans: readonly Span[], links: LinkMode, room: number): Tokens {
	const tokens: Tokens = {texts: [], widths: [], styles: [], urls: [], flags: []};
	const push = (text: string, style: Style | undefined, url: string | undefined, flags: number, width = textWidth(text)) => {
		tokens.texts.push(text);
		tokens.widths.push(width);
		tokens.styles.push(style);
		tokens.urls.push(url);
		tokens.flags.push(flags);
		lastCluster = '';
	};
	let spaceBefore = false;
	// The last character pushed, and whether it is wide: a line may break after it where no space follows.
	let lastCluster = '';
	let lastWide = false;
	/** Pushes a word, in pieces where a line may break next to a wide character. */
	const pushWord = (word: string, style: Style | undefined, url: string | undefined, flags: number) => {
		let previous = spaceBefore ? '' : lastCluster;
		let previousWide = lastWide;
		if (isPlainNarrowText(word)) {
			if (previousWide && breaksBetween(previous, true, word[0] ?? '', false)) flags = (flags & separatorFlag) | breakBeforeFlag;
			push(word, style, url, flags, word.length);
			lastCluster = word.at(-1) ?? '';
			lastWide = false;
			return;
		}
		let piece = '';
		let pieceWidth = 0;
		forEachCluster(word, (cluster, width) => {
			const wide = width === 2;
			if (breaksBetween(previous, previousWide, cluster, wide)) {
				if (piece !== '') push(piece, style, url, flags, pieceWidth);
				flags = (flags & separatorFlag) | breakBeforeFlag;
				piece = '';
				pieceWidth = 0;
			}
			piece += cluster;
			pieceWidth += width;
			previous = cluster;
			previousWide = wide;
		});
		push(piece, style, url, flags, pieceWidth);
		lastCluster = previous;
		lastWide = previousWide;
	};
	const pushWords = (text: string, style: Style | undefined, url?: string, separator?: boolean) => {
		let from = 0;
		for (;;) {
			const space = text.indexOf(' ', from);
			const word = space === -1 ? text.slice(from) : text.slice(from, space);
			if (word !== '') {
				pushWord(word, style, url, (spaceBefore ? spaceBeforeFlag : 0) | (separator ? separatorFlag : 0));
				spaceBefore = false;
			}
			if (space === -1) break;
			spaceBefore = true;
			from = space + 1;
		}
	};
	for (const span of spans) {
		if (span.keep && span.url === undefined && textWidth(span.text) <= room) {
			if (span.text.startsWith(' ')) spaceBefore = true;
			const text = span.text.trim();
			if (text === '') continue;
			push(text, span.style, undefined, spaceBefore ? spaceBeforeFlag : 0);
			spaceBefore = span.text.endsWith(' ');
			continue;
		}
		if (span.url === undefined || links === 'hyperlink') {
			pushWords(span.text, span.style, span.url, span.separator);
			continue;
		}
		const shown = linkAsText(span.text, span.url);
		const together = shown.label === undefined ? shown.url : `${shown.label} ${shown.url}`;
		if (textWidth(together) <= room) {
			push(together, span.style, undefined, (spaceBefore ? spaceBeforeFlag : 0) | wholeFlag);
			spaceBefore = false;
		} else {
			if (shown.label !== undefined) pushWords(shown.label, span.style);
			push(shown.url, undefined, undefined, (shown.label !== undefined || spaceBefore ? spaceBeforeFlag : 0) | wholeFlag);
			spaceBefore = false;
		}
	}
	return tokens;
}

export type WrapOptions = {
	width: number;
	links: LinkMode;
	/** Printed before the first line; later lines are indented by its width. */
	lead?: Span[];
	/** When a URL is wider than a whole line: let it run past the width (plain text) or break it (a screen). */
	longUrls: 'overflow' | 'break';
};

/**
 * Fits spans into lines of at most `width` columns, breaking at spaces; a URL is never split unless it alone is wider
 * than a line. Neighbouring pieces of one style and link are joined as they are placed: a CV of thousands of papers is
 * wrapped without an object for every space.
 */
export function wrapSpans(spans: readonly Span[], options: WrapOptions): Line[] {
	const {width, links, lead = [], longUrls} = options;
	const leadWidth = spansWidth(lead);
	const indent = Math.min(leadWidth, Math.max(0, width - 8));
	const lines: Line[] = [];
	let line: Span[] = [];
	let last: Span | undefined;
	/** Adds text to the line, joined to the last span where style and link are the same. */
	const place = (text: string, style: Style | undefined, url: string | undefined) => {
		if (last !== undefined && last.style === style && last.url === url) {
			last.text += text;
			return;
		}
		last = {text};
		if (style !== undefined) last.style = style;
		if (url !== undefined) last.url = url;
		line.push(last);
	};
	for (const span of lead) {
		if (last !== undefined && last.style === span.style && last.url === span.url) {
			last.text += span.text;
		} else {
			last = {...span};
			line.push(last);
		}
	}
	let column = leadWidth;
	let hasWords = false;
	/** Ends the line; the next one starts under the lead, or at the very left for a URL that needs the room. */
	const newLine = (hanging = true) => {
		// A line of nothing but the indent is not kept: it is started again.
		if (hasWords || lines.length === 0) lines.push(line);
		line = [];
		last = undefined;
		if (hanging && indent > 0) place(' '.repeat(indent), undefined, undefined);
		column = hanging ? indent : 0;
		hasWords = false;
	};
	const {texts, widths, styles, urls, flags} = tokenize(spans, links, width - indent);
	const placeToken = (index: number) => {
		const text = texts[index] as string;
		const tokenWidth = widths[index] as number;
		const style = styles[index];
		const url = urls[index];
		const whole = ((flags[index] as number) & wholeFlag) !== 0;
		if (hasWords && ((flags[index] as number) & spaceBeforeFlag) !== 0) {
			const sameLink = last?.url !== undefined && last.url === url;
			place(' ', last?.style === style && style ? style : undefined, sameLink ? url : undefined);
			column += 1;
		}
		// A URL that does not fit where it is starts a line: under the lead where it fits there, else at the very left,
		// where it fits, or, wider than the window, runs past (plain text) or is broken in as few pieces as can be.
		if (whole && column + tokenWidth > width && (hasWords || column > 0)) newLine(tokenWidth <= width - indent);
		if (column + tokenWidth <= width || (whole && longUrls === 'overflow')) {
			place(text, style, url);
			column += tokenWidth;
		} else {
			const pieces = splitToWidth(text, width - column, whole ? width : width - indent);
			for (const [index, piece] of pieces.entries()) {
				if (index > 0) newLine(!whole);
				if (piece === '') continue;
				place(piece, style, url);
				column += textWidth(piece);
				hasWords = true;
			}
		}
		hasWords = true;
	};
	const widthOf = (from: number, to: number) => {
		let sum = 0;
		for (let index = from; index < to; index++) sum += widths[index] as number;
		return sum;
	};
	// Tokens with no space between them (", *word*, ") form one word: they break together or not at all. A separator
	// waits for the word after it: both go on the line, or the line breaks and the separator goes.
	let separatorFrom = -1;
	let separatorTo = -1;
	for (let from = 0; from < texts.length; ) {
		let to = from + 1;
		while (to < texts.length && ((flags[to] as number) & (spaceBeforeFlag | breakBeforeFlag)) === 0) to++;
		let isSeparator = true;
		for (let index = from; index < to; index++) isSeparator &&= ((flags[index] as number) & separatorFlag) !== 0;
		if (isSeparator) {
			if (hasWords) {
				separatorFrom = from;
				separatorTo = to;
			}
			from = to;
			continue;
		}
		const nextWidth = widthOf(from, to);
		const gap = hasWords && ((flags[from] as number) & spaceBeforeFlag) !== 0 ? 1 : 0;
		const separatorWidth = separatorFrom === -1 ? 0 : widthOf(separatorFrom, separatorTo);
		const withSeparator = separatorFrom !== -1 && column + 1 + separatorWidth + gap + nextWidth <= width;
		// A separator that does not fit breaks the line: the word after it never takes its place on the line.
		if ((column + gap + (withSeparator ? separatorWidth : 0) + nextWidth > width || (separatorFrom !== -1 && !withSeparator)) && hasWords)
			newLine();
		if (withSeparator) for (let index = separatorFrom; index < separatorTo; index++) placeToken(index);
		separatorFrom = -1;
		for (let index = from; index < to; index++) placeToken(index);
		from = to;
	}
	lines.push(line);
	return lines;
}

/**
 * Cuts text into pieces of at most `first` columns, then `rest`; the first piece is empty where not even one character
 * fits in `first` but would in `rest`. A character wider than `rest` is a piece of its own.
 */
function splitToWidth(text: string, first: number, rest: number): string[] {
	if (text === '') return [''];
	// Where each character is one column, the pieces are cut by length: a URL of 100 KB in a notice took some 50 ms of
	// every frame, one character at a time.
	if (isPlainNarrowText(text)) {
		const pieces: string[] = [];
		let room = first;
		if (room < 1) {
			if (room < rest) pieces.push('');
			room = Math.max(1, rest);
		}
		for (let from = 0; from < text.length; from += room, room = Math.max(1, rest)) pieces.push(text.slice(from, from + room));
		return pieces;
	}
	const pieces: string[] = [];
	let piece = '';
	let pieceWidth = 0;
	let room = first;
	forEachCluster(text, (cluster, clusterWidth) => {
		if (pieceWidth + clusterWidth > room && (piece !== '' || room < rest)) {
			pieces.push(piece);
			piece = '';
			pieceWidth = 0;
			room = Math.max(1, rest);
		}
		piece += cluster;
		pieceWidth += clusterWidth;
	});
	pieces.push(piece);
	return pieces;
}

/** Cuts a line to `width` columns, ending it with "…" when something was cut. */
export function truncateLine(line: Line, width: number): Line {
	if (spansWidth(line) <= width) return line;
	const result: Span[] = [];
	let room = width - 1;
	for (const span of line) {
		if (room <= 0) break;
		const [piece = ''] = splitToWidth(span.text, room, room);
		const fitted = textWidth(piece) <= room ? piece : '';
		if (fitted !== '') result.push({...span, text: fitted});
		room -= textWidth(fitted);
		if (fitted.length < span.text.length) break;
	}
	result.push({text: '…'});
	return result;
}

export function padLine(line: Line, width: number): Line {
	const missing = width - spansWidth(line);
	return missing > 0 ? [...line, {text: ' '.repeat(missing)}] : line;
}
