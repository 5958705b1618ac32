/**
 * Capital letters five pixels high, drawn with half blocks in three lines of text: the name at the top of the view,
 * loud enough to be the first thing read, in any colour or none.
 */
const font: Record<string, readonly string[]> = {
	A: ['.#.', '#.#', '###', '#.#', '#.#'],
	B: ['##.', '#.#', '##.', '#.#', '##.'],
	C: ['.##', '#..', '#..', '#..', '.##'],
	D: ['##.', '#.#', '#.#', '#.#', '##.'],
	E: ['###', '#..', '##.', '#..', '###'],
	F: ['###', '#..', '##.', '#..', '#..'],
	G: ['.##', '#..', '#.#', '#.#', '.##'],
	H: ['#.#', '#.#', '###', '#.#', '#.#'],
	I: ['###', '.#.', '.#.', '.#.', '###'],
	J: ['..#', '..#', '..#', '#.#', '.#.'],
	K: ['#.#', '#.#', '##.', '#.#', '#.#'],
	L: ['#..', '#..', '#..', '#..', '###'],
	M: ['#...#', '##.##', '#.#.#', '#...#', '#...#'],
	N: ['#..#', '##.#', '#.##', '#..#', '#..#'],
	O: ['.#.', '#.#', '#.#', '#.#', '.#.'],
	P: ['##.', '#.#', '##.', '#..', '#..'],
	Q: ['.#.', '#.#', '#.#', '##.', '.##'],
	R: ['##.', '#.#', '##.', '#.#', '#.#'],
	S: ['.##', '#..', '.#.', '..#', '##.'],
	T: ['###', '.#.', '.#.', '.#.', '.#.'],
	U: ['#.#', '#.#', '#.#', '#.#', '###'],
	V: ['#.#', '#.#', '#.#', '#.#', '.#.'],
	W: ['#...#', '#...#', '#.#.#', '##.##', '#...#'],
	X: ['#.#', '#.#', '.#.', '#.#', '#.#'],
	Y: ['#.#', '#.#', '.#.', '.#.', '.#.'],
	Z: ['###', '..#', '.#.', '#..', '###'],
	'-': ['...', '...', '###', '...', '...'],
	'.': ['.', '.', '.', '.', '#'],
	"'": ['#', '#', '.', '.', '.'],
	' ': ['.', '.', '.', '.', '.'],
};

/** Two pixels, one above the other, as one character. */
function halfBlock(top: boolean, bottom: boolean): string {
	if (top && bottom) return '█';
	if (top) return '▀';
	return bottom ? '▄' : ' ';
}

/**
 * `text` in big letters: three lines, or nothing where a character has no letter here (a name in another script
 * keeps its own letters, in bold, instead).
 */
export function bigLetters(text: string): string[] | undefined {
	const glyphs = [...text.toUpperCase()].map((character) => font[character]);
	if (glyphs.length === 0 || glyphs.some((glyph) => glyph === undefined)) return undefined;
	// One pixel between letters; a sixth row of pixels, empty, fills the last line's lower half.
	const rows = Array.from({length: 6}, (_, row) => glyphs.map((glyph) => glyph?.[row] ?? '.'.repeat(glyph?.[0]?.length ?? 0)).join('.'));
	return [0, 2, 4].map((row) =>
		[...(rows[row] ?? '')]
			.map((pixel, column) => halfBlock(pixel === '#', rows[row + 1]?.[column] === '#'))
			.join('')
			.trimEnd(),
	);
}
