// The wrapper as it was before it was made to allocate less (source/format/text.ts): the differential test holds the
// new one to its output, line for line and span for span.
import {forEachCluster, type LinkMode, linkAsText, spansWidth, textWidth, type WrapOptions} from '../source/format/text.js';
import type {Line, Span, Style} from '../source/model.js';

type Token = {
	text: string;
	style?: Style;
	url?: string;
	spaceBefore: boolean;
	whole: boolean;
	separator?: boolean;
};

function tokenize(spans: readonly Span[], links: LinkMode, room: number): Token[] {
	const tokens: Token[] = [];
	let spaceBefore = false;
	const pushWords = (text: string, style: Style | undefined, url?: string, separator?: boolean) => {
		for (const [index, word] of text.split(' ').entries()) {
			if (index > 0) spaceBefore = true;
			if (word === '') continue;
			tokens.push({
				text: word,
				...(style && {style}),
				...(url && {url}),
				spaceBefore,
				whole: false,
				...(separator && {separator}),
			});
			spaceBefore = false;
		}
	};
	for (const span of spans) {
		if (span.keep && span.url === undefined && textWidth(span.text) <= room) {
			if (span.text.startsWith(' ')) spaceBefore = true;
			tokens.push({
				text: span.text.trim(),
				...(span.style && {style: span.style}),
				spaceBefore,
				whole: false,
			});
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
			tokens.push({
				text: together,
				...(span.style && {style: span.style}),
				spaceBefore,
				whole: true,
			});
			spaceBefore = false;
		} else {
			if (shown.label !== undefined) pushWords(shown.label, span.style);
			tokens.push({
				text: shown.url,
				spaceBefore: shown.label !== undefined || spaceBefore,
				whole: true,
			});
			spaceBefore = false;
		}
	}
	return tokens;
}

export function referenceWrapSpans(spans: readonly Span[], options: WrapOptions): Line[] {
	const {width, links, lead = [], longUrls} = options;
	const indent = Math.min(spansWidth(lead), Math.max(0, width - 8));
	const continuation: Span = {text: ' '.repeat(indent)};
	const lines: Line[] = [];
	let line: Span[] = [...lead];
	let column = spansWidth(lead);
	let hasWords = false;
	/** Ends the line; the next one starts under the lead, or at the very left for a URL that needs the room. */
	const newLine = (hanging = true) => {
		lines.push(line);
		line = hanging && indent > 0 ? [continuation] : [];
		column = hanging ? indent : 0;
		hasWords = false;
	};
	// Tokens with no space between them (", *word*, ") form one word: they break together or not at all.
	const words: Token[][] = [];
	for (const token of tokenize(spans, links, width - indent)) {
		const word = words.at(-1);
		if (word && !token.spaceBefore) word.push(token);
		else words.push([token]);
	}
	const widthOf = (word: readonly Token[]) => word.reduce((sum, token) => sum + textWidth(token.text), 0);
	// A separator waits for the word after it: both go on the line, or the line breaks and the separator goes.
	let pendingSeparator: Token[] | undefined;
	for (const next of words) {
		if (next.every((token) => token.separator)) {
			if (hasWords) pendingSeparator = next;
			continue;
		}
		const separatorWidth = pendingSeparator ? 1 + widthOf(pendingSeparator) : 0;
		const gap = hasWords && next[0]?.spaceBefore ? 1 : 0;
		const word = pendingSeparator && column + separatorWidth + gap + widthOf(next) <= width ? [...pendingSeparator, ...next] : next;
		pendingSeparator = undefined;
		const wordWidth = widthOf(word);
		if (column + gap + wordWidth > width && hasWords) newLine();
		for (const token of word) {
			const tokenWidth = textWidth(token.text);
			if (hasWords && token.spaceBefore) {
				const previous = line.at(-1);
				const sameLink = previous?.url !== undefined && previous.url === token.url;
				line.push({
					text: ' ',
					...(sameLink && {url: token.url}),
					...(previous?.style === token.style && token.style && {style: token.style}),
				});
				column += 1;
			}
			// A URL that does not fit after the hanging indent gets a whole line of its own: there it fits, or, wider
			// than the window, is broken in as few pieces as can be.
			const urlNeedsWholeLine = token.whole && column + tokenWidth > width && tokenWidth > width - indent;
			if (urlNeedsWholeLine && (tokenWidth <= width || longUrls === 'break') && column > 0) newLine(false);
			if (column + tokenWidth <= width || (token.whole && longUrls === 'overflow')) {
				line.push(tokenSpan(token, token.text));
				column += tokenWidth;
			} else {
				const continuationWidth = token.whole ? width : width - indent;
				for (const piece of splitToWidth(token.text, width - column, continuationWidth)) {
					if (column >= width) newLine(!token.whole);
					line.push(tokenSpan(token, piece));
					column += textWidth(piece);
				}
			}
			hasWords = true;
		}
	}
	lines.push(line);
	return lines.map(mergeSpans);
}

function tokenSpan(token: Token, text: string): Span {
	return {
		text,
		...(token.style && {style: token.style}),
		...(token.url && {url: token.url}),
	};
}

function splitToWidth(text: string, first: number, rest: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let pieceWidth = 0;
	let room = Math.max(1, first);
	forEachCluster(text, (cluster, clusterWidth) => {
		if (pieceWidth + clusterWidth > room && piece !== '') {
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

function mergeSpans(line: Line): Line {
	const merged: Span[] = [];
	for (const span of line) {
		const previous = merged.at(-1);
		if (previous && previous.style === span.style && previous.url === span.url) {
			previous.text += span.text;
		} else {
			merged.push({...span});
		}
	}
	return merged;
}
