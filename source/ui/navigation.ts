import type {Action, KeyPress} from '../keys.js';
import type {SearchHit} from '../search.js';

/** Where the reader is in one tab: the selected entry, the first line shown, and (list tabs) the first line of the detail shown. */
export type Position = {selected: number; top: number; detailTop: number};

export type ViewState = {
	tab: number;
	positions: Position[];
	help: boolean;
	helpTop: number;
	/** The search field, while it is open: what is typed, and which of the matches is chosen. */
	search?: {query: string; chosen: number};
	/**
	 * The search last gone to, and which of its matches, for n and N; `landed` is the position it went to, the
	 * same object until a key moves on, for the view to mark the match there.
	 */
	lastSearch?: {query: string; current: number; landed: Position};
};

/** The shape of what a tab shows at the current size, which is all that moving around needs to know. */
export type Geometry =
	| {
			kind: 'document';
			height: number;
			total: number;
			ranges: readonly {start: number; end: number}[];
	  }
	| {
			kind: 'list';
			listHeight: number;
			count: number;
			detailHeight: number;
			detailTotal: (index: number) => number;
	  };

export type Effect =
	| {type: 'open'; entry: number}
	| {type: 'copy'; what: 'link' | 'bibtex'; entry: number}
	| {type: 'notice'; text: string}
	| {type: 'suspend'}
	| {type: 'quit'};

export function initialState(tabs: number, tab = 0): ViewState {
	return {
		tab,
		positions: Array.from({length: tabs}, () => ({
			selected: 0,
			top: 0,
			detailTop: 0,
		})),
		help: false,
		helpTop: 0,
	};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

function maxTop(total: number, height: number): number {
	return Math.max(0, total - height);
}

/** The smallest scroll from `top` that shows lines [start, end); when they cannot all fit, shows their start (or end). */
export function scrollToShow(top: number, start: number, end: number, height: number, prefer: 'start' | 'end' = 'start'): number {
	if (end - start > height) return prefer === 'start' ? start : end - height;
	if (start < top) return start;
	if (end > top + height) return end - height;
	return top;
}

/**
 * Scroll ranges of the entries: each entry's own lines, the first stretched up over the intro and the last down over
 * the outro, so that scrolling within them reveals those too.
 */
function scrollRanges(geometry: Extract<Geometry, {kind: 'document'}>): {start: number; end: number}[] {
	return geometry.ranges.map((range, index, all) => ({
		start: index === 0 ? 0 : range.start,
		end: index === all.length - 1 ? geometry.total : range.end,
	}));
}

/** A position made valid for the current size: scrolled within bounds, with the selected entry in view. */
export function settle(position: Position, geometry: Geometry): Position {
	if (geometry.kind === 'list') {
		const selected = clamp(position.selected, 0, Math.max(0, geometry.count - 1));
		const top = clamp(
			scrollToShow(position.top, selected, selected + 1, geometry.listHeight),
			0,
			maxTop(geometry.count, geometry.listHeight),
		);
		const detailTop = clamp(position.detailTop, 0, maxTop(geometry.detailTotal(selected), geometry.detailHeight));
		return {selected, top, detailTop};
	}
	const ranges = scrollRanges(geometry);
	const selected = clamp(position.selected, 0, Math.max(0, ranges.length - 1));
	const range = ranges[selected] ?? {start: 0, end: geometry.total};
	let top = clamp(position.top, 0, maxTop(geometry.total, geometry.height));
	if (range.end <= top || range.start >= top + geometry.height) top = scrollToShow(top, range.start, range.end, geometry.height);
	return {
		selected,
		top: clamp(top, 0, maxTop(geometry.total, geometry.height)),
		detailTop: 0,
	};
}

function moveInDocument(position: Position, action: Action, geometry: Extract<Geometry, {kind: 'document'}>): Position {
	const ranges = scrollRanges(geometry);
	const {height, total} = geometry;
	const last = ranges.length - 1;
	const bottom = maxTop(total, height);
	const {selected, top} = position;
	const current = ranges[selected];
	if (current === undefined)
		return {
			...position,
			top: clamp(top + (action === 'down' ? 1 : action === 'up' ? -1 : 0), 0, bottom),
		};
	const select = (index: number, prefer: 'start' | 'end'): Position => {
		const range = ranges[index] ?? current;
		return {
			selected: index,
			top: clamp(scrollToShow(top, range.start, range.end, height, prefer), 0, bottom),
			detailTop: 0,
		};
	};
	// After a page, the selection is the first entry that starts in view, else the one the view starts in.
	const selectAt = (newTop: number): Position => {
		const inView = ranges.findIndex((range) => range.start >= newTop && range.start < newTop + height);
		const around = ranges.findIndex((range) => range.start <= newTop && range.end > newTop);
		return {
			selected: inView >= 0 ? inView : Math.max(0, around),
			top: newTop,
			detailTop: 0,
		};
	};
	switch (action) {
		case 'down':
			if (current.end > top + height) return {...position, top: top + 1};
			return selected < last ? select(selected + 1, 'start') : position;
		case 'up':
			if (current.start < top) return {...position, top: top - 1};
			return selected > 0 ? select(selected - 1, 'end') : position;
		case 'first':
			return {selected: 0, top: 0, detailTop: 0};
		case 'last':
			return {selected: last, top: bottom, detailTop: 0};
		case 'pageDown':
			return top >= bottom ? select(last, 'end') : selectAt(Math.min(bottom, top + Math.max(1, height - 1)));
		case 'pageUp':
			return top <= 0 ? select(0, 'start') : selectAt(Math.max(0, top - Math.max(1, height - 1)));
		default:
			return position;
	}
}

function moveInList(position: Position, action: Action, geometry: Extract<Geometry, {kind: 'list'}>): Position {
	const {count, listHeight, detailHeight} = geometry;
	const {selected, detailTop} = position;
	const detailBottom = maxTop(geometry.detailTotal(selected), detailHeight);
	const select = (index: number): Position => {
		const target = clamp(index, 0, Math.max(0, count - 1));
		return {
			selected: target,
			top: clamp(scrollToShow(position.top, target, target + 1, listHeight), 0, maxTop(count, listHeight)),
			detailTop: 0,
		};
	};
	switch (action) {
		case 'down':
			return detailTop < detailBottom ? {...position, detailTop: detailTop + 1} : select(selected + 1);
		case 'up':
			return detailTop > 0 ? {...position, detailTop: detailTop - 1} : select(selected - 1);
		case 'first':
			return select(0);
		case 'last':
			return select(count - 1);
		case 'pageDown':
			return detailTop < detailBottom
				? {
						...position,
						detailTop: Math.min(detailBottom, detailTop + Math.max(1, detailHeight - 1)),
					}
				: select(selected + listHeight);
		case 'pageUp':
			return detailTop > 0
				? {
						...position,
						detailTop: Math.max(0, detailTop - Math.max(1, detailHeight - 1)),
					}
				: select(selected - listHeight);
		default:
			return position;
	}
}

function scrollHelp(top: number, action: Action, height: number, total: number): number {
	const page = Math.max(1, height - 1);
	const moves: Partial<Record<Action, number>> = {
		down: 1,
		up: -1,
		pageDown: page,
		pageUp: -page,
		first: -total,
		last: total,
	};
	return clamp(top + (moves[action] ?? 0), 0, maxTop(total, height));
}

export type Context = {
	geometry: (tab: number) => Geometry;
	help: {height: number; total: number};
	/** The entry of a tab that its entry `index` refers to with "See also", if any. */
	seeAlso: (tab: number, index: number) => number | undefined;
	tabs: number;
	/** The matches of a query, in the order the results list them. */
	find: (query: string) => readonly SearchHit[];
	/** Where the tab of a match must stand to show it. */
	positionOf: (hit: SearchHit) => Position;
};

const start: Position = {selected: 0, top: 0, detailTop: 0};

/** The state that shows `hit` in its tab, the field closed and the search kept for n and N. */
function goTo(state: ViewState, hit: SearchHit, search: {query: string; current: number}, context: Context): ViewState {
	const {search: _, ...rest} = state;
	const landed = context.positionOf(hit);
	return {
		...rest,
		tab: hit.tab,
		help: false,
		positions: state.positions.map((position, index) => (index === hit.tab ? landed : position)),
		lastSearch: {...search, landed},
	};
}

/** Text as the search field takes it: a line break or tab (in a paste) is a space; other control characters, unseen, go. */
const typedText = (text: string) => text.replace(/[\r\n\t]+/g, ' ').replace(/\p{Cc}/gu, '');

/** A key press in the open search field: typing, choosing among the matches, going to one, or closing. */
function stepInField(state: ViewState, search: NonNullable<ViewState['search']>, press: KeyPress, context: Context) {
	const withSearch = (next: ViewState['search']): {state: ViewState; effects: Effect[]} => {
		const {search: _, ...rest} = state;
		return {state: next ? {...rest, search: next} : rest, effects: []};
	};
	switch (press.action) {
		case 'type':
			return withSearch({query: search.query + typedText(press.text), chosen: 0});
		case 'erase':
			return withSearch({query: [...search.query].slice(0, -1).join(''), chosen: 0});
		case 'clear':
			return withSearch({query: '', chosen: 0});
		case 'choosePrevious':
		case 'chooseNext': {
			const count = context.find(search.query).length;
			const chosen = clamp(search.chosen + (press.action === 'chooseNext' ? 1 : -1), 0, Math.max(0, count - 1));
			return chosen === search.chosen ? {state, effects: []} : withSearch({...search, chosen});
		}
		case 'go': {
			const hit = context.find(search.query)[search.chosen];
			return hit ? {state: goTo(state, hit, {query: search.query, current: search.chosen}, context), effects: []} : {state, effects: []};
		}
		// Esc goes back to where the reader was: the search changed nothing yet.
		case 'close':
			return withSearch(undefined);
		case 'quit':
			return {state, effects: [{type: 'quit'} as const]};
		default:
			return {state, effects: []};
	}
}

/** Applies one key press; returns the new state and what the app must do besides drawing it. */
export function step(state: ViewState, press: KeyPress, context: Context): {state: ViewState; effects: Effect[]} {
	if (state.search) return stepInField(state, state.search, press, context);
	const {action} = press;
	if (action === 'type') return {state, effects: []};
	const withTab = (tab: number): ViewState => ({
		...state,
		tab: (tab + context.tabs) % context.tabs,
		help: false,
	});
	switch (action) {
		case 'quit':
			return {state, effects: [{type: 'quit'}]};
		case 'back':
			// Esc never quits: it arrives alone before the rest of a split escape sequence.
			return {state: state.help ? {...state, help: false} : state, effects: []};
		case 'suspend':
			return {state, effects: [{type: 'suspend'}]};
		case 'help':
			return {
				state: {...state, help: !state.help, helpTop: 0},
				effects: [],
			};
		case 'search':
			return {state: {...state, help: false, search: {query: '', chosen: 0}}, effects: []};
		case 'nextMatch':
		case 'previousMatch': {
			const last = state.lastSearch;
			const hits = last ? context.find(last.query) : [];
			if (!last || hits.length === 0) return {state, effects: [{type: 'notice', text: 'No search to repeat: / searches every section.'}]};
			const current = (last.current + (action === 'nextMatch' ? 1 : -1) + hits.length) % hits.length;
			const hit = hits[current] as SearchHit;
			return {state: goTo(state, hit, {query: last.query, current}, context), effects: []};
		}
		case 'nextTab':
			return {state: withTab(state.tab + 1), effects: []};
		case 'previousTab':
			return {state: withTab(state.tab - 1), effects: []};
		case 'jumpToTab':
			return {
				state: press.tab !== undefined && press.tab < context.tabs ? withTab(press.tab) : state,
				effects: [],
			};
		default:
			break;
	}
	if (state.help) {
		return {
			state: {
				...state,
				helpTop: scrollHelp(state.helpTop, action, context.help.height, context.help.total),
			},
			effects: [],
		};
	}
	const geometry = context.geometry(state.tab);
	const position = settle(state.positions[state.tab] ?? start, geometry);
	const update = (next: Position): ViewState => {
		const settled = settle(next, geometry);
		const current = state.positions[state.tab];
		const unchanged =
			current !== undefined &&
			settled.selected === current.selected &&
			settled.top === current.top &&
			settled.detailTop === current.detailTop;
		// A key that moves nothing leaves the state as it was, so that nothing is drawn again.
		return unchanged ? state : {...state, positions: state.positions.map((old, index) => (index === state.tab ? settled : old))};
	};
	switch (action) {
		case 'open':
			return {state, effects: [{type: 'open', entry: position.selected}]};
		case 'copyLink':
			return {state, effects: [{type: 'copy', what: 'link', entry: position.selected}]};
		case 'copyBibtex':
			return {state, effects: [{type: 'copy', what: 'bibtex', entry: position.selected}]};
		case 'seeAlso': {
			const target = context.seeAlso(state.tab, position.selected);
			if (target === undefined) return {state, effects: []};
			return {
				state: update({...position, selected: target, detailTop: 0}),
				effects: [],
			};
		}
		default:
			return {
				state: update(geometry.kind === 'list' ? moveInList(position, action, geometry) : moveInDocument(position, action, geometry)),
				effects: [],
			};
	}
}
