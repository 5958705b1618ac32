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
	| 'help'
	| 'back'
	| 'suspend'
	| 'quit';

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

type NamedKey = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';

/** A key as the help shows it (`label`) and as input matches it: typed characters, or a named key. */
type KeySpec = {
	label: string;
	characters?: string;
	named?: NamedKey;
	shift?: boolean;
	ctrl?: boolean;
};

/**
 * `hint`: how the footer names the binding in the CV view and in the help, where it does; `{move}` and `{link}` are
 * what moving and opening do for the item in view. The footer keeps the hints of highest `rank` that fit.
 */
export type KeyBinding = {
	action: Action;
	keys: KeySpec[];
	description: string;
	hint?: {keys: string; rank: number; view?: string; help?: string};
};

/** One tab per section, each reached by its number. */
const tabCount = sectionIds.length;

export const keyBindings: readonly KeyBinding[] = [
	{
		action: 'nextTab',
		description: 'Next tab',
		hint: {keys: '←→', rank: 3, view: 'tabs'},
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
		hint: {keys: '↑↓', rank: 2, view: '{move}', help: 'scroll'},
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
		hint: {keys: 'o', rank: 4, view: 'open {link}'},
		keys: [
			{label: 'o', characters: 'o'},
			{label: 'Enter', named: 'return'},
		],
	},
	{
		action: 'seeAlso',
		description: 'Go to the paper under “See also”',
		hint: {keys: 's', rank: 1, view: 'see also'},
		keys: [{label: 's', characters: 's'}],
	},
	{
		action: 'help',
		description: 'Show or hide this help',
		hint: {keys: '?', rank: 5, view: 'help'},
		keys: [{label: '?', characters: '?'}],
	},
	{
		action: 'back',
		description: 'Close the help',
		hint: {keys: 'Esc', rank: 5, help: 'close'},
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
		hint: {keys: 'q', rank: 6, view: 'quit', help: 'quit'},
		keys: [
			{label: 'q', characters: 'q'},
			{label: 'Ctrl+C', characters: 'c', ctrl: true},
		],
	},
];

export type KeyPress = {action: Action; tab?: number};

function matchesNamed(spec: KeySpec, flags: KeyFlags): boolean {
	return spec.named !== undefined && flags[spec.named] === true && Boolean(spec.shift) === Boolean(flags.shift);
}

/** The actions one read of input asks for, in order: a named key is one press, typed text is one press per character. */
export function keyPresses(input: string, flags: KeyFlags): KeyPress[] {
	for (const binding of keyBindings) {
		if (binding.keys.some((spec) => matchesNamed(spec, flags))) return [{action: binding.action}];
	}
	// Alt+letter is not ours to take (Ink reports Esc itself as meta too, matched above).
	if (flags.meta) return [];
	const presses: KeyPress[] = [];
	for (const character of input) {
		const binding = keyBindings.find((candidate) =>
			candidate.keys.some((spec) => spec.characters?.includes(character) && Boolean(spec.ctrl) === Boolean(flags.ctrl)),
		);
		if (binding === undefined) continue;
		presses.push(binding.action === 'jumpToTab' ? {action: 'jumpToTab', tab: Number(character) - 1} : {action: binding.action});
	}
	return presses;
}

/** One line per binding: its keys, then what it does. */
export function keyTable(): {keys: string; description: string}[] {
	return keyBindings.map((binding) => ({
		keys: binding.keys.map((key) => key.label).join(' '),
		description: binding.description,
	}));
}

/** Short hints for the footer of the CV view or of the help, in table order. */
export function keyHints(mode: 'view' | 'help'): {action: Action; keys: string; text: string; rank: number}[] {
	return keyBindings.flatMap((binding) => {
		const text = binding.hint?.[mode];
		return binding.hint && text ? [{action: binding.action, keys: binding.hint.keys, text, rank: binding.hint.rank}] : [];
	});
}
