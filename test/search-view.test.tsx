// What a search shows of why an entry matched: the words found, marked in the label and in a snippet of the entry's
// text centred on them, and marked again where Enter lands, at the sizes the readme names.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fixtureCv, keys, renderApp, stripEscapes} from './helpers.js';

/** A CV whose AAAI paper has a summary long enough to be cut, its last words far from its start. */
const cv = structuredClone(fixtureCv);
const aaai = cv.publications[2];
assert.ok(aaai);
aaai.summary =
	'We show that temporal smoothing (a moving average of recent predictions) makes Bayesian inference on data streams cheaper without loss of accuracy. To do so, we propose ensembles for proximate data points.';

/** The frame as text, with what is drawn in the match style (reverse video without colours) between braces. */
function marked(app: Awaited<ReturnType<typeof renderApp>>): string {
	return stripEscapes((app.lastFrame() ?? '').replace(/\u001B\[7m([^\u001B ][^\u001B]*?)\u001B\[27m/g, '{$1}'));
}

/** The lines of a frame from the one starting with `from`, `count` of them, right ends trimmed. */
function rows(frame: string, from: RegExp, count: number): string[] {
	const lines = frame.split('\n');
	const start = lines.findIndex((line) => from.test(line));
	assert.notEqual(start, -1, `${from} in\n${frame}`);
	return lines.slice(start, start + count).map((line) => line.trimEnd());
}

describe('searching shows why an entry matched', () => {
	test('100x30: a word deep in a summary, or one the label lacks, is centred in the snippet; every word found is marked alike, in the label too; where Enter lands marks it until a key moves on', async () => {
		const app = await renderApp({cv});
		await app.press('/');
		await app.press('proximate');
		assert.deepEqual(rows(marked(app), /entry matches/, 4), [
			'  1 entry matches “proximate”',
			'',
			'  Publications',
			'› AAAI 2023  Ensembles for Data Streams  …do so, we propose ensembles for {proximate} data points.',
		]);
		await app.press(keys.enter);
		assert.deepEqual(rows(marked(app), /── 3 of 4/, 7), [
			'  ── 3 of 4 ───────────────────────────────────────────────────────────────────────────────────────',
			'  [2] Ensembles for Data Streams',
			'    Ada Quill',
			'    AAAI 2023',
			'    We show that temporal smoothing (a moving average of recent predictions) makes Bayesian',
			'    inference on data streams cheaper without loss of accuracy. To do so, we propose ensembles for',
			'    {proximate} data points.',
		]);
		await app.press(keys.down);
		assert.doesNotMatch(marked(app), /\{/, 'the next key moves on, and the mark goes');
		// / opens an empty field wherever it is pressed: the same viewer goes on.
		await app.press('/');
		await app.press('data smoothing');
		assert.deepEqual(rows(marked(app), /› /, 1), [
			'› AAAI 2023  Ensembles for {Data} Streams  …We show that temporal {smoothing} (a moving average of…',
		]);
	});

	test('40x12: the label gives way so that the match is in view, and Enter lands on it, marked', async () => {
		const app = await renderApp({cv, columns: 40, rows: 12});
		await app.press('/');
		await app.press('proximate');
		assert.equal(
			marked(app)
				.split('\n')
				.map((line) => line.trimEnd())
				.join('\n'),
			[
				'  Ada Quill',
				'  Research Scientist, Example Vision Lab',
				'  ★ NeurIPS 2025 Oral',
				'  1   2   3   4   5   6  [/ Search]',
				'  1 entry matches “proximate”',
				'',
				'  Publications',
				'› AAAI 2023  Ense…  …{proximate} data…',
				'',
				'',
				'  / proximate  Enter go  Esc close',
			].join('\n'),
		);
		await app.press(keys.enter);
		assert.equal(
			marked(app)
				.split('\n')
				.map((line) => line.trimEnd())
				.join('\n'),
			[
				'  Ada Quill',
				'  Research Scientist, Example Vision Lab',
				'  ★ NeurIPS 2025 Oral',
				'  1 Research  [2 Papers]  3   4   5   6',
				'› AAAI 2023  Ensembles for Data Strea… ▲',
				'  ── 3 of 4 ───────────────────────────',
				'    without loss of accuracy. To do    ▲',
				'    so, we propose ensembles for       │',
				'    {proximate} data points.             │',
				'    See also [1] Notes on Uncertainty  ┃',
				'  ←→ tabs  / search  ? help  q quit',
			].join('\n'),
		);
	});
});
