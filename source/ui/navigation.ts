import type {Action, KeyPress} from '../keys.js';

/** Where the reader is in one tab: the selected entry, the first line shown, and (list tabs) the first line of the detail shown. */
export type Position = {selected: number; top: number; detailTop: number};

export type ViewState = {
	tab: number;
	positions: Position[];
	help: boolean;
	helpTop: number;
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

export type Effect = {type: 'open'; entry: number} | {type: 'suspend'} | {type: 'quit'};

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
};

/** Applies one key press; returns the new state and what the app must do besides drawing it. */
export function step(state: ViewState, press: KeyPress, context: Context): {state: ViewState; effects: Effect[]} {
	const {action} = press;
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
	const position = settle(state.positions[state.tab] ?? {selected: 0, top: 0, detailTop: 0}, geometry);
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
