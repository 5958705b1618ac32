import {useApp, useInput, usePaste, useWindowSize} from 'ink';
import {type Dispatch, useEffect, useEffectEvent, useMemo, useReducer} from 'react';
import type {Background, Painter} from '../format/paint.js';
import {spansText} from '../format/text.js';
import {type KeyFlags, splitKeys} from '../keys.js';
import {type Line, type Section, type Span, shownEntries} from '../model.js';
import {createSearch, foldText, queryWords, type SearchHit} from '../search.js';
import type {ClipboardReach} from './clipboard.js';
import {type FrameParts, frameParts} from './frame.js';
import {createLayout, displayOf, type Header, minimumSize, tooSmallMessage} from './layout.js';
import type {Context, Position, ViewState} from './navigation.js';
import type {HandOver, OpenResult} from './open-url.js';
import type {TerminalSession} from './session.js';
import {
	type BrowserRequest,
	initialViewerState,
	linkSpan,
	muted,
	reduceViewer,
	selectedPaper,
	type ViewerAction,
	type ViewerState,
} from './viewer-state.js';

export type ViewerProps = {
	sections: Section[];
	header: Header;
	painter: Painter;
	initialTab?: number;
	/** A search to open the view with, as `namukpark vision transformers` asks. */
	initialQuery?: string;
	/** Opens a link; a browser that runs with the terminal gets it through `handOver`. */
	openUrl: (url: string, handOver: HandOver) => Promise<OpenResult>;
	/** The command as the reader runs it (`npx namukpark` under npx), which the footer offers. */
	command: string;
	/** Puts text on the clipboard (OSC 52), and says whether it is known to get there. */
	copy?: (text: string) => ClipboardReach;
	/** The terminal the view runs in, where there is one to suspend (Ctrl+Z) and to leave a card in on quitting. */
	session?: Pick<TerminalSession, 'stop' | 'lend' | 'onStopRequest' | 'leaveBehind'>;
	/** The card to leave on the normal screen after quitting, at a width, showing the paper last selected. */
	farewell?: (columns: number, background?: Background, paperKey?: string) => string;
};

/** What to draw: nothing but a message in a window too small, else the frame's parts, painted by `painter`. */
export type Viewer = {tooSmall: string | undefined; parts: FrameParts; painter: Painter};

function openedNotice(url: string, result: OpenResult): Span[] {
	if (result.opened === true) return [muted('Opened '), linkSpan(url)];
	if (result.opened === 'started') return [muted(`Asked ${result.command} to open `), linkSpan(url)];
	return [muted(`Cannot open a browser: ${result.reason}. Open it yourself: `), linkSpan(url)];
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

/**
 * The keys of the terminal, as actions of the viewer: one hook for the view and the search field, since a per-render
 * `isActive` would send every key of one read (`/vision`) to one place; pasted text stays text.
 */
function useViewerKeys(dispatch: Dispatch<ViewerAction>) {
	useInput((input: string, flags: KeyFlags) => dispatch({type: 'keys', keys: splitKeys(input, flags), now: performance.now()}));
	usePaste((text) => dispatch({type: 'paste', text}));
}

/** Starts the browser a key asked for; its answer lands only while the view still shows that it is opening. */
function useBrowser(browser: BrowserRequest | undefined, open: (url: string) => Promise<OpenResult>, dispatch: Dispatch<ViewerAction>) {
	const start = useEffectEvent((request: BrowserRequest) => open(request.url));
	useEffect(() => {
		if (!browser) return;
		let isCanceled = false;
		void start(browser).then((result) => {
			if (!isCanceled) dispatch({type: 'opened', browser, notice: openedNotice(browser.url, result)});
		});
		return () => {
			isCanceled = true;
		};
	}, [browser, dispatch]);
}

/** The viewer's state, input and effects: what the frame shows now, and how each key press changes it. */
export function useViewer(props: ViewerProps): Viewer {
	const {sections, header, painter, initialTab = 0, initialQuery, openUrl, command, copy, session, farewell} = props;
	const {exit, suspendTerminal} = useApp();
	const size = useWindowSize();
	const layout = useMemo(() => createLayout(sections, header, size, displayOf(painter)), [sections, header, size, painter]);
	// Built on the first search, not at start-up.
	const find = useMemo(() => createSearch(sections), [sections]);
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows ? tooSmallMessage(size.columns) : undefined;

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
	const context = (view: ViewState): Context => ({
		geometry: (tab) => layout.geometry(tab),
		help: {height: layout.bodyHeight(1), total: layout.helpLines().length},
		seeAlso: (tab, index) => shownEntries(sections[tab])[index]?.seeAlso,
		tabs: sections.length,
		find,
		positionOf: (hit) => positionOf(hit, view.search?.query ?? view.lastSearch?.query ?? ''),
	});
	// Declared here, where it reads the layout of this render: React reduces each action with the latest one.
	const [state, dispatch] = useReducer(
		(current: ViewerState, action: ViewerAction) =>
			reduceViewer(current, action, {sections, context, command, canCopy: copy !== undefined}),
		undefined,
		() => initialViewerState(sections.length, initialTab, initialQuery),
	);
	useViewerKeys(dispatch);

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
	useBrowser(state.browser, (url) => openUrl(url, handOver), dispatch);
	const suspend = useEffectEvent(() => {
		if (session) void suspendTerminal(() => session.stop());
	});
	useEffect(() => session?.onStopRequest(suspend), [session]);

	// What key presses asked of the world: copies, a suspension, quitting.
	const carryOut = useEffectEvent((outbox: ViewerState['outbox']) => {
		dispatch({type: 'sent', outgoing: outbox});
		for (const outgoing of outbox) {
			switch (outgoing.type) {
				case 'copy':
					dispatch({
						type: 'copied',
						asked: outgoing.asked,
						notice: copiedNotice(outgoing.what, copy?.(outgoing.text) ?? 'no', outgoing.tail),
					});
					break;
				case 'suspend':
					suspend();
					break;
				case 'quit':
					// The paper last selected, else the one the opening tab marked.
					if (farewell) {
						const paper = state.paper ?? selectedPaper(initialViewerState(sections.length, initialTab).view, sections);
						session?.leaveBehind(farewell(size.columns, state.background, paper));
					}
					exit();
					return;
				default:
					outgoing satisfies never;
			}
		}
	});
	useEffect(() => {
		if (state.outbox.length > 0) carryOut(state.outbox);
	}, [state.outbox]);

	const searching = state.view.search !== undefined;
	// While the field is open, every entry is read for searching, after the field is drawn and before most typists
	// have typed a first letter.
	useEffect(() => {
		if (!searching) return;
		const timer = setTimeout(() => find.prepare(), 0);
		return () => clearTimeout(timer);
	}, [searching, find]);
	const hits = state.view.search ? find(state.view.search.query) : [];
	const parts = frameParts(layout, sections, state.view, state.notice, hits);
	// A terminal that answered that its background is light gets the colours made for it, from the next frame on.
	const shownPainter = useMemo(
		() => (state.background && state.background !== painter.background ? {...painter, background: state.background} : painter),
		[painter, state.background],
	);
	return {tooSmall, parts, painter: shownPainter};
}
