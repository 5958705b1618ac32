import {type Background, backgroundOfReply} from '../format/paint.js';
import {mailAddress, styled} from '../format/text.js';
import {type Key, type KeyPress, keyPress} from '../keys.js';
import {type Section, type Span, shownEntries} from '../model.js';
import {filterInput, type InputFilterState, inputFilterStart} from './input-filter.js';
import {type Context, type Effect, initialState, step, type ViewState} from './navigation.js';

/** What a key press asks of the world outside the view, to be done once the frame is drawn. */
export type Outgoing =
	/** `text` to the clipboard; the footer then says `what` was copied, and `tail` where else it is to be had. */
	{type: 'copy'; text: string; what: string; tail: Span[]; asked: ViewState} | {type: 'suspend'} | {type: 'quit'};

/** A link a browser is opening, and the notice that says so: its answer replaces that notice, and no other. */
export type BrowserRequest = {url: string; notice: Span[]};

/** The viewer: where the view stands, what the footer says, and what key presses asked that is not yet done. */
export type ViewerState = {
	view: ViewState;
	notice?: Span[];
	outbox: Outgoing[];
	/** One browser at a time: an `o` held down or pasted asks once. */
	browser?: BrowserRequest;
	filter: InputFilterState;
	/** The background the terminal answered the query for it with (OSC 11), if it did. */
	background?: Background;
	/** After q, the keys of the same read and any later do nothing. */
	quitting: boolean;
	/** The citation key of the paper last selected, which the card left after quitting shows. */
	paper?: string;
};

export type ViewerAction =
	/** The keys of one read of input, each read where the key before it left the viewer. */
	| {type: 'keys'; keys: readonly Key[]; now: number}
	/** Pasted text (bracketed paste), which goes into the search field and is never a command. */
	| {type: 'paste'; text: string}
	| {type: 'sent'; outgoing: readonly Outgoing[]}
	/** What the footer says of a copy, once the clipboard has it: shown unless the view has moved on since. */
	| {type: 'copied'; asked: ViewState; notice: Span[]}
	| {type: 'opened'; browser: BrowserRequest; notice: Span[]};

/** What the reducer reads besides the state: the CV, the layout's answers, and whether there is a clipboard. */
export type ViewerWorld = {
	sections: readonly Section[];
	context: (view: ViewState) => Context;
	/** The command as the reader runs it, for the one a notice offers. */
	command: string;
	canCopy: boolean;
};

export const muted = (text: string) => styled(text, 'muted');
export const linkSpan = (url: string): Span => ({text: url, url, style: 'link'});

/** What a link opens: a mail link only as a message to its address. */
function openTarget(url: string): string {
	const address = mailAddress(url);
	return address === undefined ? url : `mailto:${address}`;
}

export function initialViewerState(tabs: number, initialTab = 0, initialQuery?: string): ViewerState {
	return {
		view: {...initialState(tabs, initialTab), ...(initialQuery !== undefined && {search: {query: initialQuery, chosen: 0}})},
		outbox: [],
		filter: inputFilterStart,
		quitting: false,
	};
}

/** Carries out one effect of a key press as far as the state goes: a notice, a browser to start, or an errand. */
function withEffect(state: ViewerState, effect: Effect, {sections, command, canCopy}: ViewerWorld): ViewerState {
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
function press(state: ViewerState, keyPressed: KeyPress, world: ViewerWorld): ViewerState {
	const result = step(state.view, keyPressed, world.context(state.view));
	let next = result.state === state.view ? state : {...state, view: result.state, notice: undefined};
	for (const effect of result.effects) next = withEffect(next, effect, world);
	const paper = selectedPaper(next.view, world.sections);
	return paper === undefined || paper === next.paper ? next : {...next, paper};
}

/** The citation key of the paper selected in the tab shown, if a paper is. */
export function selectedPaper(view: ViewState, sections: readonly Section[]): string | undefined {
	if (view.search || view.help) return undefined;
	return shownEntries(sections[view.tab])[view.positions[view.tab]?.selected ?? 0]?.key;
}

/** How the viewer changes: pure, from the state, the action and what it reads of the world. */
export function reduceViewer(state: ViewerState, action: ViewerAction, world: ViewerWorld): ViewerState {
	switch (action.type) {
		case 'keys': {
			let next = state;
			for (const key of action.keys) {
				if (next.quitting) break;
				const place = next.view.search ? 'field' : 'view';
				const filtered = filterInput(next.filter, key.input, key.flags, action.now, place);
				if (filtered.state !== next.filter) next = {...next, filter: filtered.state};
				const background = filtered.reply === undefined ? undefined : backgroundOfReply(filtered.reply);
				if (background && background !== next.background) next = {...next, background};
				const pressed = keyPress(filtered, place);
				if (pressed) next = press(next, pressed, world);
			}
			return next;
		}
		case 'paste':
			return state.view.search && !state.quitting ? press(state, {action: 'type', text: action.text}, world) : state;
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
