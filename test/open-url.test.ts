import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {browserCommands, browserLauncher, browserTakesTerminal, type HandOver, openUrl} from '../source/ui/open-url.js';

const url = 'https://arxiv.org/abs/2202.06709';

test('no browser over SSH or without a display; BROWSER chooses the program, and runs in the foreground', () => {
	assert.deepEqual(browserLauncher(url, {SSH_CONNECTION: '1.2.3.4 5 6.7.8.9 22', DISPLAY: ':0'}, 'linux'), {
		reason: 'this is an SSH session',
	});
	assert.deepEqual(browserLauncher(url, {}, 'linux'), {reason: 'there is no display'});
	const detached = (command: string, ...args: string[]) => ({commands: [{command, args}], foreground: false});
	assert.deepEqual(browserLauncher(url, {DISPLAY: ':0'}, 'linux'), detached('xdg-open', url));
	assert.deepEqual(browserLauncher(url, {WAYLAND_DISPLAY: 'wayland-0'}, 'linux'), detached('xdg-open', url));
	assert.deepEqual(browserLauncher(url, {}, 'darwin'), detached('open', url));
	assert.deepEqual(browserLauncher(url, {}, 'win32'), detached('rundll32', 'url.dll,FileProtocolHandler', url));
	assert.deepEqual(browserLauncher(url, {BROWSER: 'w3m', SSH_TTY: '/dev/pts/1'}, 'linux'), {
		commands: [{command: 'w3m', args: [url]}],
		foreground: true,
	});
	assert.deepEqual(browserLauncher(url, {BROWSER: 'firefox', DISPLAY: ':0'}, 'darwin'), {
		commands: [{command: 'firefox', args: [url]}],
		foreground: true,
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
	assert.deepEqual(
		[{BROWSER: 'w3m'}, {BROWSER: '""'}, {BROWSER: ' : '}, {}].map((env) => browserTakesTerminal(env, 'linux')),
		[true, false, false, false],
	);
	// A quoted empty word names no program: the entry is skipped, as an empty one is.
	assert.deepEqual(browserCommands('"":\'\' -x:w3m', url, 'linux'), [{command: 'w3m', args: [url]}]);
	assert.deepEqual(browserCommands('C:\\Browser\\b.exe;edge', url, 'win32'), [
		{command: 'C:\\Browser\\b.exe', args: [url]},
		{command: 'edge', args: [url]},
	]);
});

/** A hand-over that counts how often it was asked for. */
function countingHandOver() {
	const calls = {count: 0};
	const handOver: HandOver = (run) => {
		calls.count++;
		return run();
	};
	return {calls, handOver};
}

test('opening reports what happened, trying each command of BROWSER in turn, with the terminal handed over once', async () => {
	const {PATH} = process.env;
	const open = async (env: NodeJS.ProcessEnv) => {
		const {calls, handOver} = countingHandOver();
		const result = await openUrl(url, {env, handOver});
		return {result, handOvers: calls.count};
	};
	assert.deepEqual(await open({PATH, BROWSER: 'true'}), {result: {opened: true}, handOvers: 1});
	assert.deepEqual(await open({PATH, BROWSER: 'false'}), {result: {opened: false, reason: 'false failed'}, handOvers: 1});
	assert.deepEqual(await open({PATH, BROWSER: '/no/such/browser'}), {
		result: {opened: false, reason: '/no/such/browser could not be started'},
		handOvers: 1,
	});
	assert.deepEqual(await open({PATH, BROWSER: '/no/such/browser:false:true'}), {result: {opened: true}, handOvers: 1});
	// A command Node.js refuses to spawn (a NUL byte in it) is one that could not be started, not a crash.
	assert.deepEqual(await open({PATH, BROWSER: 'w3m\u0000'}), {result: {opened: false, reason: 'w3m could not be started'}, handOvers: 1});
	if (process.platform === 'linux') {
		assert.deepEqual(await open({PATH}), {result: {opened: false, reason: 'there is no display'}, handOvers: 0});
	}
});

test('the system opener runs detached, without the terminal; one still running is only said to have started', {
	skip: process.platform !== 'linux',
}, async () => {
	const directory = mkdtempSync(join(tmpdir(), 'namukpark-opener-'));
	after(() => rmSync(directory, {recursive: true, force: true}));
	const opener = (script: string) => writeFileSync(join(directory, 'xdg-open'), `#!/bin/sh\n${script}\n`, {mode: 0o755});
	const env = {PATH: `${directory}:${process.env.PATH}`, DISPLAY: ':0'};
	const {calls, handOver} = countingHandOver();
	opener('exit 0');
	assert.deepEqual(await openUrl(url, {env, handOver}), {opened: true});
	opener('exit 3');
	assert.deepEqual(await openUrl(url, {env, handOver}), {opened: false, reason: 'xdg-open failed'});
	opener('sleep 10');
	assert.deepEqual(await openUrl(url, {env, handOver}), {opened: 'started', command: 'xdg-open'});
	assert.equal(calls.count, 0, 'the terminal stays with the view');
});
