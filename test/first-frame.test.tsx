// The frame painted before the Ink view loads must be the frame Ink then draws over it, byte for byte.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {Chalk} from 'chalk';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {loadCv} from '../source/cv/load.js';
import {headerBlocks} from '../source/header.js';
import {buildSections} from '../source/sections.js';
import {App} from '../source/ui/app.js';
import {firstFrame} from '../source/ui/first-frame.js';
import {fixtureFile, wideUrlResume} from './fixtures.js';
import {fixtureCv, hyperlink, renderAtSize, stripEscapes, waitFor} from './helpers.js';

afterEach(() => cleanup());

/** Ink drops the spaces at the end of a line; the first paint keeps them. */
const withoutTrailingSpaces = (frame: string) =>
	frame
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n');

for (const [cvName, cv] of [
	['the fixture CV', fixtureCv],
	['a CV whose header URL is wider than the window', loadCv(fixtureFile('wide-url.json', wideUrlResume())).cv],
] as const) {
	for (const hyperlinks of [false, true]) {
		for (const [columns, rows] of [
			[100, 30],
			[40, 12],
			[20, 6],
			[161, 40],
		] as const) {
			test(`${cvName}, in colour${hyperlinks ? ', with hyperlinks,' : ''} at ${columns}x${rows}, on every tab`, async () => {
				const sections = buildSections(cv);
				let linked = false;
				for (const [initialTab] of sections.entries()) {
					const props = {
						sections,
						header: headerBlocks(cv),
						painter: {chalk: new Chalk({level: 3}), ...(hyperlinks && {link: hyperlink})},
						initialTab,
						command: 'npx adaquill',
						openUrl: async () => ({opened: true}) as const,
					};
					const painted = withoutTrailingSpaces(firstFrame(props, {columns, rows}));
					assert.match(painted, /\u001B\[/, 'the frame has colour');
					if (/\u001B\]8;;\w+:/.test(painted)) linked = true;
					// A line wider than the window would wrap on the screen, where Ink cuts it.
					for (const line of stripEscapes(painted).split('\n')) assert.ok(stringWidth(line) <= columns, line);
					const instance = renderAtSize(<App {...props} />, {columns, rows});
					const drawn = await waitFor(
						() => instance.lastFrame()?.split('\n').length === rows - 1 && withoutTrailingSpaces(instance.lastFrame() ?? ''),
						`Ink's frame at ${columns}x${rows}`,
					);
					assert.equal(drawn, painted, `tab ${initialTab + 1}`);
					instance.unmount();
				}
				// At 20x6 no tab has room for a link.
				if (hyperlinks && columns > 20) assert.ok(linked, 'some tab has hyperlinks');
			});
		}
	}
}

test("the first frame makes no paper's BibTeX: it asks only whether there is one (making it cost some 5 ms of the frame)", () => {
	const sections = buildSections(fixtureCv).map((section) => ({
		...section,
		entries: section.entries.map(unmade),
		...(section.overview && {overview: {...section.overview, entries: section.overview.entries.map(unmade)}}),
	}));
	const props = {sections, header: headerBlocks(fixtureCv), painter: {chalk: new Chalk({level: 3})}, command: 'npx adaquill'};
	for (const [initialTab] of sections.entries()) {
		const painted = firstFrame({...props, initialTab}, {columns: 100, rows: 30});
		if (initialTab === 0) assert.match(painted, /BibTeX/, 'the footer offers b for the paper selected');
	}
});

/** An entry whose BibTeX, where it has one, fails the test if it is made. */
function unmade<T extends object>(entry: T): T {
	if (!('bibtex' in entry)) return entry;
	const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(entry)) as T;
	Object.defineProperty(copy, 'bibtex', {
		get() {
			throw new Error('the BibTeX entry was made');
		},
		enumerable: true,
	});
	return copy;
}
