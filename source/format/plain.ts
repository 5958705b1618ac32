import type {Header, Line, Section} from '../model.js';
import {forEachSectionLine, layoutBlocks} from './layout.js';
import {type Painter, paintLine} from './paint.js';
import {styled} from './text.js';

export type PlainOptions = {width: number; painter: Painter};

/** Text is handed on in pieces about this long: a CV of any size is never held whole as text. */
const pieceLength = 64 * 1024;

/**
 * Writes the CV's sections as plain text, after its `header` (name and contacts) where one is given, piece by piece as
 * it is laid out: no borders, every URL in full and never split, no line wider than `width` unless a URL is.
 */
export function writePlain(
	sections: readonly Section[],
	header: Header | undefined,
	{width, painter}: PlainOptions,
	write: (text: string) => void,
): void {
	const options = {width, links: 'text', longUrls: 'overflow'} as const;
	let piece = '';
	let started = false;
	// Blank lines are held back until a line follows them, so that none is left at the end.
	let blanks = 0;
	const emit = (line: Line) => {
		if (line.length === 0) {
			blanks += 1;
			return;
		}
		if (started) piece += '\n';
		for (; blanks > 0 && started; blanks--) piece += '\n';
		blanks = 0;
		piece += paintLine(line, painter).trimEnd();
		started = true;
		if (piece.length >= pieceLength) {
			write(piece);
			piece = '';
		}
	};
	if (header) {
		const role = header.role.spans.length > 0 ? [header.role] : [];
		for (const line of layoutBlocks([header.title, ...role, ...header.contactFields], options)) emit(line);
		emit([]);
	}
	for (const section of sections) {
		emit([styled(section.title.toUpperCase(), 'title')]);
		emit([]);
		forEachSectionLine(section, options, emit);
		emit([]);
	}
	if (header?.updated) emit(header.updated.spans);
	write(`${piece}\n`);
}
