// The parts entries are made of, in every section and the header alike: links, bullets, fields and prose.
import type {Link} from './cv/schema.js';
import {mailAddress, parseMarkup, separator, styled} from './format/text.js';
import type {Block, Entry, Span} from './model.js';

/** Links as spans, a separator between them: a link without a URL is its label. */
export function linkSpans(links: readonly (Omit<Link, 'url'> & {url?: string})[]): Span[] {
	const spans: Span[] = [];
	for (const link of links) {
		if (spans.length > 0) spans.push(separator);
		spans.push(link.url === undefined ? styled(link.label) : {text: link.label, url: link.url, style: 'link'});
	}
	return spans;
}

/** A block of one span, or none where there is no text. */
export const optional = (text: string | undefined, make: (text: string) => Span[]): Block[] => (text ? [{spans: make(text)}] : []);

export function field(name: string, value: string | undefined): Block[] {
	return value === undefined ? [] : [{lead: [styled(`${name}: `, 'muted')], spans: [styled(value)]}];
}

export const bullet = (spans: Span[]): Block => ({
	lead: [styled('• ', 'muted')],
	spans,
});

const markdownLink = /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g;

/** Marked-up text with its `[text](url)` links as links; a link to anything but the web or mail stays its text. */
export function markedText(text: string): Span[] {
	const cleaned = text.replace(/\[([^\]\n]+)\]\((?!https?:|mailto:)[^)]*\)/g, '$1');
	const spans: Span[] = [];
	let last = 0;
	for (const match of cleaned.matchAll(markdownLink)) {
		spans.push(...parseMarkup(cleaned.slice(last, match.index)), {text: match[1] ?? '', url: match[2] ?? '', style: 'link'});
		last = match.index + match[0].length;
	}
	return [...spans, ...parseMarkup(cleaned.slice(last))];
}

/** Prose: a paragraph per line, a line that starts with "- ", "* " or "• " as a bullet. */
export function prose(text: string | undefined): Block[] {
	if (!text) return [];
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const item = /^\s*[-*•]\s+(.*)$/.exec(line)?.[1];
			return item === undefined ? {spans: markedText(line.trim())} : bullet(markedText(item));
		});
}

/** A link to a site, read as its address without the scheme. */
function siteLink(url: string): Link {
	return {label: mailAddress(url) ?? url.replace(/^https?:\/\//, '').replace(/\/$/, ''), url};
}

/** An entry with its one link, if any, shown on a line of its own after its blocks, opened by `o` and copied by `y`. */
export function linked(entry: Omit<Entry, 'primaryLink' | 'links'>, url: string | undefined): Entry {
	if (url === undefined) return {...entry, links: []};
	const link = siteLink(url);
	return {...entry, blocks: [...entry.blocks, {spans: linkSpans([link])}], primaryLink: link, links: [link]};
}
