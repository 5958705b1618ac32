import {sectionIds} from './model.js';

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
export const namedKeys = [
	'upArrow',
	'downArrow',
	'leftArrow',
	'rightArrow',
	'pageUp',
	'pageDown',
	'home',
	'end',
	'return',
	'escape',
	'tab',
	'backspace',
	'delete',
] as const;

type NamedKey = (typeof namedKeys)[number];

/** A key's flags as Ink's `useInput` reports them, as far as the table uses them. */
export type KeyFlags = Partial<Record<NamedKey | 'shift' | 'ctrl' | 'meta', boolean>>;

/** One key as Ink's `useInput` reports a key that comes alone: the text it types, and its flags. */
export type Key = {input: string; flags: KeyFlags};

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
	/** What the help says of it for a CV without papers: another description, or nothing (`false`: it does nothing there). */
	withoutPapers?: string | false;
};

/** The tabs the digit keys reach: one digit each, so nine at most; a tenth is reached with the arrows ("10" is a 1 and a 0). */
const mostTabs = Math.min(9, sectionIds.length);

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
		keys: [{label: `1–${mostTabs}`, characters: Array.from({length: mostTabs}, (_, index) => String(index + 1)).join('')}],
	},
	{
		action: 'down',
		description: 'Next item, or scroll down',
		hint: {keys: '↑↓', rank: 5, view: '{move}', help: 'scroll'},
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
		withoutPapers: 'Open the selected item’s link in the browser',
		hint: {keys: 'o', rank: 7, view: 'open {link}'},
		keys: [
			{label: 'o', characters: 'o'},
			{label: 'Enter', named: 'return'},
		],
	},
	{
		action: 'seeAlso',
		description: 'Go to the paper under “See also”',
		withoutPapers: false,
		hint: {keys: 's', rank: 2, view: 'see also'},
		keys: [{label: 's', characters: 's'}],
	},
	{
		action: 'copyLink',
		description: 'Copy the selected item’s link to the clipboard (OSC 52, over SSH too)',
		hint: {keys: 'y', rank: 4, view: 'copy {copy}'},
		keys: [{label: 'y', characters: 'y'}],
	},
	{
		action: 'copyBibtex',
		description: 'Copy the selected paper’s BibTeX entry to the clipboard',
		withoutPapers: false,
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

/** Where a key acts now: in the view (the tabs and the help), or in the search field while it is open. */
export type Place = Exclude<KeyPlace, 'both'>;

const actsIn = (binding: KeyBinding, place: Place) => (binding.place ?? 'view') === place || binding.place === 'both';

function matchesNamed(spec: KeySpec, flags: KeyFlags): boolean {
	return spec.named !== undefined && flags[spec.named] === true && Boolean(spec.shift) === Boolean(flags.shift);
}

/**
 * What one key does in the view or in the search field: an action of the table, text typed into the field, or
 * nothing. In the field, every key but a named one or a Ctrl key of the table types its text.
 */
export function keyPress({input, flags}: Key, place: Place): KeyPress | undefined {
	const bindings = keyBindings.filter((binding) => actsIn(binding, place));
	const named = bindings.find((binding) => binding.keys.some((spec) => matchesNamed(spec, flags)));
	if (named) return {action: named.action};
	// Alt+letter is not ours to take (Ink reports Esc itself as meta too, matched above).
	if (flags.meta || input === '') return undefined;
	const binding = bindings.find((candidate) =>
		candidate.keys.some((spec) => [...(spec.characters ?? '')].includes(input) && Boolean(spec.ctrl) === Boolean(flags.ctrl)),
	);
	if (binding?.action === 'jumpToTab') return {action: 'jumpToTab', tab: Number(input) - 1};
	if (binding) return {action: binding.action};
	return place === 'field' && !flags.ctrl ? {action: 'type', text: input} : undefined;
}

const arrowNames: Record<string, string> = {'←→': 'left/right', '↑↓': 'up/down', '←': 'Left', '→': 'Right', '↑': 'Up', '↓': 'Down'};

/** Arrow keys by name, for a terminal without UTF-8, whose stand-ins would read as other keys ("^v" as Ctrl+V). */
export function keyNames(keys: string): string {
	return keys.replace(/←→|↑↓|[←→↑↓]/g, (arrows) => arrowNames[arrows] ?? arrows);
}

/** What the help is for: the CV's number of `tabs`, whether it has `papers`, and whether arrows are named (`ascii`). */
export type KeyTableFor = {tabs?: number; papers?: boolean; ascii?: boolean};

/**
 * The rows of the help (`?` and `--help` alike): each binding's keys and what it does, the search field's keys apart;
 * `1–N` for the CV's tabs; for a CV without papers, no paper's keys.
 */
export function keyTable({
	tabs = mostTabs,
	papers = true,
	ascii = false,
}: KeyTableFor = {}): {keys: string; description: string; inField: boolean}[] {
	return keyBindings.flatMap((binding) => {
		const description = papers ? binding.description : (binding.withoutPapers ?? binding.description);
		if (description === false) return [];
		const keys = binding.action === 'jumpToTab' ? `1–${Math.min(tabs, mostTabs)}` : binding.keys.map((key) => key.label).join(' ');
		return [{keys: ascii ? keyNames(keys) : keys, description, inField: binding.place === 'field'}];
	});
}

/** Short hints for the footer of the CV view, of the help or of the search field, in table order. */
export function keyHints(mode: 'view' | 'help' | 'field'): {action: Action; keys: string; text: string; rank: number}[] {
	return keyBindings.flatMap((binding) => {
		const text = binding.hint?.[mode];
		return binding.hint && text ? [{action: binding.action, keys: binding.hint.keys, text, rank: binding.hint.rank}] : [];
	});
}
