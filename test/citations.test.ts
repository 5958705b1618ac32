// Citations a researcher can paste without checking: what real BibTeX 0.99d and a reference manager's parser read.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {parse} from '@retorquere/bibtex-parser';
import type {Publication} from '../source/cv/schema.js';
import {bibtexEntry, bracesBalance, escapeBibtex, protectCapitals, renderBibtex} from '../source/format/bibtex.js';
import {assertBibtexRoundTrips, bibtexMissing, namesReadByBibtex, readByBibtex, writtenFields} from './bibtex.js';
import {cvJson, fixtureFile} from './fixtures.js';
import {fixtureCv, realCvPath} from './helpers.js';
import {run} from './run-command.js';

const realCv = JSON.parse(readFileSync(realCvPath, 'utf8')) as {publications: Publication[]};

const paper = (title: string, more: Partial<Publication> = {}): Publication => ({
	number: 1,
	key: 'quill2024test',
	title,
	authors: ['Ada Quill', 'Bo Ng'],
	venue: 'ICML',
	year: 2024,
	seeAlso: [],
	...more,
});

/** Titles with every character LaTeX or BibTeX treats specially, as a downloaded CV or a --data file may hold. */
const awkward = [
	paper('Unbalanced \\{ brace and a lone } one', {key: 'a1'}),
	paper('Back\\slash, ^caret, ~tilde, 100% & more_under #hash $dollar', {key: 'a2'}),
	paper('{Braced} {{twice}} and \\textbf{not a command}', {key: 'a3'}),
	paper('Ends in a backslash \\', {key: 'a4'}),
];

/** Sebastiano Vigna's splitmix32: the same random titles on every run. */
function seededRandom(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return ((z ^ (z >>> 16)) >>> 0) / 2 ** 32;
	};
}

const random = seededRandom(16);
const alphabet = [...'{}\\^~%&_#$', ...'abcXYZéÉüñ', ' ', ' ', ':', '-'];
/** Random titles of the characters above (one in three with a phrase to keep the case of), the same on every run. */
const randomPublications = Array.from({length: 400}, (_, index) => {
	const length = 1 + Math.floor(random() * 30);
	const title = `T${Array.from({length}, () => alphabet[Math.floor(random() * alphabet.length)]).join('')}`.replace(/\s+/g, ' ').trim();
	const word = title.split(' ').at(-1) ?? '';
	return paper(title, {key: `random${index}`, ...(random() < 0.3 && {citation: {booktitle: `Book ${word}`, keepCase: [word]}})});
});

describe('BibTeX that real BibTeX reads', () => {
	test('each special character is written as LaTeX prints it, braces as commands that BibTeX does not count', () => {
		assert.equal(
			escapeBibtex('{ } \\ ^ ~ % & _ # $'),
			'\\textbraceleft{} \\textbraceright{} \\textbackslash{} \\textasciicircum{} \\textasciitilde{} \\% \\& \\_ \\# \\$',
		);
		for (const publication of awkward) assert.ok(bracesBalance(bibtexEntry(publication)), publication.title);
	});

	test('the real bibtex keeps every entry whole: author, title, booktitle and year, as written', {skip: bibtexMissing}, () => {
		// One run of bibtex for all of them (their keys differ): each run is a process and four files.
		const publications = [...realCv.publications, ...fixtureCv.publications, ...awkward, ...randomPublications];
		const bibtex = renderBibtex(publications);
		const read = readByBibtex(bibtex);
		assert.equal(read.status, 0, `bibtex reports no warning or error:\n${read.log}`);
		assert.doesNotMatch(read.log, /error message|Warning--/);
		assert.deepEqual(
			read.entries.map((entry) => entry.key),
			publications.map((publication) => publication.key),
		);
		const collapse = (text = '') => text.replace(/\s+/g, ' ');
		for (const [index, written] of writtenFields(bibtex).entries()) {
			const fields: Record<string, string> = read.entries[index]?.fields ?? {};
			for (const name of ['author', 'title', 'booktitle', 'year']) assert.ok(fields[name], `${name} of ${publications[index]?.key}`);
			for (const [name, value] of Object.entries(written))
				assert.equal(fields[name], collapse(value), `${name} of ${publications[index]?.key}`);
		}
	});

	test('each name is one name to the real bibtex, parted as its writer means: family, "von", given and "Jr."', {
		skip: bibtexMissing,
	}, () => {
		// Each name as a CV may give it, and its parts as "First|von|Last|Jr" (braces keep a part whole).
		const names: [string, string][] = [
			['Namuk Park', 'Namuk||Park|'],
			['Martin Luther King, Jr.', 'Martin Luther||King|Jr.'],
			['King, Martin Luther, Jr.', 'Martin Luther||King|Jr.'],
			['King, Jr., Martin Luther', 'Martin Luther||King|Jr.'],
			['Martin Luther King Jr.', 'Martin Luther||King|Jr.'],
			['Smith, John', 'John||Smith|'],
			['Tom and Jerry', '||{Tom and Jerry}|'],
			['Jan van der Berg', 'Jan|van der|Berg|'],
			['van der Berg, Jan', 'Jan|van der|Berg|'],
			['Ludwig van Beethoven', 'Ludwig|van|Beethoven|'],
			['Jean-Luc Picard', 'Jean-Luc||Picard|'],
			['Plato', '||Plato|'],
			['Émile Zola', 'Émile||Zola|'],
			['Álvarez García, José', 'José||{Álvarez} García|'],
			['Ada {Quill}', 'Ada||\\textbraceleft{}Quill\\textbraceright{}|'],
			['{Quill} Smith, Ada', 'Ada||{{}\\textbraceleft{}Quill\\textbraceright{}} Smith|'],
			['The ATLAS Collaboration', '||{The ATLAS Collaboration}|'],
			['Barnes & Noble', '||{Barnes \\& Noble}|'],
			['Lee, A., Kim, B.', '||{Lee, A., Kim, B.}|'],
			['Prince, Jr.', '||{Prince, Jr.}|'],
		];
		const authors = names.map(([name]) => name);
		const publication = paper('Names', {
			authors: [...authors.slice(0, 3), '  ', ...authors.slice(3)],
			citation: {booktitle: 'B', editors: authors},
		});
		const read = namesReadByBibtex(bibtexEntry(publication));
		assert.equal(read.status, 0, `bibtex reports no warning or error:\n${read.log}`);
		assert.doesNotMatch(read.log, /error message|Warning--/);
		const parts = names.map(([, written]) => written);
		assert.deepEqual(read.entries[0]?.author, parts, 'the blank name is left out');
		assert.deepEqual(read.entries[0]?.editor, parts);
	});

	test('random names of letters, accents, spaces, commas, "and" and special characters: one name each to the real bibtex', {
		skip: bibtexMissing,
	}, () => {
		const nameRandom = seededRandom(24);
		const pieces = [...'{}\\^~%&_#$', ...'abXYÉéñ', ' ', ' ', ' ', ',', ',', '-', '.', ' and ', ' AND ', ' van ', 'Jr.'];
		const authors = Array.from({length: 300}, () =>
			Array.from({length: 1 + Math.floor(nameRandom() * 12)}, () => pieces[Math.floor(nameRandom() * pieces.length)]).join(''),
		);
		const publications = authors.map((author, index) => paper('T', {key: `name${index}`, authors: [author, 'Ada Quill']}));
		const read = namesReadByBibtex(renderBibtex(publications));
		assert.equal(read.status, 0, `bibtex reports no warning or error:\n${read.log}`);
		assert.doesNotMatch(read.log, /error message|Warning--/);
		for (const [index, author] of authors.entries()) {
			const names = read.entries[index]?.author ?? [];
			assert.equal(names.length, /[^\s,-]/.test(author) ? 2 : 1, JSON.stringify(author));
			assert.equal(names.at(-1), 'Ada||Quill|', JSON.stringify(author));
		}
	});

	test('titles of random special characters, letters, accents and spaces: braces balance and a parser reads the title back', () => {
		const publications = randomPublications;
		const bibtex = renderBibtex(publications);
		for (const publication of publications) {
			const entry = bibtexEntry(publication);
			assert.ok(bracesBalance(entry), entry);
			for (const value of Object.values(writtenFields(entry)[0] ?? {})) assert.ok(bracesBalance(value), value);
		}
		const parsed = parse(bibtex, {sentenceCase: false});
		assert.deepEqual(parsed.errors, []);
		assert.deepEqual(
			parsed.entries.map((entry) => entry.fields.title),
			publications.map((publication) => publication.title),
		);
	});

	test('a URL with braces is the same address, percent-encoded; a DOI is the DOI, or left out with a note', () => {
		const notes: string[] = [];
		const entry = (doi: string) =>
			bibtexEntry(paper('A', {citation: {booktitle: 'B', doi, url: 'https://example.org/a{b}c}'}}), (note) => notes.push(note));
		const sici = '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0';
		assert.ok(entry(sici).includes(`  doi       = {${sici}},\n  url       = {https://example.org/a%7Bb%7Dc%7D}`));
		assert.equal(notes.length, 0);
		for (const doi of ['10.1000/a}b', '10.1234/\\input{/etc/passwd}']) {
			const left = entry(doi);
			assert.doesNotMatch(left, /doi/);
			assert.ok(bracesBalance(left));
		}
		assert.deepEqual(notes, [
			'quill2024test: DOI left out, as it has characters no DOI has: 10.1000/a}b',
			'quill2024test: DOI left out, as it has characters no DOI has: 10.1234/\\input{/etc/passwd}',
		]);
	});

	test('a DOI with a LaTeX command in it is refused at load, naming its field: exit 1, one line', async () => {
		const cv = cvJson();
		Object.assign(cv.publications[0] ?? {}, {citation: {booktitle: 'B', doi: '10.1234/\\input{/etc/passwd}'}});
		const result = await run(['--bibtex', '--data', fixtureFile('doi-command.json', cv)]);
		assert.equal(result.code, 1);
		assert.equal(result.stdout, '');
		assert.match(
			result.stderr,
			/: not a valid CV: publications\[0\]\.citation\.doi: expected a DOI such as [^\n]*, got "10\.1234\/\\\\input\{\/etc\/passwd\}"\n$/,
		);
		assert.equal(result.stderr.split('\n').length, 2);
	});

	test('capitals: only proper nouns, acronyms and the first word after a colon are braced', () => {
		assert.equal(protectCapitals('How Do Vision Transformers Work?', ['Vision Transformers']), 'How Do {Vision Transformers} Work?');
		assert.equal(protectCapitals('Vector Quantized Bayesian Neural Network', ['Bayesian']), 'Vector Quantized {B}ayesian Neural Network');
		assert.equal(protectCapitals('Blurs Behave Like Ensembles: Spatial Smoothings'), 'Blurs Behave Like Ensembles: {S}patial Smoothings');
		assert.equal(protectCapitals('MSAs at ICLR and t-SNE of ResNet-50'), '{MSAs} at {ICLR} and t-{SNE} of {ResNet}-50');
		assert.equal(
			protectCapitals('Calibration under shift for Gaussian processes in Seoul'),
			'Calibration under shift for {G}aussian processes in {S}eoul',
		);
		assert.equal(
			protectCapitals('Sparse Attention Learns Local Filters'),
			'Sparse Attention Learns Local Filters',
			'title case says nothing of names',
		);
	});

	test('a reference manager that sentence-cases titles (Zotero, Better BibTeX) keeps the capitals of names', () => {
		const titles = parse(renderBibtex(realCv.publications), {sentenceCase: {}}).entries.map((entry) => entry.fields.title);
		assert.deepEqual(titles, [
			'How do Vision Transformers work?',
			'Blurs behave like ensembles: Spatial smoothings to improve accuracy, uncertainty, and robustness',
			'Vector quantized Bayesian neural network inference for data streams',
		]);
	});

	test('a keepCase phrase the title does not have is refused at load', async () => {
		const cv = cvJson();
		Object.assign(cv.publications[0] ?? {}, {citation: {booktitle: 'B', keepCase: ['Bayesain']}});
		const result = await run(['--bibtex', '--data', fixtureFile('keep-case.json', cv)]);
		assert.equal(result.code, 1);
		assert.match(result.stderr, /publications\[0\]\.citation\.keepCase\[0\]: "Bayesain" is not in the title/);
	});

	test('the real CV round-trips through the parser with its keys', () => {
		assertBibtexRoundTrips(renderBibtex(realCv.publications), realCv.publications);
	});
});

describe('--json and --plain agree', () => {
	test('a section the CV does not have: exit 1 and one line, in --json as in --plain', async () => {
		const cv = cvJson();
		cv.talks = [];
		const path = fixtureFile('no-talks.json', cv);
		for (const output of ['--plain', '--json']) {
			const result = await run([output, '--section', 'talks', '--data', path]);
			assert.equal(result.code, 1, output);
			assert.equal(result.stdout, '', output);
			assert.match(result.stderr, /^namukpark: this CV has no talks\n$/, output);
		}
	});

	test('.awards has one shape, {list, footnotes}, in the full output, a section and a search', async () => {
		const path = fixtureFile('awards.json', cvJson());
		const awards = async (args: string[]) => JSON.parse((await run(['--json', ...args, '--data', path])).stdout).awards;
		const full = await awards([]);
		assert.deepEqual(Object.keys(full), ['list', 'footnotes']);
		assert.deepEqual(await awards(['--section', 'awards']), full);
		const found = await awards(['fellowship']);
		assert.deepEqual(Object.keys(found), ['list', 'footnotes']);
		assert.deepEqual(found.list, [full.list[1]]);
		assert.deepEqual(found.footnotes, full.footnotes, 'the footnote the award found cites');
		assert.deepEqual((await awards(['best paper'])).footnotes, [], 'none where the awards found cite none');
	});
});
