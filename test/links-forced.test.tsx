// terminal-link reads FORCE_HYPERLINK once, when it is first imported: set it before anything imports it.
process.env.FORCE_HYPERLINK = '1';

import assert from 'node:assert/strict';
import {after, test} from 'node:test';

const {cleanup} = await import('ink-testing-library');
const {renderApp} = await import('./helpers.js');
after(() => cleanup());

test('with hyperlinks forced on, links are OSC 8 sequences and the URLs are not spelled out', async () => {
	const app = await renderApp({hyperlinks: true});
	await app.until('[1 Research]');
	app.stdin.write('2');
	await app.until('[2 Publications]');
	const raw = app.lastFrame() ?? '';
	assert.ok(raw.includes('\u001B]8;;https://arxiv.org/abs/2202.06709\u0007'), 'arXiv link');
	assert.ok(raw.includes('\u001B]8;;https://github.com/xxxnell/how-do-vits-work\u0007'), 'code link');
	assert.ok(raw.includes('\u001B]8;;mailto:namuk.park@gmail.com\u0007'), 'email link');
	const visible = app.frame();
	assert.match(visible, /arXiv · code/);
	assert.doesNotMatch(visible, /https:\/\/arxiv\.org/);
});
