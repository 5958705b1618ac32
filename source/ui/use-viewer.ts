import {useApp, useInput, usePaste, useWindowSize} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import packageJson from '../../package.json' with {type: 'json'};
import type {Painter} from '../format/paint.js';
import {mailAddress, spansText, styled} from '../format/text.js';
import {type KeyFlags, type KeyPress, keyPress, type Place, splitKeys} from '../keys.js';
import type {Line, Section, Span} from '../model.js';
import {createSearch, foldText, queryWords, type SearchHit} from '../search.js';
import type {ClipboardReach} from './clipboard.js';
import {type FrameParts, frameParts} from './frame.js';
import {filterInput, inputFilterStart} from './input-filter.js';
import {createLayout, displayOf, type Header, minimumSize} from './layout.js';
import {type Context, type Effect, initialState, type Position, step, type ViewState} from './navigation.js';
import type {HandOver, OpenResult} from './open-url.js';
import type {TerminalSession} from './session.js';

export type ViewerProps = {
	sections: Section[];
	header: Header;
	painter: Painter;
	initialTab?: number;
	/** A search to open the view with, as `namukpark vision transformers` asks. */
	initialQuery?: string;
	/** Opens a link; a browser that runs with the terminal gets it through `handOver`. */
	openUrl: (url: string, handOver: HandOver) => Promise<OpenResult>;
	/** Puts text on the clipboard (OSC 52), and says whether it is known to get there. */
	copy?: (text: string) => ClipboardReach;
	/** The terminal the view runs in, where there is one to suspend (Ctrl+Z) and to leave a card in on quitting. */
	session?: Pick<TerminalSession, 'stop' | 'lend' | 'onStopRequest' | 'leaveBehind'>;
	/** The card to leave on the normal screen after quitting, at a width. */
	farewell?: (columns: number) => string;
};

/** A notice in the footer, and the request that made it: a later answer lands only while its request is the latest. */
type Notice = {request: number; spans: Span[]};

export type Viewer = {tooSmall: boolean; parts: FrameParts};

const muted = (text: string) => styled(text, 'muted');
const linkSpan = (url: string): Span => ({text: url, url, style: 'link'});

function openedNotice(url: string, result: OpenResult): Span[] {
	if (result.opened === true) return [muted('Opened '), linkSpan(url)];
	if (result.opened === 'started') return [muted(`Asked ${result.command} to open `), linkSpan(url)];
	return [muted(`Cannot open a browser: ${result.reason}. Open it yourself: `), linkSpan(url)];
}

/** What a link opens: a mail link only as a message to its address. */
function openTarget(url: string): string {
	const address = mailAddress(url);
	return address === undefined ? url : `mailto:${address}`;
}

/**
 * What the footer says after `y` or `b`, by whether the copy is known to reach the clipboard: `what` was copied, and
 * `tail` says where else it is to be had (the URL itself, or the command that prints it).
 */
function copiedNotice(what: string, reach: ClipboardReach, tail: Span[]): Span[] {
	switch (reach) {
		case 'yes':
			return [muted(`Copied ${what}`), ...tail];
		case 'unknown':
			return [muted(`Sent ${what} to the clipboard, if this terminal allows it (OSC 52)`), ...tail];
		case 'no':
			return [muted(`This terminal does not take copies (OSC 52); ${what}`), ...tail];
		default:
			return reach satisfies never;
	}
}

/** The first line of `lines` at or after `from` where the query's first word is, if any. */
function lineOf(lines: readonly Line[], words: readonly string[], from = 0): number | undefined {
	const [word] = words;
	if (word === undefined) return undefined;
	for (let index = from; index < lines.length; index++) {
		if (foldText(spansText(lines[index] ?? [])).folded.includes(word)) return index;
	}
	return undefined;
}

/** The viewer's state, input and effects: what the frame shows now, and how each key press changes it. */
export function useViewer(props: ViewerProps): Viewer {
	const {sections, header, painter, initialTab = 0, initialQuery, openUrl, copy, session, farewell} = props;
	const {exit, suspendTerminal} = useApp();
	const size = useWindowSize();
	const layout = useMemo(() => createLayout(sections, header, size, displayOf(painter)), [sections, header, size, painter]);
	// Built on the first search, not at start-up.
	const find = useMemo(() => createSearch(sections), [sections]);
	const [state, setState] = useState<ViewState>(() => ({
		...initialState(sections.length, initialTab),
		...(initialQuery !== undefined && {search: {query: initialQuery, chosen: 0}}),
	}));
	const [notice, setNotice] = useState<Notice | undefined>();
	// The latest state and request, for key presses that arrive before React has drawn the last ones.
	const stateRef = useRef(state);
	const noticeRef = useRef(notice);
	const lastRequest = useRef(0);
	const inputFilter = useRef(inputFilterStart);
	// One browser at a time: an `o` held down or pasted asks once.
	const opening = useRef(false);
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;

	/** Where a match's tab must stand to show it: its entry selected, the first line with the query in view. */
	const positionOf = (hit: SearchHit, query: string): Position => {
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
	};

	const context: Context = {
		geometry: (tab) => layout.geometry(tab),
		help: {height: layout.bodyHeight(1), total: layout.helpLines().length},
		seeAlso: (tab, index) => sections[tab]?.entries[index]?.seeAlso,
		tabs: sections.length,
		find,
		positionOf: (hit) => positionOf(hit, stateRef.current.search?.query ?? stateRef.current.lastSearch?.query ?? ''),
	};

	const showNotice = (spans: Span[] | undefined): Notice | undefined => {
		lastRequest.current += 1;
		return spans && {request: lastRequest.current, spans};
	};

	/** Puts the selected entry's main link, or a paper's BibTeX, on the clipboard; returns what the footer says. */
	const copyOut = (what: 'link' | 'bibtex', viewState: ViewState, entryIndex: number): Span[] => {
		const entry = sections[viewState.tab]?.entries[entryIndex];
		if (what === 'link') {
			const link = entry?.primaryLink;
			if (!link || !copy) return [muted('This item has no link to copy.')];
			const shown = mailAddress(link.url) ?? link.url;
			return copiedNotice(`the ${link.label} link`, copy(shown), [muted(': '), linkSpan(shown)]);
		}
		const bibtex = entry?.bibtex;
		if (bibtex === undefined || !copy) return [muted('Only a paper has a BibTeX entry to copy.')];
		const key = entry?.key ?? '';
		return copiedNotice(`the BibTeX entry of ${key}`, copy(bibtex), [
			muted('; '),
			styled(`${packageJson.name} --bibtex ${key}`),
			muted(' prints it.'),
		]);
	};

	/** Carries out one effect of a key press; returns the notice it leaves, or `false` once the viewer is closing. */
	const perform = (effect: Effect, viewState: ViewState, current: Notice | undefined): Notice | undefined | false => {
		switch (effect.type) {
			case 'quit':
				if (farewell) session?.leaveBehind(farewell(size.columns));
				exit();
				return false;
			case 'open': {
				const link = sections[viewState.tab]?.entries[effect.entry]?.primaryLink;
				if (link === undefined) return showNotice([muted('This item has no link to open.')]);
				const url = openTarget(link.url);
				if (opening.current) return current;
				opening.current = true;
				const request = showNotice([muted('Opening '), linkSpan(url)]);
				void openUrl(url, handOver).then((result) => {
					opening.current = false;
					if (lastRequest.current !== request?.request) return;
					noticeRef.current = {request: request.request, spans: openedNotice(url, result)};
					setNotice(noticeRef.current);
				});
				return request;
			}
			case 'copy':
				return showNotice(copyOut(effect.what, viewState, effect.entry));
			case 'notice':
				return showNotice([muted(effect.text)]);
			case 'suspend':
				suspend();
				return current;
			default:
				effect satisfies never;
				return current;
		}
	};

	// Ink hands the terminal over (raw mode and bracketed paste off) and draws the whole frame again on the way back.
	const handOver: HandOver = async (run) => {
		if (!session) return run();
		const suspension = await suspendTerminal();
		try {
			return await session.lend(run);
		} finally {
			await suspension.resume();
		}
	};
	const suspend = () => {
		if (session) void suspendTerminal(() => session.stop());
	};
	useEffect(() => session?.onStopRequest(suspend));

	/**
	 * Applies key presses in order, with their effects, and draws the result once. Each press is read in the place
	 * (the view, or the search field while it is open) where the press before it left the viewer.
	 */
	const apply = (presses: readonly ((place: Place) => KeyPress | undefined)[]) => {
		let next = stateRef.current;
		let nextNotice = noticeRef.current;
		for (const readPress of presses) {
			const press = readPress(next.search ? 'field' : 'view');
			if (press === undefined) continue;
			const result = step(next, press, context);
			// Moving on takes the notice of the last request away with it.
			if (result.state !== next) nextNotice = showNotice(undefined);
			next = result.state;
			stateRef.current = next;
			for (const effect of result.effects) {
				const left = perform(effect, next, nextNotice);
				if (left === false) return;
				nextNotice = left;
			}
		}
		noticeRef.current = nextNotice;
		setState(next);
		setNotice(nextNotice);
	};

	/** Reads the keys of one input: each is filtered and acted on where the key before it left the viewer. */
	const readKeys = (rawInput: string, rawKey: KeyFlags) => {
		const now = performance.now();
		apply(
			splitKeys(rawInput, rawKey).map((key) => (place) => {
				const {state: filterState, input, flags} = filterInput(inputFilter.current, key.input, key.flags, now, place);
				inputFilter.current = filterState;
				return keyPress({input, flags}, place);
			}),
		);
	};
	// One hook for view and field: a per-render `isActive` would send every key of one input (`/vision`) to one place.
	useInput(readKeys);
	// Pasted text (bracketed paste) goes into the search field, and is never a command.
	usePaste((text) => apply([(place) => (place === 'field' ? {action: 'type', text} : undefined)]));

	const searching = state.search !== undefined;
	// While the field is open, every entry is read for searching, after the field is drawn and before most typists
	// have typed a first letter.
	useEffect(() => {
		if (!searching) return;
		const timer = setTimeout(() => find.prepare(), 0);
		return () => clearTimeout(timer);
	}, [searching, find]);
	const hits = state.search ? find(state.search.query) : [];
	const parts = frameParts(layout, sections, state, notice?.spans, hits);
	return {tooSmall, parts};
}
