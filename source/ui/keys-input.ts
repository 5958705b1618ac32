import {useInput, usePaste} from 'ink';
import {useEffect} from 'react';
import {type Key, type KeyFlags, namedKeys, type Place} from '../keys.js';

/**
 * Every rule about what Ink hands over becoming keys, in one place. Ink 8's `useInput` leaves three gaps, filled here:
 * a run of typed text comes whole (vadimdemedes/ink#782, a PR closed unmerged); a sequence cut by a pause comes as
 * typed text (vadimdemedes/ink#1013 fixed whole ones only); and strings a terminal sends (OSC, DCS) come as keys.
 */

/**
 * Where the reading stands between keys: in plain keys; just after an Esc, whose split-off rest may follow; inside the
 * rest of an escape sequence; or inside a string the terminal sends (an OSC or DCS reply), until its end. `answerDue`
 * is the time until which an answer to the background question (OSC 11) may come, 0 once none is due; an Esc read
 * meanwhile is held (`heldSince`), since the answer may start with it.
 */
export type KeyReader = {
	mode: 'keys' | 'afterEscape' | 'sequenceTail' | 'string';
	since: number;
	text: string;
	answerDue: number;
	heldSince?: number;
};

/** How long after the question its answer may come: over SSH and mosh, hundreds of milliseconds are ordinary. */
export const answerWait = 3000;
/** How long an Esc is held while an answer is due, to tell it from the answer's first byte. */
export const escapeHold = 1000;
/** How long quitting waits for an answer still due, so that the shell does not get it as typing. */
export const quitWait = 150;
/** How long quitting waits for the end of an answer that has begun to come: over a slow link its pieces come apart. */
export const answerEndWait = 1000;
/** A terminal's reply other than the answer comes at once; a string left open longer was a key after all (Alt+]). */
const stringTimeout = 200;
/** The rest of a split escape sequence comes within this, even over a slow link; after it, keys are keys. */
const tailTimeout = 1000;
/** Introducers of strings a terminal sends, as Ink reports them: Alt plus the character after ESC. */
const stringIntroducers = new Set([']', 'P', '_', '^', 'X']);
/** CSI parameter and intermediate bytes, then the final byte that ends the sequence. */
const sequenceTail = /^[0-?]*[ -/]*([@-~])?/;
const escapeKey: Key = {input: '', flags: {escape: true}};

/** A reader before any key; `askedAt`: when the background question was sent, if it was. */
export function keyReader(askedAt?: number): KeyReader {
	return {mode: 'keys', since: 0, text: '', answerDue: askedAt === undefined ? 0 : askedAt + answerWait};
}

/** Whether an answer to the background question may still come. */
export const answerIsDue = (reader: Pick<KeyReader, 'answerDue'>, now: number) => now < reader.answerDue;

/** Whether `text` is how an answer to the background question begins (`11;rgb:ffff/ffff/ffff`, some precision). */
const beginsAnswer = (text: string) => /^(?:1|11|11;(?:r|rg|rgba?|rgba?:[0-9a-f/]*)?)?$/i.test(text);

/** Whether an answer has begun to come: an Esc held for it, or a string that begins as the answer does. */
export const answerBegun = (reader: KeyReader) =>
	reader.heldSince !== undefined || (reader.mode === 'string' && beginsAnswer(reader.text.replace(/\u001B$/, '')));

/**
 * How long quitting at `quitAt` still waits, at `now`, before the terminal goes back to the shell, which would get an
 * answer still due (or its rest) as typing: `quitWait` for one not begun, up to `answerEndWait` for the end of one
 * begun, and never past the time it is due by; 0 once none is due.
 */
export function quitDelay(answer: {answerDue: number; begun: boolean}, quitAt: number, now: number): number {
	if (!answerIsDue(answer, now)) return 0;
	const until = answer.begun ? Math.min(quitAt + answerEndWait, answer.answerDue) : quitAt + quitWait;
	return Math.max(0, until - now);
}

/** A control character as a key, as Ink reports it when it comes alone: Enter, Tab, Backspace, or Ctrl plus a key. */
function controlKey(character: string): Key {
	switch (character) {
		case '\r':
			return {input: '', flags: {return: true}};
		case '\t':
			return {input: '', flags: {tab: true}};
		case '\b':
		case '\u007F':
			return {input: '', flags: {backspace: true}};
		default: {
			const code = character.charCodeAt(0);
			return {input: code === 0 ? ' ' : String.fromCharCode(code + (code <= 26 ? 96 : 64)), flags: {ctrl: true}};
		}
	}
}

/**
 * The keys of one input Ink's `useInput` hands over. Ink splits off escape sequences and pastes, but hands a run of
 * typed text over whole, control characters and all (Enter, Ctrl+U): each of its characters is a key of its own.
 */
export function splitKeys(input: string, flags: KeyFlags): Key[] {
	const characters = [...input];
	const plainText = !flags.ctrl && !flags.meta && !namedKeys.some((name) => flags[name]);
	if (!plainText || characters.length < 2) return [{input, flags}];
	return characters.map((character) => (/^[\u0000-\u001F\u007F]$/.test(character) ? controlKey(character) : {input: character, flags: {}}));
}

type Read = {reader: KeyReader; keys: Key[]; reply?: string};

/** The Esc held, if the hold is over by `now` (or `release`): the key it was, and the reader after it. */
export function releaseHeld(reader: KeyReader, now: number, release = false): Read {
	const {heldSince, ...rest} = reader;
	if (heldSince === undefined || (!release && now < heldSince + escapeHold && answerIsDue(reader, now))) return {reader, keys: []};
	return {reader: {...rest, mode: 'afterEscape', since: heldSince}, keys: [escapeKey]};
}

/** One key inside a string the terminal sends: its end gives the reply; the answer expected waits for its end. */
function readString(reader: KeyReader, {input, flags}: Key, now: number): Read | undefined {
	const patient = reader.since < reader.answerDue && beginsAnswer(reader.text.replace(/\u001B$/, ''));
	if (!patient && now - reader.since > stringTimeout) return undefined;
	// The string ends with ST (ESC \, split or not) or BEL, which comes as Ctrl+G.
	const afterEscape = reader.text.endsWith('\u001B');
	if ((flags.meta && input === '\\') || (flags.ctrl && input === 'g') || (afterEscape && input === '\\' && !flags.meta)) {
		const reply = reader.text.replace(/\u001B$/, '');
		const answered = /^11;/.test(reply);
		return {reader: {...keyReader(), answerDue: answered ? 0 : reader.answerDue}, keys: [], reply};
	}
	return {reader: {...reader, text: reader.text + (flags.escape ? '\u001B' : input)}, keys: []};
}

/**
 * One key through the reader, in the place where it acts: what is left of it to act on (none, itself, or an Esc held
 * before it), and the text of a terminal's reply once it ends (`11;rgb:ffff/ffff/ffff`). Takes out what is not a
 * key: terminal replies and the rest of an escape sequence that arrived split across reads (slow SSH, a busy loop),
 * which would otherwise act as digits and letters.
 */
export function readKey(reader: KeyReader, key: Key, now: number, place: Place): Read {
	const {input, flags} = key;
	if (reader.heldSince !== undefined) {
		// Ink hands over the rest of an answer cut after its ESC as text: "]11;rgb:…".
		if (input.startsWith(']') && !flags.meta && answerIsDue(reader, now)) {
			return {reader: {...reader, heldSince: undefined, mode: 'string', since: now, text: input.slice(1)}, keys: []};
		}
		const released = releaseHeld(reader, now, true);
		const next = readKey(released.reader, key, now, place);
		return {...next, keys: [...released.keys, ...next.keys]};
	}
	if (reader.mode === 'string') {
		const read = readString(reader, key, now);
		if (read) return read;
	}
	// Back to plain keys: the same reader where it already is there, so that a key that does nothing changes nothing.
	const plain = reader.mode === 'keys' && reader.since === 0 && reader.text === '' ? reader : {...keyReader(), answerDue: reader.answerDue};
	const keys = (rest: string, restFlags: KeyFlags = flags): Read => ({reader: plain, keys: [{input: rest, flags: restFlags}]});
	const enter = (mode: KeyReader['mode']): Read => ({reader: {mode, since: now, text: '', answerDue: reader.answerDue}, keys: []});
	if (flags.meta && stringIntroducers.has(input)) return enter('string');
	if (flags.escape && answerIsDue(reader, now)) return {reader: {...reader, heldSince: now}, keys: []};
	if (flags.escape) return {...keys(input), reader: {mode: 'afterEscape', since: now, text: '', answerDue: reader.answerDue}};
	if (input === '' || namedKeys.some((name) => flags[name])) return keys(input);
	const recent = now - reader.since <= tailTimeout;
	const inTail = reader.mode === 'sequenceTail' && recent;
	// After an Esc, "[" or "O" starts the rest of its sequence. In the view, "[" is a sequence that Ink cut short and
	// handed over without its ESC ("[" is no key there); in the search field it is typed text.
	const startsTail = (reader.mode === 'afterEscape' && recent && /^[[O]/.test(input)) || (place === 'view' && input.startsWith('['));
	if (!inTail && !startsTail) return keys(input);
	const body = inTail ? input : input.slice(1);
	const tail = sequenceTail.exec(body);
	if (tail?.[1] === undefined) return enter('sequenceTail');
	return keys(body.slice(tail[0].length), {});
}

/** What the keys of one read, or a paste, or the end of an Esc's hold, ask of the viewer. */
export type KeysAction =
	/** The keys of one read of input, each read where the key before it left the viewer; or an Esc's hold is over. */
	| {type: 'keys'; keys: readonly Key[]; now: number; holdOver?: boolean}
	/** Pasted text (bracketed paste), which goes into the search field and is never a command. */
	| {type: 'paste'; text: string};

/**
 * The terminal's input as actions: one hook for the view and the search field, since a per-render `isActive` would
 * send every key of one read (`/vision`) to one place; pasted text stays text. An Esc held while an answer is due is
 * let go once its hold is over, if no answer came.
 */
export function useKeys(dispatch: (action: KeysAction) => void, reader: KeyReader) {
	useInput((input: string, flags: KeyFlags) => dispatch({type: 'keys', keys: splitKeys(input, flags), now: performance.now()}));
	usePaste((text) => dispatch({type: 'paste', text}));
	const {heldSince, answerDue} = reader;
	useEffect(() => {
		if (heldSince === undefined) return;
		const end = Math.min(heldSince + escapeHold, answerDue);
		// Said outright: a timer may fire a millisecond before performance.now() gets to `end` (libuv's clock).
		const release = () => dispatch({type: 'keys', keys: [], now: performance.now(), holdOver: true});
		const timer = setTimeout(release, Math.max(0, end - performance.now()));
		return () => clearTimeout(timer);
	}, [heldSince, answerDue, dispatch]);
}
