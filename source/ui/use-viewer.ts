import {useApp, useInput, usePaste, useWindowSize} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import type {Painter} from '../format/paint.js';
import {type Span, styled} from '../format/text.js';
import {keyPresses} from '../keys.js';
import type {Section} from '../sections.js';
import {type FrameParts, frameParts} from './frame.js';
import {filterInput, inputFilterStart} from './input-filter.js';
import {createLayout, displayOf, type Header, type Layout, minimumSize, type Size} from './layout.js';
import {type Context, type Effect, initialState, step, type ViewState} from './navigation.js';
import type {OpenResult} from './open-url.js';
import type {TerminalSession} from './session.js';

export type ViewerProps = {
	sections: Section[];
	header: Header;
	painter: Painter;
	initialTab?: number;
	openUrl: (url: string) => Promise<OpenResult>;
	/** The terminal the view runs in, where there is one to suspend (Ctrl+Z) and to leave a card in on quitting. */
	session?: Pick<TerminalSession, 'stop' | 'onStopRequest' | 'leaveBehind'>;
	/** The card to leave on the normal screen after quitting, at a width. */
	farewell?: (columns: number) => string;
};

/** A notice in the footer, and the request that made it: a later answer lands only while its request is the latest. */
type Notice = {request: number; spans: Span[]};

export type Viewer = {size: Size; tooSmall: boolean; layout: Layout; parts: FrameParts};

function openedNotice(url: string, result: OpenResult): Span[] {
	return result.opened
		? [styled('Opened ', 'muted'), {text: url, url, style: 'link'}]
		: [styled(`Cannot open a browser: ${result.reason}. Open it yourself: `, 'muted'), {text: url, url, style: 'link'}];
}

/** The viewer's state, input and effects: what the frame shows now, and how each key press changes it. */
export function useViewer({sections, header, painter, initialTab = 0, openUrl, session, farewell}: ViewerProps): Viewer {
	const {exit, suspendTerminal} = useApp();
	const size = useWindowSize();
	const layout = useMemo(() => createLayout(sections, header, size, displayOf(painter)), [sections, header, size, painter]);
	const [state, setState] = useState<ViewState>(() => initialState(sections.length, initialTab));
	const [notice, setNotice] = useState<Notice | undefined>();
	// The latest state and request, for key presses that arrive before React has drawn the last ones.
	const stateRef = useRef(state);
	const noticeRef = useRef(notice);
	const lastRequest = useRef(0);
	const inputFilter = useRef(inputFilterStart);
	// One browser at a time: an `o` held down or pasted asks once.
	const opening = useRef(false);
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;

	const context: Context = {
		geometry: (tab) => layout.geometry(tab),
		help: {height: layout.bodyHeight(1), total: layout.helpLines().length},
		seeAlso: (tab, index) => sections[tab]?.entries[index]?.seeAlso,
		tabs: sections.length,
	};

	const showNotice = (spans: Span[] | undefined): Notice | undefined => {
		lastRequest.current += 1;
		return spans && {request: lastRequest.current, spans};
	};

	/** Carries out one effect of a key press; returns the notice it leaves, or `false` once the viewer is closing. */
	const perform = (effect: Effect, viewState: ViewState, current: Notice | undefined): Notice | undefined | false => {
		switch (effect.type) {
			case 'quit':
				if (farewell) session?.leaveBehind(farewell(size.columns));
				exit();
				return false;
			case 'open': {
				const url = sections[viewState.tab]?.entries[effect.entry]?.primaryLink?.url;
				if (url === undefined) return showNotice([styled('This item has no link to open.', 'muted')]);
				if (opening.current) return current;
				opening.current = true;
				const request = showNotice([styled('Opening ', 'muted'), {text: url, url, style: 'link'}]);
				void openUrl(url).then((result) => {
					opening.current = false;
					if (lastRequest.current !== request?.request) return;
					noticeRef.current = {request: request.request, spans: openedNotice(url, result)};
					setNotice(noticeRef.current);
				});
				return request;
			}
			case 'suspend':
				suspend();
				return current;
			default:
				effect satisfies never;
				return current;
		}
	};

	// Ink hands the terminal over (raw mode and bracketed paste off) and draws the whole frame again on the way back.
	const suspend = () => {
		if (session) void suspendTerminal(() => session.stop());
	};
	useEffect(() => session?.onStopRequest(suspend));

	useInput((rawInput, rawKey) => {
		const {state: filterState, input, flags} = filterInput(inputFilter.current, rawInput, rawKey, performance.now());
		inputFilter.current = filterState;
		let next = stateRef.current;
		let nextNotice = noticeRef.current;
		for (const press of keyPresses(input, flags)) {
			const result = step(next, press, context);
			// Moving on takes the notice of the last request away with it.
			if (result.state !== next) nextNotice = showNotice(undefined);
			next = result.state;
			for (const effect of result.effects) {
				const left = perform(effect, next, nextNotice);
				if (left === false) return;
				nextNotice = left;
			}
		}
		stateRef.current = next;
		noticeRef.current = nextNotice;
		setState(next);
		setNotice(nextNotice);
	});

	// Pasted text is never a command (bracketed paste keeps it apart from typed keys).
	usePaste(() => {});

	const parts = frameParts(layout, sections, state, notice?.spans);
	return {size, tooSmall, layout, parts};
}
