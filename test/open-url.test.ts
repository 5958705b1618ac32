import assert from 'node:assert/strict';
import {test} from 'node:test';
import {browserCommands, browserLauncher, openUrl} from '../source/ui/open-url.js';

const url = 'https://arxiv.org/abs/2202.06709';

test('no browser over SSH or without a display; BROWSER chooses the program', () => {
	assert.deepEqual(browserLauncher(url, {SSH_CONNECTION: '1.2.3.4 5 6.7.8.9 22', DISPLAY: ':0'}, 'linux'), {
		reason: 'this is an SSH session',
	});
	assert.deepEqual(browserLauncher(url, {}, 'linux'), {reason: 'there is no display'});
	assert.deepEqual(browserLauncher(url, {DISPLAY: ':0'}, 'linux'), {commands: [{command: 'xdg-open', args: [url]}]});
	assert.deepEqual(browserLauncher(url, {WAYLAND_DISPLAY: 'wayland-0'}, 'linux'), {commands: [{command: 'xdg-open', args: [url]}]});
	assert.deepEqual(browserLauncher(url, {}, 'darwin'), {commands: [{command: 'open', args: [url]}]});
	assert.deepEqual(browserLauncher(url, {BROWSER: 'firefox', SSH_TTY: '/dev/pts/1'}, 'linux'), {
		commands: [{command: 'firefox', args: [url]}],
	});
});

test('BROWSER follows its convention: a command line, a list separated by ":", %s for the URL', () => {
	assert.deepEqual(browserCommands('firefox --new-tab', url, 'linux'), [{command: 'firefox', args: ['--new-tab', url]}]);
	assert.deepEqual(browserCommands('lynx -dump %s:w3m', url, 'linux'), [
		{command: 'lynx', args: ['-dump', url]},
		{command: 'w3m', args: [url]},
	]);
	assert.deepEqual(browserCommands('open -a "Google Chrome" --args "--url=%s" 100%%', url, 'linux'), [
		{command: 'open', args: ['-a', 'Google Chrome', '--args', `--url=${url}`, '100%']},
	]);
	assert.deepEqual(browserCommands('echo 100%%', url, 'linux'), [{command: 'echo', args: ['100%', url]}]);
	assert.deepEqual(browserCommands(' : ', url, 'linux'), []);
	assert.deepEqual(browserCommands('C:\\Browser\\b.exe;edge', url, 'win32'), [
		{command: 'C:\\Browser\\b.exe', args: [url]},
		{command: 'edge', args: [url]},
	]);
});

test('opening reports what happened, trying each command of BROWSER in turn', async () => {
	const {PATH} = process.env;
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: 'true'}), {opened: true});
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: 'false'}), {opened: false, reason: 'false failed'});
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: '/no/such/browser'}), {
		opened: false,
		reason: '/no/such/browser could not be started',
	});
	assert.deepEqual(await openUrl(url, {PATH, BROWSER: '/no/such/browser:false:true'}), {opened: true});
	if (process.platform === 'linux') assert.deepEqual(await openUrl(url, {PATH}), {opened: false, reason: 'there is no display'});
});
