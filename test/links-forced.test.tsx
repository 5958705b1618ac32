// terminal-link reads FORCE_HYPERLINK once, when it is first imported: set it before anything imports it.
process.env.FORCE_HYPERLINK = '1';

import assert from 'node:assert/strict';
import {after, test} from 'node:test';

const {cleanup} = await import('ink-testing-library');
const {renderApp} = await import('./helpers.js');
const {parseCv} = await import('../source/cv/load.js');
const {cvJson} = await import('./fixtures.js');
after(() => cleanup());

test('with hyperlinks forced on, links are OSC 8 sequences and the URLs are not spelled out', async () => {
	const app = await renderApp({hyperlinks: true});
	await app.press('2');
	const raw = app.lastFrame() ?? '';
	assert.ok(raw.includes('\u001B]8;;https://arxiv.org/abs/2501.00004\u0007'), 'arXiv link');
	assert.ok(raw.includes('\u001B]8;;https://github.com/adaquill/sparse-filters\u0007'), 'code link');
	assert.ok(raw.includes('\u001B]8;;mailto:ada@example.org\u0007'), 'email link');
	const visible = app.frame();
	assert.match(visible, /arXiv · code/);
	assert.doesNotMatch(visible, /https:\/\/arxiv\.org/);
});

test('a link shortened in a notice still leads to the whole URL', async () => {
	const longUrl = `https://example.org/start/${'x'.repeat(10_000)}/end`;
	const cv = cvJson();
	const talks = cv.talks as {link: {label: string; url: string}}[];
	talks[0] = {...talks[0], link: {label: 'Slides', url: longUrl}} as (typeof talks)[0];
	const app = await renderApp({
		columns: 80,
		rows: 24,
		hyperlinks: true,
		cv: parseCv(JSON.stringify(cv), 'long-link.json'),
		copy: () => 'yes',
	});
	await app.press('4');
	await app.press('y');
	const raw = app.lastFrame() ?? '';
	assert.match(raw.split('\n').at(-1) ?? '', /^\u001B\]8;;https:\/\/example\.org\/start\/x{10000}\/end\u0007.*x…x.*\u001B\]8;;\u0007$/);
	assert.match(app.frame(), /x…x/);
});
