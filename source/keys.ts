import {sectionIds} from './sections.js';

/** What a key does; the key table below is the one place that maps keys to these. */
export type Action =
	| 'nextTab'
	| 'previousTab'
	| 'jumpToTab'
	| 'down'
	| 'up'
	| 'first'
	| 'last'
	| 'pageDown'
	| 'pageUp'
	| 'open'
	| 'seeAlso'
	| 'copyLink'
	| 'copyBibtex'
	| 'search'
	| 'nextMatch'
	| 'previousMatch'
	| 'help'
	| 'back'
	| 'suspend'
	| 'quit'
	| 'choosePrevious'
	| 'chooseNext'
	| 'go'
	| 'close'
	| 'erase'
	| 'clear';

/** The named keys of Ink's `useInput`, as far as the table uses them. */
export type KeyFlags = {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	tab?: boolean;
	backspace?: boolean;
	delete?: boolean;
	shift?: boolean;
	ctrl?: boolean;
	meta?: boolean;
};

type NamedKey =
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'tab'
	| 'backspace'
	| 'delete';

/** A key as the help shows it (`label`) and as input matches it: typed characters, or a named key. */
type KeySpec = {
	label: string;
	characters?: string;
	named?: NamedKey;
	shift?: boolean;
	ctrl?: boolean;
};

/** Where a key acts: in the view (the tabs and the help), in the search field while it is open, or in both. */
export type KeyPlace = 'view' | 'field' | 'both';

/**
 * `hint`: how the footer names the binding in the CV view, the help and the search field, where it does; `{move}`,
 * `{link}` and `{copy}` are what moving, opening and copying do for the item in view. The footer keeps the hints of
 * highest `rank` that fit.
 */
export type KeyBinding = {
	action: Action;
	keys: KeySpec[];
	description: string;
	place?: KeyPlace;
	hint?: {keys: string; rank: number; view?: string; help?: string; field?: string};
};

/** One tab per section, each reached by its number. */
const tabCount = sectionIds.length;

export const keyBindings: readonly KeyBinding[] = [
	{
		action: 'nextTab',
		description: 'Next tab',
		hint: {keys: '←→', rank: 6, view: 'tabs'},
		keys: [
			{label: '→', named: 'rightArrow'},
			{label: 'l', characters: 'l'},
			{label: 'Tab', named: 'tab'},
		],
	},
	{
		action: 'previousTab',
		description: 'Previous tab',
		keys: [
			{label: '←', named: 'leftArrow'},
			{label: 'h', characters: 'h'},
			{label: 'Shift+Tab', named: 'tab', shift: true},
		],
	},
	{
		action: 'jumpToTab',
		description: 'Go to that tab',
		keys: [{label: `1–${tabCount}`, characters: Array.from({length: tabCount}, (_, index) => String(index + 1)).join('')}],
	},
	{
		action: 'down',
		description: 'Next item, or scroll down',
		hint: {keys: '↑↓', rank: 4, view: '{move}', help: 'scroll'},
		keys: [
			{label: '↓', named: 'downArrow'},
			{label: 'j', characters: 'j'},
		],
	},
	{
		action: 'up',
		description: 'Previous item, or scroll up',
		keys: [
			{label: '↑', named: 'upArrow'},
			{label: 'k', characters: 'k'},
		],
	},
	{
		action: 'first',
		description: 'First item',
		keys: [
			{label: 'g', characters: 'g'},
			{label: 'Home', named: 'home'},
		],
	},
	{
		action: 'last',
		description: 'Last item',
		keys: [
			{label: 'G', characters: 'G'},
			{label: 'End', named: 'end'},
		],
	},
	{
		action: 'pageDown',
		description: 'One page down',
		keys: [{label: 'PgDn', named: 'pageDown'}],
	},
	{
		action: 'pageUp',
		description: 'One page up',
		keys: [{label: 'PgUp', named: 'pageUp'}],
	},
	{
		action: 'open',
		description: 'Open the selected item’s link (a paper’s arXiv page) in the browser',
		hint: {keys: 'o', rank: 7, view: 'open {link}'},
		keys: [
			{label: 'o', characters: 'o'},
			{label: 'Enter', named: 'return'},
		],
	},
	{
		action: 'seeAlso',
		description: 'Go to the paper under “See also”',
		hint: {keys: 's', rank: 2, view: 'see also'},
		keys: [{label: 's', characters: 's'}],
	},
	{
		action: 'copyLink',
		description: 'Copy the selected item’s link to the clipboard (OSC 52, over SSH too)',
		hint: {keys: 'y', rank: 5, view: 'copy {copy}'},
		keys: [{label: 'y', characters: 'y'}],
	},
	{
		action: 'copyBibtex',
		description: 'Copy the selected paper’s BibTeX entry to the clipboard',
		hint: {keys: 'b', rank: 3, view: 'BibTeX'},
		keys: [{label: 'b', characters: 'b'}],
	},
	{
		action: 'search',
		description: 'Search every section (as you type; pasting works too)',
		hint: {keys: '/', rank: 8, view: 'search'},
		keys: [{label: '/', characters: '/'}],
	},
	{
		action: 'nextMatch',
		description: 'Go to the next match of the last search',
		hint: {keys: 'n', rank: 1, view: 'next match'},
		keys: [{label: 'n', characters: 'n'}],
	},
	{
		action: 'previousMatch',
		description: 'Go to the previous match of the last search',
		keys: [{label: 'N', characters: 'N'}],
	},
	{
		action: 'help',
		description: 'Show or hide this help',
		hint: {keys: '?', rank: 9, view: 'help'},
		keys: [{label: '?', characters: '?'}],
	},
	{
		action: 'back',
		description: 'Close the help',
		hint: {keys: 'Esc', rank: 9, help: 'close'},
		keys: [{label: 'Esc', named: 'escape'}],
	},
	{
		action: 'suspend',
		description: 'Suspend to the shell (fg comes back)',
		keys: [{label: 'Ctrl+Z', characters: 'z', ctrl: true}],
	},
	{
		action: 'quit',
		description: 'Quit',
		hint: {keys: 'q', rank: 10, view: 'quit', help: 'quit'},
		keys: [{label: 'q', characters: 'q'}],
	},
	{
		action: 'quit',
		description: 'Quit, from anywhere',
		place: 'both',
		keys: [{label: 'Ctrl+C', characters: 'c', ctrl: true}],
	},
	{
		action: 'choosePrevious',
		description: 'Choose the previous match',
		place: 'field',
		hint: {keys: '↑↓', rank: 4, field: 'choose'},
		keys: [
			{label: '↑', named: 'upArrow'},
			{label: 'Ctrl+P', characters: 'p', ctrl: true},
		],
	},
	{
		action: 'chooseNext',
		description: 'Choose the next match',
		place: 'field',
		keys: [
			{label: '↓', named: 'downArrow'},
			{label: 'Ctrl+N', characters: 'n', ctrl: true},
		],
	},
	{
		action: 'go',
		description: 'Go to the chosen match in its tab',
		place: 'field',
		hint: {keys: 'Enter', rank: 5, field: 'go'},
		keys: [{label: 'Enter', named: 'return'}],
	},
	{
		action: 'erase',
		description: 'Erase the last character',
		place: 'field',
		keys: [
			{label: 'Backspace', named: 'backspace'},
			{label: 'Delete', named: 'delete'},
		],
	},
	{
		action: 'clear',
		description: 'Erase the whole search',
		place: 'field',
		keys: [{label: 'Ctrl+U', characters: 'u', ctrl: true}],
	},
	{
		action: 'close',
		description: 'Close the search and go back to where you were',
		place: 'field',
		hint: {keys: 'Esc', rank: 6, field: 'close'},
		keys: [{label: 'Esc', named: 'escape'}],
	},
];

/** A key press: an action of the table (with the tab of a digit), or text typed into the search field. */
export type KeyPress = {action: Action; tab?: number} | {action: 'type'; text: string};

const actsIn = (binding: KeyBinding, place: 'view' | 'field') => (binding.place ?? 'view') === place || binding.place === 'both';

function matchesNamed(spec: KeySpec, flags: KeyFlags): boolean {
	return spec.named !== undefined && flags[spec.named] === true && Boolean(spec.shift) === Boolean(flags.shift);
}

/**
 * The presses one read of input makes in the view or in the search field. A named key is one press. In the view,
 * typed text is one press per character; in the field it is text to type, but for the Ctrl keys of the table.
 */
export function keyPresses(input: string, flags: KeyFlags, place: 'view' | 'field' = 'view'): KeyPress[] {
	const bindings = keyBindings.filter((binding) => actsIn(binding, place));
	for (const binding of bindings) {
		if (binding.keys.some((spec) => matchesNamed(spec, flags))) return [{action: binding.action}];
	}
	// Alt+letter is not ours to take (Ink reports Esc itself as meta too, matched above).
	if (flags.meta) return [];
	const byCharacter = (character: string) =>
		bindings.find((candidate) =>
			candidate.keys.some((spec) => spec.characters?.includes(character) && Boolean(spec.ctrl) === Boolean(flags.ctrl)),
		);
	if (place === 'field') {
		const binding = flags.ctrl ? byCharacter(input) : undefined;
		if (binding) return [{action: binding.action}];
		return flags.ctrl || input === '' ? [] : [{action: 'type', text: input}];
	}
	const presses: KeyPress[] = [];
	for (const character of input) {
		const binding = byCharacter(character);
		if (binding === undefined) continue;
		presses.push(binding.action === 'jumpToTab' ? {action: 'jumpToTab', tab: Number(character) - 1} : {action: binding.action});
	}
	return presses;
}

/** The rows of the help: each binding's keys and what it does, the search field's keys apart. */
export function keyTable(): {keys: string; description: string; inField: boolean}[] {
	return keyBindings.map((binding) => ({
		keys: binding.keys.map((key) => key.label).join(' '),
		description: binding.description,
		inField: binding.place === 'field',
	}));
}

/** Short hints for the footer of the CV view, of the help or of the search field, in table order. */
export function keyHints(mode: 'view' | 'help' | 'field'): {action: Action; keys: string; text: string; rank: number}[] {
	return keyBindings.flatMap((binding) => {
		const text = binding.hint?.[mode];
		return binding.hint && text ? [{action: binding.action, keys: binding.hint.keys, text, rank: binding.hint.rank}] : [];
	});
}
