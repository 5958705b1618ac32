// terminal-link reads FORCE_HYPERLINK once, when it is first imported: set it before anything imports it.
process.env.FORCE_HYPERLINK = '1';

import assert from 'node:assert/strict';
import {after, test} from 'node:test';

const {cleanup} = await import('ink-testing-library');
const {renderApp} = await import('./helpers.js');
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
