import {useApp, useWindowSize} from 'ink';
import {type Dispatch, useCallback, useEffect, useEffectEvent, useMemo, useReducer, useRef, useState} from 'react';
import type {Background, Painter} from '../format/paint.js';
import type {Section, Span} from '../model.js';
import {createSearch} from '../search.js';
import type {ClipboardReach} from './clipboard.js';
import {type FrameParts, frameParts} from './frame.js';
import {answerBegun, type KeysAction, quitDelay, useKeys} from './keys-input.js';
import {displayOf, type Header, minimumSize, tooSmallMessage} from './layout.js';
import type {HandOver, OpenResult} from './open-url.js';
import type {TerminalSession} from './session.js';
import {useHandOver} from './use-hand-over.js';
import {
	type BrowserRequest,
	initialViewerState,
	linkSpan,
	muted,
	reduceViewer,
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
	session?: Pick<TerminalSession, 'stop' | 'lend' | 'release' | 'onStopRequest' | 'leaveBehind'>;
	/** The card to leave on the normal screen after quitting, at a width, showing the paper last selected. */
	farewell?: (columns: number, background?: Background, paperKey?: string) => string;
	/** When the terminal was asked its background (OSC 11), as `performance.now()` tells it: its answer is then due. */
	backgroundAskedAt?: number;
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
	const {sections, header, painter, initialTab = 0, initialQuery, openUrl, command, copy, session, farewell, backgroundAskedAt} = props;
	const {exit, suspendTerminal} = useApp();
	const size = useWindowSize();
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows ? tooSmallMessage(size.columns) : undefined;
	const [state, dispatch] = useReducer(reduceViewer, undefined, () =>
		initialViewerState({
			sections,
			header,
			display: displayOf(painter),
			size,
			// Built on the first search, not at start-up.
			find: createSearch(sections),
			command,
			canCopy: copy !== undefined,
			initialTab,
			initialQuery,
			backgroundAskedAt,
		}),
	);
	// A new size is reduced in this very render (React's way to follow a changed value), so no frame is drawn at the old one.
	if (size.columns !== state.world.size.columns || size.rows !== state.world.size.rows) dispatch({type: 'resize', size});
	const {layout, find} = state.world;
	// What the keys of a read lead to, known before React renders it: one that starts a browser lends it the terminal at once.
	const latest = useRef(state);
	latest.current = state;
	const {handOver, takesKeys} = useHandOver(session, (action: ViewerAction) => {
		const next = reduceViewer(latest.current, action);
		return next.browser !== undefined && next.browser !== latest.current.browser;
	});
	// One function for the life of the view, so that the timer of a held Esc is not set again at every render.
	const takes = useRef(takesKeys);
	takes.current = takesKeys;
	const dispatchKeys = useCallback((action: KeysAction) => {
		if (action.type !== 'keys' || takes.current(action)) dispatch(action);
	}, []);
	useKeys(dispatchKeys, state.keys);

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
					setQuitAt(performance.now());
					return;
				default:
					outgoing satisfies never;
			}
		}
	});
	useEffect(() => {
		if (state.outbox.length > 0) carryOut(state.outbox);
	}, [state.outbox]);
	// An answer still due is waited for, briefly (to its end, once begun), before the terminal goes back: the shell
	// would get it as typing.
	const [quitAt, setQuitAt] = useState<number>();
	const leave = useEffectEvent(() => {
		if (farewell) session?.leaveBehind(farewell(size.columns, state.background, state.paper));
		exit();
	});
	const {answerDue} = state.keys;
	const begun = answerBegun(state.keys);
	useEffect(() => {
		if (quitAt === undefined) return;
		const delay = quitDelay({answerDue, begun}, quitAt, performance.now());
		if (delay === 0) return leave();
		const timer = setTimeout(leave, delay);
		return () => clearTimeout(timer);
	}, [quitAt, answerDue, begun]);

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
