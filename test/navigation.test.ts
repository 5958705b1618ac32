import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {type KeyFlags, keyBindings, keyPress, keyTable, type Place} from '../source/keys.js';
import {splitKeys} from '../source/ui/keys-input.js';
import {type Context, type Geometry, initialState, scrollToShow, settle, step} from '../source/ui/navigation.js';

const documentGeometry: Geometry = {
	kind: 'document',
	height: 5,
	total: 20,
	ranges: [
		{start: 2, end: 4},
		{start: 5, end: 13},
		{start: 14, end: 16},
		{start: 17, end: 18},
	],
};
const listGeometry: Geometry = {
	kind: 'list',
	count: 10,
	listHeight: 3,
	detailHeight: 4,
	detailTotal: (index) => (index === 0 ? 6 : 2),
};
const context: Context = {
	geometry: (tab) => (tab === 0 ? documentGeometry : listGeometry),
	help: {height: 5, total: 12},
	seeAlso: (tab, index) => (tab === 1 && index === 0 ? 7 : undefined),
	tabs: 6,
	find: () => [],
	positionOf: () => ({selected: 0, top: 0, detailTop: 0}),
};
const run = (actions: string[], tab = 0) => {
	let state = initialState(6, tab);
	for (const action of actions) state = step(state, {action: action as never}, context).state;
	return state;
};

describe('document tabs', () => {
	test('down scrolls through a tall entry before moving to the next', () => {
		const position = (actions: string[]) => run(actions).positions[0];
		assert.deepEqual(position(['down']), {selected: 1, top: 5, detailTop: 0});
		assert.deepEqual(position(['down', 'down']), {
			selected: 1,
			top: 6,
			detailTop: 0,
		});
		assert.deepEqual(position(['down', 'down', 'down', 'down', 'down']), {
			selected: 2,
			top: 11,
			detailTop: 0,
		});
	});

	test('up scrolls back through a tall entry, and the first entry reveals the intro', () => {
		const state = run(['last', 'up', 'up']);
		assert.equal(state.positions[0]?.selected, 1);
		assert.ok((state.positions[0]?.top ?? 0) >= 8 && (state.positions[0]?.top ?? 0) < 13);
		assert.deepEqual(run(['down', 'up']).positions[0], {
			selected: 0,
			top: 0,
			detailTop: 0,
		});
	});

	test('first, last and pages', () => {
		assert.deepEqual(run(['last']).positions[0], {
			selected: 3,
			top: 15,
			detailTop: 0,
		});
		assert.deepEqual(run(['last', 'first']).positions[0], {
			selected: 0,
			top: 0,
			detailTop: 0,
		});
		const paged = run(['pageDown']).positions[0];
		assert.deepEqual(paged, {selected: 1, top: 4, detailTop: 0});
		assert.deepEqual(run(['pageDown', 'pageUp']).positions[0], {
			selected: 0,
			top: 0,
			detailTop: 0,
		});
		assert.equal(run(['pageDown', 'pageDown', 'pageDown', 'pageDown', 'pageDown']).positions[0]?.selected, 3);
	});
});

describe('list tabs', () => {
	test('down scrolls the detail to its end, then selects the next item; the list follows', () => {
		assert.deepEqual(run(['down'], 1).positions[1], {
			selected: 0,
			top: 0,
			detailTop: 1,
		});
		assert.deepEqual(run(['down', 'down', 'down'], 1).positions[1], {
			selected: 1,
			top: 0,
			detailTop: 0,
		});
		assert.deepEqual(run(['down', 'down', 'down', 'down', 'down', 'down'], 1).positions[1], {selected: 4, top: 2, detailTop: 0});
		assert.deepEqual(run(['last'], 1).positions[1], {
			selected: 9,
			top: 7,
			detailTop: 0,
		});
	});

	test('see also selects the referenced item', () => {
		assert.equal(run(['seeAlso'], 1).positions[1]?.selected, 7);
	});
});

describe('tabs, help and quitting', () => {
	test('tabs wrap around and keep their own positions', () => {
		assert.equal(run(['previousTab']).tab, 5);
		assert.equal(run(['nextTab', 'nextTab', 'nextTab', 'nextTab', 'nextTab', 'nextTab']).tab, 0);
		const state = run(['down', 'nextTab', 'down', 'previousTab']);
		assert.deepEqual(state.positions[0], {selected: 1, top: 5, detailTop: 0});
		assert.deepEqual(state.positions[1], {selected: 0, top: 0, detailTop: 1});
	});

	test('Esc closes the help, and never quits', () => {
		const help = run(['help']);
		assert.equal(help.help, true);
		const back = step(help, {action: 'back'}, context);
		assert.equal(back.state.help, false);
		assert.deepEqual(back.effects, []);
		const again = step(back.state, {action: 'back'}, context);
		assert.equal(again.state, back.state);
		assert.deepEqual(again.effects, []);
		assert.deepEqual(step(back.state, {action: 'quit'}, context).effects, [{type: 'quit'}]);
	});

	test('settle brings a stale position back within bounds', () => {
		assert.deepEqual(settle({selected: 9, top: 99, detailTop: 0}, documentGeometry), {selected: 3, top: 15, detailTop: 0});
		assert.equal(scrollToShow(10, 2, 4, 5), 2);
	});
});

describe('key table', () => {
	test('typed text is one press per character; named keys are one press', () => {
		const presses = (input: string, flags: KeyFlags, place: Place = 'view') => splitKeys(input, flags).map((key) => keyPress(key, place));
		assert.deepEqual(presses('jj3', {}), [{action: 'down'}, {action: 'down'}, {action: 'jumpToTab', tab: 2}]);
		assert.deepEqual(presses('', {downArrow: true}), [{action: 'down'}]);
		assert.deepEqual(presses('', {tab: true, shift: true}), [{action: 'previousTab'}]);
		assert.deepEqual(presses('', {tab: true}), [{action: 'nextTab'}]);
		assert.deepEqual(presses('', {escape: true, meta: true}), [{action: 'back'}]);
		assert.deepEqual(presses('c', {ctrl: true}), [{action: 'quit'}]);
		assert.deepEqual(presses('x', {meta: true}), [undefined]);
		assert.deepEqual(presses('zx', {}), [undefined, undefined]);
		assert.deepEqual(presses('ab\u0015c\r', {}, 'field'), [
			{action: 'type', text: 'a'},
			{action: 'type', text: 'b'},
			{action: 'clear'},
			{action: 'type', text: 'c'},
			{action: 'go'},
		]);
	});

	test('every key the table lists does what the table says', () => {
		const named = {
			upArrow: 'upArrow',
			downArrow: 'downArrow',
			leftArrow: 'leftArrow',
			rightArrow: 'rightArrow',
			pageUp: 'pageUp',
			pageDown: 'pageDown',
			home: 'home',
			end: 'end',
			return: 'return',
			escape: 'escape',
			tab: 'tab',
			backspace: 'backspace',
			delete: 'delete',
		} as const;
		for (const binding of keyBindings) {
			for (const key of binding.keys) {
				const flags = {...(key.named && {[named[key.named]]: true}), ...(key.shift && {shift: true}), ...(key.ctrl && {ctrl: true})};
				for (const character of key.characters ?? ['']) {
					const press = keyPress({input: character, flags}, binding.place === 'field' ? 'field' : 'view');
					assert.equal(press?.action, binding.action, `${key.label} → ${binding.action}`);
				}
			}
		}
		assert.ok(keyTable().some((row) => row.keys === '→ l Tab' && row.description === 'Next tab'));
		assert.ok(keyTable({tabs: 6}).some((row) => row.keys === '1–6' && row.description === 'Go to that tab'));
	});
});
