// Keys keep their meaning however the terminal hands them over: one read for each, one for all, or anything between.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {splitKeys} from '../source/ui/keys-input.js';
import {seededRandom} from './fixtures.js';
import {keys, renderApp, waitFor} from './helpers.js';

afterEach(() => cleanup());

describe('splitKeys: each key of one input', () => {
	test('a run of typed text is one key per character, control characters as the keys they are', () => {
		assert.deepEqual(
			splitKeys('/vision', {}),
			[...'/vision'].map((input) => ({input, flags: {}})),
		);
		assert.deepEqual(splitKeys('a\u0015b\r\t\u007F\b\u0003\u001A\u0010\u000E', {}), [
			{input: 'a', flags: {}},
			{input: 'u', flags: {ctrl: true}},
			{input: 'b', flags: {}},
			{input: '', flags: {return: true}},
			{input: '', flags: {tab: true}},
			{input: '', flags: {backspace: true}},
			{input: '', flags: {backspace: true}},
			{input: 'c', flags: {ctrl: true}},
			{input: 'z', flags: {ctrl: true}},
			{input: 'p', flags: {ctrl: true}},
			{input: 'n', flags: {ctrl: true}},
		]);
	});

	test('a character outside the Basic Multilingual Plane is one key', () => {
		assert.deepEqual(splitKeys('😀x', {}), [
			{input: '😀', flags: {}},
			{input: 'x', flags: {}},
		]);
	});

	test('a key Ink has named, or one with Ctrl or Alt, stays as it is', () => {
		assert.deepEqual(splitKeys('', {downArrow: true}), [{input: '', flags: {downArrow: true}}]);
		assert.deepEqual(splitKeys('u', {ctrl: true}), [{input: 'u', flags: {ctrl: true}}]);
		assert.deepEqual(splitKeys(']', {meta: true}), [{input: ']', flags: {meta: true}}]);
		assert.deepEqual(splitKeys('j', {}), [{input: 'j', flags: {}}]);
		assert.deepEqual(splitKeys('', {}), [{input: '', flags: {}}]);
	});
});

/**
 * The keys cut at random places into reads, some inside an escape sequence; `pause` marks a read after which the
 * program may draw before the next comes (not inside a sequence, which Ink would take for an Esc after 20 ms).
 */
function chunked(sequence: readonly string[], next: () => number): {read: string; pause: boolean}[] {
	const reads: {read: string; pause: boolean}[] = [];
	let read = '';
	for (const key of sequence) {
		for (const [index, character] of [...key].entries()) {
			read += character;
			const lastOfKey = index === key.length - 1;
			if (next() < 0.35) {
				reads.push({read, pause: lastOfKey && next() < 0.5});
				read = '';
			}
		}
	}
	return read === '' ? reads : [...reads, {read, pause: false}];
}

const ctrl = (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96);

/**
 * Keys as the terminal sends them, in parts typed one after another; the frame is compared after each part. An Esc
 * ends its part: an Esc and a key within 20 ms of it are Alt+key.
 */
const parts: string[][] = [
	['/', ...'vision', ctrl('u'), ...'sparse', keys.enter, 'j'],
	['/', ...'ab', ctrl('u'), ...'cd'],
	[keys.escape],
	['2', 'j', 'j', keys.up, 'G', keys.tab, 'k', keys.shiftTab],
	['/', '[', '3', ']', keys.down, keys.enter],
	['4', '/', 'q', '2', '\u007F', '\u007F', ...'cal', ctrl('n'), ctrl('n'), ctrl('p'), keys.enter],
	['/', ...'spa', '\b', 'a', ...'rse', keys.down, keys.down],
	[keys.escape],
	['?', 'j', keys.pageDown],
	[keys.escape],
];

const drawn = () => new Promise((resolve) => setImmediate(resolve));
/** Past the 20 ms in which Ink takes an Esc and the next key for Alt+key, so that the Esc is read as itself. */
const escapeRead = () => new Promise((resolve) => setTimeout(resolve, 25));

describe('any split or merge of the same keys gives the same result', () => {
	test('each key alone, all keys at once and random reads between draw the same frames', async () => {
		// What each part leaves on the screen when every key comes in a read of its own, drawn before the next.
		const slow = await renderApp();
		const expected: string[] = [];
		for (const part of parts) {
			for (const key of part) {
				slow.stdin.write(key);
				await (key === keys.escape ? escapeRead() : drawn());
			}
			expected.push(await slow.send(''));
		}
		cleanup();
		const next = seededRandom(20_260_303);
		const once = (part: string[]) => [{read: part.join(''), pause: false}];
		const byByte = (part: string[]) => [...part.join('')].map((read) => ({read, pause: false}));
		// Two random cuttings suffice: with this seed each cuts escape sequences apart and pauses between keys.
		for (const reading of [once, byByte, ...Array.from({length: 2}, () => (part: string[]) => chunked(part, next))]) {
			const app = await renderApp();
			for (const [index, part] of parts.entries()) {
				const reads = reading(part);
				for (const {read, pause} of reads) {
					app.stdin.write(read);
					if (pause) await drawn();
				}
				await (part.at(-1) === keys.escape ? escapeRead() : drawn());
				const how = JSON.stringify(reads.map(({read, pause}) => (pause ? `${read} …` : read)));
				await waitFor(() => app.frame() === expected[index], `the frame of ${how}:\n${app.frame()}\nnot\n${expected[index]}`);
			}
			cleanup();
		}
	});
});

describe('the search field holds no character it does not show', () => {
	test('control characters pasted into the field are dropped; a line break or tab is a space', async () => {
		const app = await renderApp();
		await app.press('/');
		const frame = await app.press('\u001B[200~spa\u0007rse\u0000\u001B\u007F\r\nattention\u0015\u0085\u001B[201~');
		assert.match(frame, /^ {2}\/ sparse attention /m);
		assert.match(frame, /3 entries match “sparse attention”/);
		assert.match(await app.press('\u007F'), /^ {2}\/ sparse attentio /m, 'Backspace erases the last letter shown');
	});

	test('control characters typed in one read with text are keys, never text', async () => {
		const app = await renderApp();
		await app.press('/');
		const frame = await app.press(`cal${ctrl('a')}${ctrl('b')}${ctrl('k')}ibration`);
		assert.match(frame, /^ {2}\/ calibration /m);
		assert.match(frame, /2 entries match “calibration”/);
	});
});

describe('the answer to the background question is never keys, however late its pieces come', () => {
	const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

	test('split 300 ms apart, as over SSH, it leaves the search field as it was and colours the view for its background', async () => {
		const app = await renderApp({backgroundAskedAt: performance.now()});
		await app.press('/');
		await app.press('vis');
		app.stdin.write('\u001B]11;rgb:ff');
		await sleep(300);
		const frame = await app.send('ff/ffff/ffff\u001B\\');
		assert.match(frame, /^ {2}\/ vis /m);
		assert.match(await app.press('ion'), /^ {2}\/ vision /m);
	});

	test('split after its ESC (which Ink hands over as the Esc key), it does not close the search field', async () => {
		const app = await renderApp({backgroundAskedAt: performance.now()});
		await app.press('/');
		await app.press('vis');
		app.stdin.write('\u001B');
		await escapeRead();
		const frame = await app.send('\u005D11;rgb:ffff/ffff/ffff\u001B\\');
		assert.match(frame, /^ {2}\/ vis /m);
		assert.match(await app.press('ion'), /^ {2}\/ vision /m);
	});
});

describe('what is not a key never acts as one, however it is split across reads', () => {
	/**
	 * Writes each piece as a read of its own (past Ink's 20 ms wait for the rest of an escape sequence, after which it
	 * hands over what it has), then j: the frame is the one j alone draws. Then k, back to where it started.
	 */
	async function assertIgnored(app: Awaited<ReturnType<typeof renderApp>>, pieces: string[], frames: {first: string; second: string}) {
		for (const piece of pieces) {
			app.stdin.write(piece);
			await escapeRead();
		}
		assert.equal(await app.press('j'), frames.second, `j after ${JSON.stringify(pieces)}`);
		assert.equal(await app.press('k'), frames.first);
	}

	test('an arrow key or Esc split from the rest of its sequence; mouse reports, colour answers and device strings in pieces', async () => {
		const app = await renderApp({initialTab: 1});
		const first = app.frame();
		const frames = {first, second: await app.press('j')};
		await app.press('k');
		for (const pieces of [
			['\u001B', '[B'],
			['\u001B', '[5~'],
			['\u001B', 'OB'],
			['\u001B'],
			['\u001B[<0;1', '0;5M'],
			['\u001B[', '<0;10;3M'],
			['\u001B]11;rgb:00', '00/0000/0000\u0007'],
			['\u001BP1+r544e', '=787465726d\u001B\\'],
			['\u001B[I', '\u001B[O'],
		]) {
			await assertIgnored(app, pieces, frames);
		}
	});
});
