// The readme's picture of the viewer: a frame of lines and styles (the one the tests draw) painted as SVG.
import {textWidth} from '../source/format/text.js';
import type {Line, Style} from '../source/model.js';

const cell = {width: 8.4, height: 18};
const padding = {x: 16, top: 40, bottom: 16};
const colors = {
	background: '#1d1f27',
	foreground: '#d7dae0',
	muted: '#7f8490',
	name: '#8fd694',
	link: '#6ccfe0',
	badge: '#f2cf66',
	mark: '#d889e0',
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How a style reads in the picture: the colour, weight and decoration the terminal painter gives it. */
function attributes(style: Style | undefined): string {
	switch (style) {
		case 'name':
			return `fill="${colors.name}" font-weight="bold"`;
		case 'title':
		case 'strong':
			return 'font-weight="bold"';
		case 'emphasis':
			return 'font-style="italic"';
		case 'muted':
			return `fill="${colors.muted}"`;
		case 'link':
			return `fill="${colors.link}"`;
		case 'badge':
			return `fill="${colors.badge}" font-weight="bold"`;
		case 'mark':
			return `fill="${colors.mark}"`;
		case 'active':
		case 'match':
			return `fill="${colors.background}"`;
		case undefined:
			return '';
		default:
			return style satisfies never;
	}
}

/** Half and full blocks as rectangles, so that the big letters are solid at any line height. */
function blockRects(text: string, x: number, y: number, fill: string): string {
	const rects: string[] = [];
	for (const [index, character] of [...text].entries()) {
		const left = (x + index * cell.width).toFixed(1);
		const half = cell.height / 2;
		if (character === '█') rects.push(`<rect x="${left}" y="${y}" width="${cell.width}" height="${cell.height}" fill="${fill}"/>`);
		if (character === '▀') rects.push(`<rect x="${left}" y="${y}" width="${cell.width}" height="${half}" fill="${fill}"/>`);
		if (character === '▄') rects.push(`<rect x="${left}" y="${y + half}" width="${cell.width}" height="${half}" fill="${fill}"/>`);
	}
	return rects.join('');
}

/** A terminal window of `columns` by `rows` showing `lines`, with links as links. */
export function frameToSvg(lines: readonly Line[], columns: number, rows: number, title: string): string {
	const width = padding.x * 2 + columns * cell.width;
	const height = padding.top + rows * cell.height + padding.bottom;
	const body: string[] = [];
	for (const [row, line] of lines.entries()) {
		const top = padding.top + row * cell.height;
		const baseline = top + cell.height * 0.75;
		let column = 0;
		for (const span of line) {
			const x = padding.x + column * cell.width;
			const spanWidth = textWidth(span.text);
			column += spanWidth;
			if (span.text.trim() === '' && span.style !== 'active') continue;
			if (/^[█▀▄ ]+$/.test(span.text)) {
				body.push(blockRects(span.text, x, top, span.style === 'name' ? colors.name : colors.foreground));
				continue;
			}
			if (span.style === 'active') {
				body.push(
					`<rect x="${x.toFixed(1)}" y="${top}" width="${(spanWidth * cell.width).toFixed(1)}" height="${cell.height}" fill="${colors.foreground}"/>`,
				);
			}
			// A link's underline as a line under its cells: text-decoration breaks at every gap that textLength opens between letters.
			if (span.style === 'link') {
				body.push(
					`<rect x="${x.toFixed(1)}" y="${(baseline + 2).toFixed(1)}" width="${(spanWidth * cell.width).toFixed(1)}" height="1" fill="${colors.link}"/>`,
				);
			}
			// Each run spans exactly its cells whatever the font's advance (0.55 em in Consolas, 0.6 in Menlo): no gaps, no overlaps.
			const length = `textLength="${(spanWidth * cell.width).toFixed(1)}" lengthAdjust="spacing"`;
			// On each text, not the group: Chromium does not inherit xml:space, and collapses the spaces that place a run.
			const text = `<text x="${x.toFixed(1)}" y="${baseline.toFixed(1)}" ${length} xml:space="preserve" ${attributes(span.style)}>${escapeXml(span.text)}</text>`;
			body.push(span.url ? `<a href="${escapeXml(span.url)}">${text}</a>` : text);
		}
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height}" viewBox="0 0 ${width.toFixed(0)} ${height}" role="img" aria-label="${escapeXml(title)}">`,
		`<title>${escapeXml(title)}</title>`,
		`<rect width="100%" height="100%" rx="10" fill="${colors.background}"/>`,
		...['#ff5f57', '#febc2e', '#28c840'].map((fill, index) => `<circle cx="${20 + index * 18}" cy="18" r="5.5" fill="${fill}"/>`),
		// Edges on whole pixels: the block letters' rectangles meet without hairline seams (the round lights above stay smooth).
		'<g shape-rendering="crispEdges">',
		`<g font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace" font-size="14" fill="${colors.foreground}">`,
		...body,
		'</g>',
		'</g>',
		'</svg>',
		'',
	].join('\n');
}
