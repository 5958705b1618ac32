// What Ink hands over becoming keys (source/ui/keys-input.ts): the reader alone, fed as Ink feeds it, with the clock given.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
// Ink's own parser and key names, to feed the reader what Ink's useInput hands over for given reads of bytes.
import {createInputParser, isCompleteControlSequence} from '../node_modules/ink/build/input-parser.js';
import parseKeypress, {nonAlphanumericKeys} from '../node_modules/ink/build/parse-keypress.js';
import {type Key, type KeyFlags, keyPress, type Place} from '../source/keys.js';
import {
	answerBegun,
	answerEndWait,
	escapeHold,
	type KeyReader,
	keyReader,
	quitDelay,
	quitWait,
	readKey,
	releaseHeld,
	splitKeys,
} from '../source/ui/keys-input.js';
import {seededRandom} from './fixtures.js';

/** What Ink's useInput reports for one event of its parser (ink/build/hooks/use-input.js), or nothing (App.js drops it). */
function inkKey(event: string): Key | undefined {
	const keypress = parseKeypress(event);
	if (isCompleteControlSequence(event) && keypress.name === '') return undefined;
	const name = keypress.name ?? '';
	const flags: KeyFlags = {
		upArrow: name === 'up',
		downArrow: name === 'down',
		leftArrow: name === 'left',
		rightArrow: name === 'right',
		pageDown: name === 'pagedown',
		pageUp: name === 'pageup',
		home: name === 'home',
		end: name === 'end',
		return: name === 'return',
		escape: name === 'escape',
		tab: name === 'tab',
		backspace: name === 'backspace',
		delete: name === 'delete',
		ctrl: keypress.ctrl,
		shift: keypress.shift,
		meta: keypress.meta,
	};
	let input = keypress.ctrl ? (name === 'space' ? ' ' : name) : keypress.sequence;
	if (nonAlphanumericKeys.includes(name)) input = '';
	if (input.startsWith('\u001B')) input = input.slice(1);
	if (input.length === 1 && /[A-Z]/.test(input)) flags.shift = true;
	return {input, flags: Object.fromEntries(Object.entries(flags).filter(([, on]) => on))};
}

/** Ink's wait for the rest of an escape sequence, after which it hands over what it has (App.js). */
const inkFlush = 20;

/**
 * Feeds reads of bytes, each `at` a time, through Ink's parser and the reader, as the view does; returns the keys
 * left to act on and the replies read. An Esc still held at the end is let go at `end`.
 */
function feed(reads: {bytes: string; at: number}[], options: {askedAt?: number; place?: Place; end?: number} = {}) {
	const {askedAt, place = 'view'} = options;
	const parser = createInputParser();
	let reader: KeyReader = keyReader(askedAt);
	const keys: Key[] = [];
	const replies: string[] = [];
	const take = (read: ReturnType<typeof readKey>) => {
		reader = read.reader;
		keys.push(...read.keys);
		if (read.reply !== undefined) replies.push(read.reply);
	};
	const hand = (events: (string | {paste: string})[], now: number) => {
		take(releaseHeld(reader, now));
		for (const event of events) {
			const key = typeof event === 'string' ? inkKey(event) : undefined;
			if (key) for (const one of splitKeys(key.input, key.flags)) take(readKey(reader, one, now, place));
		}
	};
	let last = -Infinity;
	for (const {bytes, at} of reads) {
		const pending = at - last >= inkFlush && parser.hasPendingEscape() ? parser.flushPendingEscape() : undefined;
		if (pending) hand([pending], last + inkFlush);
		hand(parser.push(bytes), at);
		last = at;
	}
	const end = options.end ?? last + inkFlush;
	const pending = parser.flushPendingEscape();
	if (pending) hand([pending], last + inkFlush);
	take(releaseHeld(reader, end, true));
	return {keys, replies, reader};
}

/** The presses the keys make in the view. */
const presses = (keys: Key[], place: Place = 'view') => keys.map((key) => keyPress(key, place)).filter(Boolean);
/** Reads one after another, `gap` apart, from time 1000. */
const apart = (pieces: string[], gap = 10) => pieces.map((bytes, index) => ({bytes, at: 1000 + index * gap}));

const answer = '\u001B]11;rgb:ffff/ffff/ffff\u001B\\';

describe('the reader', () => {
	test('typed keys pass as they are', () => {
		assert.deepEqual(presses(feed(apart(['j', '2jj', 'q'])).keys), presses(feed(apart(['j2jjq'])).keys));
		assert.deepEqual(presses(feed(apart(['\u001B[B', '\u0003'])).keys), [{action: 'down'}, {action: 'quit'}]);
	});

	test('the rest of an escape sequence split after its ESC is dropped, across reads', () => {
		for (const pieces of [
			['\u001B', '[B', 'j'],
			['\u001B', '[5~', 'j'],
			['\u001B', 'OB', 'j'],
			['\u001B[<0;1', '0;5Mj'],
			['\u001B[', '<0;10;5M', 'j'],
		]) {
			assert.deepEqual(presses(feed(apart(pieces, 50)).keys), [{action: 'back'}, {action: 'down'}].slice(pieces[0] === '\u001B' ? 0 : 1));
		}
	});

	test('after an Esc, a key typed later is a key', () => {
		assert.deepEqual(presses(feed(apart(['\u001B', 'O'], 5000)).keys), [{action: 'back'}]);
		assert.deepEqual(presses(feed(apart(['\u001B', '2'], 50)).keys), [{action: 'back'}, {action: 'jumpToTab', tab: 1}]);
	});

	test('strings the terminal sends (OSC, DCS) are dropped to their end, BEL or ST', () => {
		for (const pieces of [
			['\u001B]11;rgb:0000/0000/0000\u0007j'],
			['\u001B]11;rgb:00', '00/0000\u0007', 'j'],
			['\u001BP1+r544e', '\u001B\\', 'j'],
			['\u001B]10;rgb:ffff/ffff/ffff\u0007j'],
		]) {
			assert.deepEqual(presses(feed(apart(pieces, 50)).keys), [{action: 'down'}], JSON.stringify(pieces));
		}
	});

	test('a string left open is given up after a moment where no answer is due: Alt+] then keys', () => {
		assert.deepEqual(presses(feed(apart(['\u001B]', '2', '3'], 500)).keys), [
			{action: 'jumpToTab', tab: 1},
			{action: 'jumpToTab', tab: 2},
		]);
	});

	test('in the search field "[" is text: a search for a citation number, [3], is typed as it is', () => {
		const typed = (keys: Key[]) => keys.map((key) => key.input).join('');
		assert.equal(typed(feed(apart(['[', '3', ']'], 80), {place: 'field'}).keys), '[3]');
		assert.equal(typed(feed(apart(['[3]']), {place: 'field'}).keys), '[3]');
		assert.deepEqual(presses(feed(apart(['\u001B', '[B', 'x'], 50), {place: 'field'}).keys, 'field'), [
			{action: 'close'},
			{action: 'type', text: 'x'},
		]);
	});
});

describe('the answer to the background question', () => {
	test('is read whole, in any pieces and with any pause under 3 s between them, and is then no longer due', () => {
		for (const gap of [5, 300, 900]) {
			const read = feed(apart(['\u001B]11;rgb:ffff/', 'ffff/ffff', '\u001B', '\\j'], gap), {askedAt: 900});
			assert.deepEqual(read.replies, ['11;rgb:ffff/ffff/ffff'], `${gap} ms apart`);
			assert.deepEqual(presses(read.keys), [{action: 'down'}], `${gap} ms apart`);
			assert.equal(read.reader.answerDue, 0);
		}
	});

	test('cut after its ESC, which Ink hands over as the Esc key, it is still the answer', () => {
		const read = feed(apart(['\u001B', ']11;rgb:ffff/ffff/ffff\u0007', 'j'], 300), {askedAt: 900});
		assert.deepEqual(read.replies, ['11;rgb:ffff/ffff/ffff']);
		assert.deepEqual(presses(read.keys), [{action: 'down'}]);
	});

	test('an Esc read while it is due is held: given with the next key, or once its hold is over', () => {
		const withKey = feed(apart(['\u001B', 'j'], 300), {askedAt: 900});
		assert.deepEqual(presses(withKey.keys), [{action: 'back'}, {action: 'down'}]);
		const alone = feed(apart(['\u001B']), {askedAt: 900, end: 1000 + inkFlush + escapeHold});
		assert.deepEqual(presses(alone.keys), [{action: 'back'}]);
		const held = keyReader(900);
		const reading = readKey(held, {input: '', flags: {escape: true}}, 1000, 'view');
		assert.deepEqual(reading.keys, []);
		assert.deepEqual(releaseHeld(reading.reader, 1000 + escapeHold - 1).keys, []);
		assert.deepEqual(releaseHeld(reading.reader, 1000 + escapeHold).keys, [{input: '', flags: {escape: true}}]);
	});

	test('an Esc held is let go at the very end of its hold, whatever the clock read when it came, or when told its hold is over', () => {
		// 1496.655688002524 + 1000 - 1496.655688002524 is 999.9999999999998: once the view held this Esc for good.
		const heldSince = 1496.655688002524;
		const reading = readKey(keyReader(heldSince), {input: '', flags: {escape: true}}, heldSince, 'view');
		assert.deepEqual(releaseHeld(reading.reader, heldSince + escapeHold).keys, [{input: '', flags: {escape: true}}]);
		assert.deepEqual(releaseHeld(reading.reader, heldSince + 1, true).keys, [{input: '', flags: {escape: true}}]);
	});

	test('quitting waits briefly for it, and to its end once it has begun to come, never past the time it is due by', () => {
		const wait = (reads: string[], quitAt: number, now: number, askedAt = 900) => {
			const {reader} = feed(apart(reads, 50), {askedAt, end: 1000});
			return quitDelay({answerDue: reader.answerDue, begun: answerBegun(reader)}, quitAt, now);
		};
		// q at 990, nothing yet: 150 ms; past them, none.
		assert.equal(wait(['j'], 990, 1000), 990 + quitWait - 1000);
		assert.equal(wait(['j'], 990, 990 + quitWait), 0);
		// Its first piece come (cut in the middle of a colour, or after its ESC): to its end, up to a second.
		for (const piece of ['\u001B]11;rgb:ff', '\u001B]11', '\u001B]']) {
			assert.equal(wait([piece], 990, 990 + quitWait), answerEndWait - quitWait, JSON.stringify(piece));
		}
		assert.equal(wait(['\u001B]11;rgb:ff'], 990, 990 + answerEndWait), 0);
		// Not past the 3 s it is due by: asked at 0, due until 3000.
		assert.equal(wait(['\u001B]11;rgb:ff'], 2500, 2500 + quitWait, 0), 3000 - 2500 - quitWait);
		// Whole, or another string than the answer: nothing left to wait for, or nothing begun.
		assert.equal(wait([answer], 990, 1000), 0);
		assert.equal(wait(['\u001BP1+r544e'], 990, 990 + quitWait), 0);
	});

	test('keys with the answer among them, cut into reads anywhere and any time apart, make the presses of the keys alone', () => {
		const next = seededRandom(20_261_206);
		const pick = <T>(choices: readonly T[]) => choices[Math.floor(next() * choices.length)] as T;
		const keyChoices = ['j', 'k', '2', '3', 'G', 'g', '\u001B[B', '\u001B[A', '\t', '\u001B[Z', '\u001B[6~', '?', 'l', 'h'];
		for (let round = 0; round < 500; round++) {
			const typed = Array.from({length: 1 + Math.floor(next() * 6)}, () => pick(keyChoices));
			const expected = presses(feed([{bytes: typed.join(''), at: 1000}]).keys);
			const at = Math.floor(next() * (typed.length + 1));
			const pieces = [...typed.slice(0, at), pick([answer, answer.replace('\u001B\\', '\u0007')]), ...typed.slice(at)];
			const bytes = pieces.join('');
			// Inside a key's own escape sequence a long pause makes it an Esc and text, as it does in any terminal.
			const insideKey = new Set<number>();
			let offset = 0;
			for (const piece of pieces) {
				if (piece !== pieces[at]) for (let inside = 1; inside < piece.length; inside++) insideKey.add(offset + inside);
				offset += piece.length;
			}
			// Cut anywhere, at most 6 times, each pause short (Ink joins the pieces) or long (a slow link).
			const cuts = [...new Set(Array.from({length: Math.floor(next() * 7)}, () => 1 + Math.floor(next() * (bytes.length - 1))))].sort(
				(a, b) => a - b,
			);
			let time = 1000;
			const reads = [0, ...cuts].map((start, index, all) => {
				time += insideKey.has(start) ? pick([0, 5]) : pick([0, 5, 30, 300]);
				return {bytes: bytes.slice(start, all[index + 1]), at: time};
			});
			const read = feed(reads, {askedAt: 900});
			const how = JSON.stringify(reads);
			assert.deepEqual(presses(read.keys), expected, how);
			assert.deepEqual(read.replies, ['11;rgb:ffff/ffff/ffff'], how);
		}
	});
});
