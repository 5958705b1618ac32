import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createSearch, foldText, matchedSections, queryWords} from '../source/search.js';
import {buildSections} from '../source/sections.js';
import {clipboardReach, osc52} from '../source/ui/clipboard.js';
import {fixtureCv} from './helpers.js';

const sections = buildSections(fixtureCv);
const find = createSearch(sections);
const labels = (query: string) => find(query).map((hit) => `${sections[hit.tab]?.id}: ${hit.label}`);

describe('searching every section', () => {
	test('case, accents and the markup of the data do not get in the way', () => {
		assert.deepEqual(foldText('Ça *Spatial* “Smoothing”').folded, 'ca spatial "smoothing"');
		assert.deepEqual(queryWords('  Sparse  ATTENTION '), ['sparse', 'attention']);
		assert.deepEqual(labels('SPARSE attention'), [
			'research: Research',
			'publications: NeurIPS 2025  Sparse Attention Learns Local Filters',
			'talks: Sparse Attention in Practice',
		]);
		assert.deepEqual(labels('østergaard'), labels('ostergaard'), 'an accent is not needed');
	});

	test('text is folded as people type it: NFKC and full case folding, highlights on the characters found', () => {
		assert.equal(foldText('Straße').folded, foldText('STRASSE').folded, '"strasse" finds "Straße"');
		assert.equal(foldText('ﬁnance').folded, 'finance', 'a ligature is its letters');
		assert.equal(foldText('ΟΔΟΣ').folded, foldText('οδος').folded, 'a final sigma is a sigma');
		const cv = structuredClone(fixtureCv);
		const [paper] = cv.publications;
		assert.ok(paper);
		paper.title = 'Die Straße der ﬁnance, ΟΔΟΣ';
		const folding = createSearch(buildSections(cv));
		for (const [query, shown] of [
			['strasse', 'Straße'],
			['finance', 'ﬁnance'],
			['οδος', 'ΟΔΟΣ'],
		] as const) {
			const [hit] = folding(query);
			assert.ok(hit, query);
			assert.deepEqual(
				hit.found.map((range) => hit.label.slice(range.start, range.end)),
				[shown],
			);
		}
	});

	test('every word must be found; a key, a venue, an author, a place or a link finds its entry', () => {
		assert.deepEqual(labels('calibration practitioners'), ['talks: Calibration for Practitioners']);
		assert.deepEqual(labels('quill2023streams'), ['publications: AAAI 2023  Ensembles for Data Streams']);
		assert.deepEqual(labels('cy field'), [
			'publications: ICML 2024  Calibration Under Shift Without Labels',
			'education: Example University',
		]);
		assert.deepEqual(labels('adaquill/notes'), ['publications: Workshop on Uncertainty 2022  Notes on Uncertainty']);
		assert.deepEqual(labels('Data Science Day'), ['talks: Calibration for Practitioners']);
		assert.deepEqual(labels('nothing like this'), []);
		assert.deepEqual(labels('   '), []);
	});

	test('"See also" names another paper: its title does not make this one match', () => {
		assert.deepEqual(labels('calibration under shift'), ['publications: ICML 2024  Calibration Under Shift Without Labels']);
	});

	test('a match marks where the words are in the label, and gives context where the label does not show them', () => {
		const [paper] = find('local filters').filter((hit) => hit.entry !== undefined);
		assert.deepEqual(
			paper?.found.map(({start, end}) => paper.label.slice(start, end)),
			['Local', 'Filters'],
		);
		const [job] = find('efficient');
		assert.equal(job?.label, 'Research Scientist, Example Vision Lab');
		assert.deepEqual(job?.found, []);
		assert.match(job?.context?.text ?? '', /efficient attention/);
		const shown = job?.context?.shown;
		assert.equal(shown && job?.context?.text.slice(shown.start, shown.end), 'efficient', 'the match the snippet is centred on');
	});

	test('the sections as far as the matches reach', () => {
		const found = matchedSections(sections, find('stone'));
		assert.deepEqual(
			found.map((section) => [section.id, section.entries.map((entry) => entry.label)]),
			[
				[
					'publications',
					[
						'NeurIPS 2025  Sparse Attention Learns Local Filters',
						'ICML 2024  Calibration Under Shift Without Labels',
						'Workshop on Uncertainty 2022  Notes on Uncertainty',
					],
				],
			],
		);
	});
});

describe('copying with OSC 52', () => {
	const url = 'https://arxiv.org/abs/2501.00004';
	const payload = Buffer.from(url).toString('base64');
	test('plain, and inside tmux both to tmux and wrapped through to the terminal outside', () => {
		assert.equal(osc52(url, {}), `\u001B]52;c;${payload}\u0007`);
		assert.equal(
			osc52(url, {TMUX: '/tmp/tmux-0/default,1,0'}),
			`\u001B]52;c;${payload}\u0007\u001BPtmux;\u001B\u001B]52;c;${payload}\u0007\u001B\\`,
		);
	});
	test('inside GNU screen, in pieces screen passes through', () => {
		const long = 'x'.repeat(300);
		const sequence = osc52(long, {STY: '123.pts-0.host'});
		const pieces = sequence.split('\u001B\\').filter(Boolean);
		assert.ok(
			pieces.every((piece) => piece.startsWith('\u001BP') && piece.length <= 2 + 76),
			'each piece a DCS string screen passes',
		);
		assert.equal(pieces.map((piece) => piece.slice(2)).join(''), `\u001B]52;c;${Buffer.from(long).toString('base64')}\u0007`);
	});
	test('for the innermost multiplexer only: screen inside tmux wrapped for screen, tmux inside screen for tmux', () => {
		const tmuxWrapped = osc52(url, {TMUX: '/tmp/tmux-0/default,1,0'});
		const screenWrapped = osc52(url, {STY: '123.pts-0.host'});
		const inTmux = {TMUX: '/tmp/tmux-0/default,1,0', TMUX_PANE: '%0', TERM_PROGRAM: 'tmux'};
		// What each sets TERM to: screen after the terminal outside it if it knows that one, tmux after default-terminal.
		for (const TERM of ['screen', 'screen.xterm-256color', 'screen-256color', 'xterm-256color']) {
			assert.equal(osc52(url, {...inTmux, STY: '123.pts-0.host', WINDOW: '0', TERM}), screenWrapped, `screen in tmux, TERM=${TERM}`);
		}
		for (const TERM of ['tmux-256color', 'tmux']) {
			assert.equal(osc52(url, {...inTmux, STY: '123.pts-0.host', WINDOW: '0', TERM}), tmuxWrapped, `tmux in screen, TERM=${TERM}`);
		}
		// tmux alone keeps its wrapping whatever its TERM (older tmux and macOS name it screen).
		assert.equal(osc52(url, {...inTmux, TERM: 'screen'}), tmuxWrapped);
		for (const env of [{...inTmux, STY: '1.x', TERM: 'screen'}, {...inTmux, TERM: 'screen'}, {STY: '1.x'}, {TERM: 'screen'}]) {
			assert.equal(clipboardReach(env), 'unknown', 'a multiplexer passes it on as it is set up');
		}
	});
});
