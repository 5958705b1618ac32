import {type Background, backgroundOfReply} from '../format/paint.js';
import {mailAddress, spansText, styled} from '../format/text.js';
import {type KeyPress, keyPress} from '../keys.js';
import {type Line, type Section, type Span, shownEntries} from '../model.js';
import {type createSearch, foldText, queryWords, type SearchHit} from '../search.js';
import {shownView} from './frame.js';
import {type KeyReader, type KeysAction, keyReader, readKey, releaseHeld} from './keys-input.js';
import {createLayout, type Display, type Header, type Layout, type Size} from './layout.js';
import {type Context, type Effect, initialState, type Position, step, type ViewState} from './navigation.js';

/** What a key press asks of the world outside the view, to be done once the frame is drawn. */
export type Outgoing =
	/** `text` to the clipboard; the footer then says `what` was copied, and `tail` where else it is to be had. */
	{type: 'copy'; text: string; what: string; tail: Span[]; asked: ViewState} | {type: 'suspend'} | {type: 'quit'};

/** A link a browser is opening, and the notice that says so: its answer replaces that notice, and no other. */
export type BrowserRequest = {url: string; notice: Span[]};

/**
 * The viewer: where the view stands, what the footer says, and what key presses asked that is not yet done; and what
 * the reducer reads to decide it (the CV laid out at the window's size, its search).
 */
export type ViewerState = {
	world: ViewerWorld;
	view: ViewState;
	notice?: Span[];
	outbox: Outgoing[];
	/** One browser at a time: an `o` held down or pasted asks once. */
	browser?: BrowserRequest;
	/** Where the reading of keys stands between reads: see keys-input.ts. */
	keys: KeyReader;
	/** The background the terminal answered the query for it with (OSC 11), if it did. */
	background?: Background;
	/** After q, the keys of the same read and any later do nothing; a terminal's answer is still read. */
	quitting: boolean;
	/** The citation key of the paper last selected, which the card left after quitting shows. */
	paper?: string;
};

export type ViewerAction =
	| KeysAction
	/** The window's size, at start and whenever it changes, as Bubble Tea's WindowSizeMsg: the layout follows it. */
	| {type: 'resize'; size: Size}
	| {type: 'sent'; outgoing: readonly Outgoing[]}
	/** What the footer says of a copy, once the clipboard has it: shown unless the view has moved on since. */
	| {type: 'copied'; asked: ViewState; notice: Span[]}
	| {type: 'opened'; browser: BrowserRequest; notice: Span[]};

/** What the reducer reads besides the view: the CV, laid out at the window's size, its search, and the clipboard. */
export type ViewerWorld = {
	sections: readonly Section[];
	header: Header;
	display: Display;
	size: Size;
	layout: Layout;
	find: ReturnType<typeof createSearch>;
	/** The command as the reader runs it, for the one a notice offers. */
	command: string;
	canCopy: boolean;
};

/** The first line of `lines` at or after `from` where the query's first word is, if any. */
function lineOf(lines: readonly Line[], words: readonly string[], from = 0): number | undefined {
	const [word] = words;
	if (word === undefined) return undefined;
	for (let index = from; index < lines.length; index++) {
		if (foldText(spansText(lines[index] ?? [])).folded.includes(word)) return index;
	}
	return undefined;
}

/** Where a match's tab must stand to show it: its entry selected, the first line with the query in view. */
function positionOf({layout}: ViewerWorld, hit: SearchHit, query: string): Position {
	const words = queryWords(query);
	const geometry = layout.geometry(hit.tab);
	const entry = hit.entry ?? 0;
	if (geometry.kind === 'list') {
		const line = lineOf(layout.detail(hit.tab, entry), words) ?? 0;
		return {selected: entry, top: entry, detailTop: Math.max(0, line - 1)};
	}
	const {lines, entryRanges} = layout.document(hit.tab);
	const line = lineOf(lines, words, hit.entry === undefined ? 0 : (entryRanges[entry]?.start ?? 0)) ?? 0;
	return {selected: entry, top: Math.max(0, line - Math.floor(geometry.height / 3)), detailTop: 0};
}

/** What moving around reads of the world, for the view as it stands. */
function contextOf(world: ViewerWorld, view: ViewState): Context {
	const {layout, sections} = world;
	return {
		geometry: (tab) => layout.geometry(tab),
		help: {height: layout.bodyHeight(1), total: layout.helpLines().length},
		seeAlso: (tab, index) => shownEntries(sections[tab])[index]?.seeAlso,
		tabs: sections.length,
		find: world.find,
		positionOf: (hit) => positionOf(world, hit, view.search?.query ?? view.lastSearch?.query ?? ''),
	};
}

export const muted = (text: string) => styled(text, 'muted');
export const linkSpan = (url: string): Span => ({text: url, url, style: 'link'});

/** What a link opens: a mail link only as a message to its address. */
function openTarget(url: string): string {
	const address = mailAddress(url);
	return address === undefined ? url : `mailto:${address}`;
}

/** What the viewer starts from. */
export type ViewerStart = Omit<ViewerWorld, 'layout'> & {
	initialTab?: number;
	initialQuery?: string | undefined;
	/** When the terminal was asked its background (OSC 11), whose answer is then due. */
	backgroundAskedAt?: number | undefined;
};

export function initialViewerState({initialTab = 0, initialQuery, backgroundAskedAt, ...world}: ViewerStart): ViewerState {
	const tabs = world.sections.length;
	const header = {...world.header, openingTab: initialTab};
	return shown({
		world: {...world, header, layout: createLayout(world.sections, header, world.size, world.display)},
		view: {...initialState(tabs, initialTab), ...(initialQuery !== undefined && {search: {query: initialQuery, chosen: 0}})},
		outbox: [],
		keys: keyReader(backgroundAskedAt),
		quitting: false,
		// Until one is selected, the paper the opening tab marks.
		paper: selectedPaper(initialState(tabs, initialTab), world.sections),
	});
}

/** Carries out one effect of a key press as far as the state goes: a notice, a browser to start, or an errand. */
function withEffect(state: ViewerState, effect: Effect): ViewerState {
	const {sections, command, canCopy} = state.world;
	const entry = (index: number) => shownEntries(sections[state.view.tab])[index];
	const send = (outgoing: Outgoing) => ({...state, outbox: [...state.outbox, outgoing]});
	const say = (text: string) => ({...state, notice: [muted(text)]});
	switch (effect.type) {
		case 'quit':
			return {...send({type: 'quit'}), quitting: true};
		case 'suspend':
			return send({type: 'suspend'});
		case 'notice':
			return say(effect.text);
		case 'open': {
			const link = entry(effect.entry)?.primaryLink;
			if (link === undefined) return say('This item has no link to open.');
			if (state.browser) return state;
			const url = openTarget(link.url);
			const notice = [muted('Opening '), linkSpan(url)];
			return {...state, notice, browser: {url, notice}};
		}
		case 'copy': {
			const item = entry(effect.entry);
			if (effect.what === 'link') {
				const link = item?.primaryLink;
				if (!link || !canCopy) return say('This item has no link to copy.');
				const shown = mailAddress(link.url) ?? link.url;
				return send({type: 'copy', text: shown, what: `the ${link.label} link`, tail: [muted(': '), linkSpan(shown)], asked: state.view});
			}
			const bibtex = item?.bibtex;
			if (bibtex === undefined || !canCopy) return say('Only a paper has a BibTeX entry to copy.');
			const key = item?.key ?? '';
			return send({
				type: 'copy',
				text: bibtex,
				what: `BibTeX of ${key}`,
				tail: [muted(' · not pasted? '), styled(`${command} --bibtex ${key}`)],
				asked: state.view,
			});
		}
		default:
			return effect satisfies never;
	}
}

/** One key press: the view steps (moving on takes the notice away with it), then its effects are taken in. */
function press(state: ViewerState, keyPressed: KeyPress): ViewerState {
	const result = step(state.view, keyPressed, contextOf(state.world, state.view));
	let next = result.state === state.view ? state : {...state, view: result.state, notice: undefined};
	for (const effect of result.effects) next = withEffect(next, effect);
	return next;
}

/** The citation key of the paper selected in the tab shown, if a paper is. */
function selectedPaper(view: ViewState, sections: readonly Section[]): string | undefined {
	if (view.search || view.help) return undefined;
	return shownEntries(sections[view.tab])[view.positions[view.tab]?.selected ?? 0]?.key;
}

const placeOf = (state: ViewerState) => (state.view.search ? 'field' : 'view');

/** The state with its view as drawn: positions are corrected here, once, for the size and the footer. */
function shown(state: ViewerState): ViewerState {
	const view = shownView(state.world.layout, state.world.sections, state.view, state.notice);
	return view === state.view ? state : {...state, view};
}

/** How the viewer changes: pure, from the state and the action alone. */
export function reduceViewer(state: ViewerState, action: ViewerAction): ViewerState {
	const next = reduce(state, action);
	const changed = next.view !== state.view || next.notice !== state.notice || next.world !== state.world;
	const settled = changed ? shown(next) : next;
	// The paper last selected, which the card left after quitting shows.
	const paper = selectedPaper(settled.view, settled.world.sections);
	return paper === undefined || paper === settled.paper ? settled : {...settled, paper};
}

function reduce(state: ViewerState, action: ViewerAction): ViewerState {
	switch (action.type) {
		case 'keys': {
			let next = state;
			const take = (read: ReturnType<typeof readKey>) => {
				if (read.reader !== next.keys) next = {...next, keys: read.reader};
				const background = read.reply === undefined ? undefined : backgroundOfReply(read.reply);
				if (background && background !== next.background) next = {...next, background};
				for (const key of read.keys) {
					// After q, or after the o that starts a browser (one run with the terminal reads what is typed next): the rest is not the view's.
					const done = next.quitting || (next.browser && next.browser !== state.browser);
					const pressed = done ? undefined : keyPress(key, placeOf(next));
					if (pressed) next = press(next, pressed);
				}
			};
			take(releaseHeld(next.keys, action.now, action.holdOver));
			for (const key of action.keys) take(readKey(next.keys, key, action.now, placeOf(next)));
			return next;
		}
		case 'paste':
			return state.view.search && !state.quitting ? press(state, {action: 'type', text: action.text}) : state;
		case 'resize': {
			const {world} = state;
			if (action.size.columns === world.size.columns && action.size.rows === world.size.rows) return state;
			const layout = createLayout(world.sections, world.header, action.size, world.display);
			return {...state, world: {...world, size: action.size, layout}};
		}
		case 'sent':
			return {...state, outbox: state.outbox.filter((outgoing) => !action.outgoing.includes(outgoing))};
		case 'copied':
			return state.view === action.asked ? {...state, notice: action.notice} : state;
		case 'opened': {
			const {browser: _, ...rest} = state;
			return state.notice === action.browser.notice ? {...rest, notice: action.notice} : rest;
		}
		default:
			return action satisfies never;
	}
}
