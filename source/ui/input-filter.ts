import {type KeyFlags, namedKeys, type Place} from '../keys.js';

/**
 * Where the input stands between reads: in plain keys; just after an Esc, whose split-off rest may follow; inside
 * the rest of an escape sequence; or inside a string the terminal sends (an OSC or DCS reply), until its end.
 */
export type InputFilterState = {mode: 'keys' | 'afterEscape' | 'sequenceTail' | 'string'; since: number; text?: string};

export const inputFilterStart: InputFilterState = {mode: 'keys', since: 0};

/** A terminal's reply arrives at once; a string left open longer than this was a key after all (Alt+]). */
const stringTimeout = 200;
/** The rest of a split escape sequence comes within this, even over a slow link; after it, keys are keys. */
const tailTimeout = 1000;
/** Introducers of strings a terminal sends, as Ink reports them: Alt plus the character after ESC. */
const stringIntroducers = new Set([']', 'P', '_', '^', 'X']);
/** CSI parameter and intermediate bytes, then the final byte that ends the sequence. */
const sequenceTail = /^[0-?]*[ -/]*([@-~])?/;

/**
 * Takes out of the keys of the input what is not a key: terminal replies (colour queries, cursor reports, mouse
 * reports) and the rest of an escape sequence that arrived split across reads (slow SSH, a busy loop), which Ink
 * would otherwise hand over as typed text, digits and letters that act as keys. Takes one key at a time (`splitKeys`),
 * in the place where it acts; returns what is left of it to act on, and the text of a terminal's reply once it ends
 * (`11;rgb:ffff/ffff/ffff`, the background colour asked for).
 */
export function filterInput(
	state: InputFilterState,
	input: string,
	flags: KeyFlags,
	now: number,
	place: Place,
): {state: InputFilterState; input: string; flags: KeyFlags; reply?: string} {
	const keys = (rest: string, restFlags: KeyFlags = flags) => ({state: inputFilterStart, input: rest, flags: restFlags});
	if (state.mode === 'string' && now - state.since <= stringTimeout) {
		// The string ends with ST (ESC \\) or BEL, which comes as Ctrl+G.
		const end = (flags.meta && input === '\\') || (flags.ctrl && input === 'g');
		return end ? {...keys('', {}), reply: state.text ?? ''} : {state: {...state, text: (state.text ?? '') + input}, input: '', flags: {}};
	}
	if (flags.meta && stringIntroducers.has(input)) return {state: {mode: 'string', since: now, text: ''}, input: '', flags: {}};
	if (flags.escape) return {state: {mode: 'afterEscape', since: now}, input, flags};
	if (input === '' || namedKeys.some((name) => flags[name])) return keys(input);
	const recent = now - state.since <= tailTimeout;
	const inTail = state.mode === 'sequenceTail' && recent;
	// After an Esc, "[" or "O" starts the rest of its sequence. In the view, "[" is a sequence that Ink cut short and
	// handed over without its ESC ("[" is no key there); in the search field it is typed text.
	const startsTail = (state.mode === 'afterEscape' && recent && /^[[O]/.test(input)) || (place === 'view' && input.startsWith('['));
	if (!inTail && !startsTail) return keys(input);
	const body = inTail ? input : input.slice(1);
	const tail = sequenceTail.exec(body);
	const length = tail?.[0].length ?? 0;
	if (tail?.[1] === undefined) return {state: {mode: 'sequenceTail', since: now}, input: '', flags: {}};
	return keys(body.slice(length), {});
}
