import assert from 'node:assert/strict';
import {test} from 'node:test';
import {browserLauncher, openUrl} from '../source/ui/open-url.js';

const url = 'https://arxiv.org/abs/2202.06709';

test('no browser over SSH or without a display; BROWSER chooses the program', () => {
	assert.deepEqual(browserLauncher(url, {SSH_CONNECTION: '1.2.3.4 5 6.7.8.9 22', DISPLAY: ':0'}, 'linux'), {
		reason: 'this is an SSH session',
	});
	assert.deepEqual(browserLauncher(url, {}, 'linux'), {reason: 'there is no display'});
	assert.deepEqual(browserLauncher(url, {DISPLAY: ':0'}, 'linux'), {command: 'xdg-open', args: [url]});
	assert.deepEqual(browserLauncher(url, {WAYLAND_DISPLAY: 'wayland-0'}, 'linux'), {command: 'xdg-open', args: [url]});
	assert.deepEqual(browserLauncher(url, {}, 'darwin'), {command: 'open', args: [url]});
	assert.deepEqual(browserLauncher(url, {BROWSER: 'firefox', SSH_TTY: '/dev/pts/1'}, 'linux'), {command: 'firefox', args: [url]});
});

test('opening reports what happened', async () => {
	const {PATH} = process.env;
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: 'true'}), {opened: true});
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: 'false'}), {opened: false, reason: 'false failed'});
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: '/no/such/browser'}), {
		opened: false,
		reason: '/no/such/browser could not be started',
	});
	if (process.platform === 'linux') assert.deepEqual(await openUrl(url, {PATH}), {opened: false, reason: 'there is no display'});
});
