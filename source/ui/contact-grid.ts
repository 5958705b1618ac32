// The header's contacts where the terminal shows no hyperlinks: in two columns, as many of them as fit.
import {padLine, spansWidth, styled} from '../format/text.js';
import type {Block, Line, Span} from '../model.js';

const margin: Span = {text: '  '};
const gap = 3;

/** A contact as its kind ("GitHub:") and what follows it, the address or URL in full. */
type Cell = {kind: string; value: Span[]};
type Pair = readonly [Cell, Cell];

/** Two columns of cells: the kinds padded alike (to `kind` where given), both columns as wide as the widest cell. */
function widths(pairs: readonly Pair[], kind = Math.max(0, ...pairs.flat().map((cell) => cell.kind.length + 1))) {
	return {kind, cell: kind + Math.max(0, ...pairs.flat().map((cell) => spansWidth(cell.value)))};
}

/** The cells two to a line, in their order, where a pair fits beside the pairs above it; else one. */
function gridRows(cells: readonly Cell[], width: number, kind?: number) {
	const rows: (readonly [Cell] | Pair)[] = [];
	const pairs: Pair[] = [];
	for (let index = 0; index < cells.length; index++) {
		const first = cells[index] as Cell;
		const second = cells[index + 1];
		if (second && margin.text.length + widths([...pairs, [first, second]], kind).cell * 2 + gap <= width) {
			pairs.push([first, second]);
			rows.push([first, second]);
			index++;
		} else rows.push([first]);
	}
	return {rows, ...widths(pairs, kind)};
}

/**
 * Two to a line, in their order, each kind and column aligned; a contact too wide to have a neighbour takes a line of
 * its own, so that one long URL does not put every contact on its own line. A URL is never split.
 */
export function contactGrid(fields: readonly Block[], width: number): Line[] {
	const cells = fields.map(
		(field): Cell => ({
			kind: (field.lead ?? [])
				.map((span) => span.text)
				.join('')
				.trimEnd(),
			value: field.spans,
		}),
	);
	// Every kind padded alike where that costs no line; a long kind ("Stack Overflow:") left out of the padding where it would.
	const aligned = gridRows(cells, width, Math.max(0, ...cells.map((cell) => cell.kind.length + 1)));
	const tight = gridRows(cells, width);
	const grid = aligned.rows.length <= tight.rows.length ? aligned : tight;
	const cellSpans = (cell: Cell): Span[] => [styled(`${cell.kind} `.padEnd(grid.kind), 'muted'), ...cell.value];
	return grid.rows.map((row) => [
		margin,
		...(row.length === 2 ? [...padLine(cellSpans(row[0]), grid.cell + gap), ...cellSpans(row[1])] : cellSpans(row[0])),
	]);
}
