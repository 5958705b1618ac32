// The CV the package ships (data/cv.json) against its source (../shared/cv-source.md): every entry, every verified
// link, and golden copies of what people see. Editing the CV breaks these tests only; `UPDATE_GOLDEN=1 npm test`
// writes the golden files again, to be read before they are committed.
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadCv} from '../source/cv/load.js';
import {headerBlocks} from '../source/header.js';
import {buildSections} from '../source/sections.js';
import {frameLines, frameParts} from '../source/ui/frame.js';
import {createLayout} from '../source/ui/layout.js';
import {initialState} from '../source/ui/navigation.js';
import {assertBibtexRoundTrips} from './bibtex.js';
import {assertReadmeBlock, prose, realCvPath, renderApp} from './helpers.js';
import {run} from './run-command.js';
import {frameToSvg} from './svg.js';

afterEach(() => cleanup());

const source = readFileSync(realCvPath, 'utf8');
const realCv = loadCv(realCvPath).cv;

/** Compares `actual` with test/golden/`name`, or writes it there under UPDATE_GOLDEN=1. */
function assertGolden(name: string, actual: string) {
	const url = new URL(`./golden/${name}`, import.meta.url);
	if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
	const expected = readFileSync(url, 'utf8');
	if (actual === expected) return;
	const actualLines = actual.split('\n');
	const expectedLines = expected.split('\n');
	const line = actualLines.findIndex((text, index) => text !== expectedLines[index]);
	assert.fail(
		`test/golden/${name} differs from line ${line + 1} (UPDATE_GOLDEN=1 npm test writes it again):\n` +
			`- ${expectedLines[line] ?? '(no line)'}\n+ ${actualLines[line] ?? '(no line)'}`,
	);
}

/** What the command line writes off a terminal, run in this process (test/cli.test.ts checks the built CLI writes the same). */
async function plain(args: string[]) {
	const result = await run(args);
	assert.equal(result.code, 0, result.stderr);
	return result.stdout;
}

describe('the CV carries every entry of its source', () => {
	test('counts and order', () => {
		assert.equal(realCv.person.name, 'Namuk Park');
		assert.equal(realCv.updated, 'July 1, 2022');
		assert.equal(realCv.research?.topics.length, 5);
		assert.deepEqual(
			realCv.publications.map((publication) => [publication.number, publication.venue, publication.year]),
			[
				[3, 'ICLR', 2022],
				[2, 'ICML', 2022],
				[1, 'AAAI', 2021],
			],
		);
		assert.equal(realCv.awards.list.length, 11);
		assert.equal(realCv.awards.list[0]?.title, 'Outstanding Thesis Award, Third prize');
		assert.equal(realCv.awards.list.at(-1)?.when, 'Sep 2008 – Feb 2011');
		assert.equal(realCv.talks.length, 3);
		assert.equal(realCv.talks.flatMap((talk) => talk.venues).length, 9);
		assert.deepEqual(
			realCv.education.map((school) => school.school),
			['Yonsei University', 'Yonsei University', 'Daejeon Science High School'],
		);
		assert.deepEqual(
			realCv.experience.map((job) => job.organization),
			['NAVER', 'Probe Technology'],
		);
		assert.deepEqual(realCv.skills, ['PyTorch', 'TensorFlow', 'Python', 'Scala']);
	});

	test('uses only the verified link targets, each of them', async () => {
		const verified = [
			'mailto:namuk.park@gmail.com',
			'https://github.com/xxxnell',
			'https://namukpark.com',
			'https://blog.xxxnell.com',
			'https://arxiv.org/abs/2202.06709',
			'https://github.com/xxxnell/how-do-vits-work',
			'https://arxiv.org/abs/2105.12639',
			'https://github.com/xxxnell/spatial-smoothing',
			'https://arxiv.org/abs/1907.05911',
			'https://github.com/xxxnell/temporal-smoothing',
			'https://github.com/xxxnell/flip',
			'https://proceedings.mlr.press/v162/park22b.html',
			'https://ojs.aaai.org/index.php/AAAI/article/view/17124',
		];
		const urls = [...source.matchAll(/"(?:url|arxiv|code)":\s*"([^"]+)"/g)].map((match) => match[1]);
		assert.deepEqual([...urls].sort(), [...verified].sort());
		const printed = await plain(['--plain']);
		for (const url of [...verified, 'https://doi.org/10.1609/aaai.v35i10.17124']) {
			assert.ok(printed.includes(url.replace(/^mailto:/, '')), `${url} in --plain`);
		}
		assert.deepEqual(
			[...printed.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]).filter((url) => !verified.includes(url)),
			['https://doi.org/10.1609/aaai.v35i10.17124'],
			'no link but the verified ones (the DOI link is the verified DOI)',
		);
	});
});

test('--plain matches its golden copy (test/golden/plain-80.txt)', async () => {
	assertGolden('plain-80.txt', await plain(['--plain']));
});

test('--bibtex: the three papers with the proceedings metadata of the source, read back by a BibTeX parser', async () => {
	const bibtex = await plain(['--bibtex']);
	assert.deepEqual(
		[...bibtex.matchAll(/^@inproceedings\{(\w+),/gm)].map((match) => match[1]),
		['park2022how', 'park2022blurs', 'park2021vector'],
		'the keys people already cite (shared/cv-source.md, "Citation keys")',
	);
	assertBibtexRoundTrips(bibtex, realCv.publications);
	assert.match(bibtex, /booktitle += \{Proceedings of the 39th International Conference on Machine Learning\},/);
	assert.match(
		bibtex,
		/editor += \{Chaudhuri, Kamalika and Jegelka, Stefanie and Song, Le and Szepesvari, Csaba and Niu, Gang and Sabato, Sivan\},/,
	);
	assert.match(bibtex, /pages += \{17390--17419\},/);
	assert.match(bibtex, /doi += \{10\.1609\/aaai\.v35i10\.17124\},/);
	assert.match(bibtex, /title += \{How Do \{Vision Transformers\} Work\?\},/);
	assert.match(bibtex, /title += \{Vector Quantized \{B\}ayesian Neural Network Inference for Data Streams\},/);
});

/** The real CV's first screen and its Publications tab at a size, drawn once for every test that reads them. */
const viewed = new Map<string, Promise<{first: string; publications: string}>>();
function realView(columns: number, rows: number) {
	const key = `${columns}x${rows}`;
	if (!viewed.has(key)) {
		viewed.set(
			key,
			(async () => {
				const app = await renderApp({cv: realCv, columns, rows});
				const first = app.frame();
				const publications = await app.press('2');
				app.unmount();
				return {first, publications};
			})(),
		);
	}
	return viewed.get(key) as Promise<{first: string; publications: string}>;
}

describe('the viewer: golden frames', () => {
	for (const [columns, rows] of [
		[100, 30],
		[80, 24],
		[40, 12],
	] as const) {
		test(`${columns}x${rows}: the first screen and the Publications tab (test/golden/view-${columns}x${rows}.txt)`, async () => {
			const {first, publications} = await realView(columns, rows);
			assertGolden(`view-${columns}x${rows}.txt`, `${first}\n${'='.repeat(columns)}\n${publications}\n`);
		});
	}
});

describe('the first screen of the real CV', () => {
	test("80x24: no big letters (below 26 rows they would take the papers' room), all three papers and the links of the first", async () => {
		const {first, publications} = await realView(80, 24);
		assert.match(first, /^ {2}Namuk Park · Visiting Researcher, NAVER AI Lab$/m, 'the name as text, the role beside it');
		assert.doesNotMatch(first, /█/);
		for (const title of ['How Do Vision Transformers Work?', 'Blurs Behave Like Ensembles', 'Vector Quantized Bayesian']) {
			assert.match(publications, new RegExp(`^. [A-Z]+ 20\\d\\d {2}${title.replace(/[?]/g, '\\?')}`, 'm'), title);
		}
		assert.match(publications, /arXiv https:\/\/arxiv\.org\/abs\/2202\.06709/);
		assert.match(publications, /code https:\/\/github\.com\/xxxnell\/how-do-vits-work/);
		const tall = await renderApp({cv: realCv, columns: 80, rows: 26});
		assert.match(tall.frame(), /█/, 'from 26 rows, the big letters');
	});

	test('80x24: the header and the tab bar take 7 rows, the name kept', async () => {
		const {first} = await realView(80, 24);
		const lines = first.split('\n');
		assert.equal(lines.findIndex((line) => line.startsWith('────')) + 1, 7, first);
		assert.match(first, /Namuk Park/);
	});

	test('at 30 rows and more the name is text too, beside its big letters: a screen reader or grep finds it', async () => {
		for (const [columns, rows] of [
			[100, 30],
			[200, 50],
		] as const) {
			const app = await renderApp({cv: realCv, columns, rows});
			assert.match(app.frame(), /^ +█▄ █ .* {3}Namuk Park$/m, `${columns}x${rows}`);
			app.unmount();
		}
	});

	test('under the name, one quiet line of what he works on: the research topics, whole, as the CV words them', async () => {
		const {first} = await realView(100, 30);
		assert.match(first, /^ {2}empirical analysis of Vision Transformers · ensemble method · trustworthy machine learning$/m);
		const {first: narrow} = await realView(80, 24);
		assert.match(narrow, /^ {2}empirical analysis of Vision Transformers · ensemble method$/m, 'as many topics as fit, each whole');
	});

	test('no title twice on one screen: the header says what stands out, the list carries the titles', async () => {
		for (const [columns, rows] of [
			[100, 30],
			[80, 24],
			[40, 12],
		] as const) {
			const {first} = await realView(columns, rows);
			const text = prose(first);
			for (const publication of realCv.publications) {
				const words = publication.title.split(' ').slice(0, 4).join(' ');
				assert.ok(text.split(words).length <= 2, `${columns}x${rows}: "${words}" twice\n${first}`);
			}
			if (columns >= 80) assert.match(first, /★ ICLR 2022 Spotlight/, `${columns}x${rows}: the distinction in the header`);
		}
	});
});

describe('the readme', () => {
	const readmeUrl = new URL('../readme.md', import.meta.url);
	const readme = readFileSync(readmeUrl, 'utf8');
	const firstScreen = initialState(6, 0);

	test('opens with a picture of the first screen at 100x30, as a reader first sees it, with link labels (test/golden/viewer-100x30.svg)', () => {
		const sections = buildSections(realCv);
		const layout = createLayout(sections, headerBlocks(realCv), {columns: 100, rows: 30}, {links: 'hyperlink', ascii: false});
		const lines = frameLines(frameParts(layout, sections, firstScreen, undefined));
		assertGolden('viewer-100x30.svg', frameToSvg(lines, 100, 29, `${realCv.person.name}'s CV in a terminal: the first screen`));
		assert.match(readme, /^<img src="test\/golden\/viewer-100x30\.svg" /m);
		// Every run is stretched or squeezed to its cells, whatever the font, keeping its spaces (Chromium inherits no xml:space); the block letters have no seams.
		const svg = frameToSvg(lines, 100, 29, '');
		const runs = svg.match(/<text [^>]*>/g) ?? [];
		assert.ok(runs.length > 50 && runs.every((run) => /textLength="[\d.]+" lengthAdjust="spacing" xml:space="preserve"/.test(run)));
		assert.match(svg, /<g shape-rendering="crispEdges">/);
		assert.doesNotMatch(svg, /text-decoration/, 'a link is underlined by a line under its cells, which letter spacing cannot break');
	});

	test('opens with a one-line pitch and the command, above the picture', () => {
		const top = readme.slice(0, readme.indexOf('<img'));
		assert.match(top, /^# namukpark\n\n[^\n]+\n\n```sh\nnpx namukpark\n```\n\n$/);
	});

	test('is a landing page: under 250 lines, with how to work on it in CONTRIBUTING.md, linked', () => {
		const lines = readme.trimEnd().split('\n').length;
		assert.ok(lines < 250, `${lines} lines`);
		assert.match(readme, /\]\(CONTRIBUTING\.md[)#]/);
	});

	test('and keeps the same frame as text below it, for search engines and screen readers (UPDATE_GOLDEN=1 writes it there)', () => {
		const golden = readFileSync(new URL('./golden/view-100x30.txt', import.meta.url), 'utf8');
		const frame = golden.split(`${'='.repeat(100)}\n`)[0] ?? '';
		const block = /(<!-- frame -->\n```\n)([\s\S]*?)(```\n<!-- \/frame -->)/;
		const trimmed = (text: string) =>
			text
				.split('\n')
				.map((line) => line.trimEnd())
				.join('\n');
		assertReadmeBlock(block, trimmed(frame).replace(/\n*$/, '\n'));
	});
});
