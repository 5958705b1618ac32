import assert from 'node:assert/strict';
import {test} from 'node:test';
import {type KeyFlags, splitKeys} from '../source/keys.js';
import {filterInput, type InputFilterState, inputFilterStart} from '../source/ui/input-filter.js';

/**
 * Feeds reads as Ink hands them over (text and flags), a given time apart, key by key; returns what is left of each
 * read's keys.
 */
function feed(reads: [string, KeyFlags?][], gap = 10, place: 'view' | 'field' = 'view'): string[] {
	let state: InputFilterState = inputFilterStart;
	return reads.map(([read, readFlags = {}], index) =>
		splitKeys(read, readFlags)
			.map(({input, flags}) => {
				const result = filterInput(state, input, flags, 1000 + index * gap, place);
				state = result.state;
				return result.input;
			})
			.join(''),
	);
}

test('typed keys pass as they are', () => {
	assert.deepEqual(feed([['j'], ['2jj'], ['q']]), ['j', '2jj', 'q']);
	assert.deepEqual(
		feed([
			['', {downArrow: true}],
			['c', {ctrl: true}],
		]),
		['', 'c'],
	);
});

test('the rest of an escape sequence split after its ESC is dropped, across reads', () => {
	assert.deepEqual(feed([['', {escape: true}], ['[B'], ['j']]), ['', '', 'j']);
	assert.deepEqual(feed([['', {escape: true}], ['[5~2'], ['j']]), ['', '2', 'j']);
	assert.deepEqual(feed([['', {escape: true}], ['OB']]), ['', '']);
	assert.deepEqual(feed([['[<0;1'], ['0;5M3']]), ['', '3']);
	assert.deepEqual(feed([['['], ['<0;10;5M']]), ['', '']);
});

test('after an Esc, a key typed later is a key', () => {
	assert.deepEqual(feed([['', {escape: true}], ['O']], 5000), ['', 'O']);
	assert.deepEqual(feed([['', {escape: true}], ['2']]), ['', '2']);
});

test('strings the terminal sends (OSC, DCS) are dropped to their end, BEL or ST', () => {
	assert.deepEqual(feed([[']', {meta: true}], ['11;rgb:0000/0000/0000\u0007j']]), ['', 'j']);
	assert.deepEqual(feed([[']', {meta: true}], ['11;rgb:00'], ['00/0000\u0007'], ['2']]), ['', '', '', '2']);
	assert.deepEqual(feed([['P', {meta: true}], ['1+r544e'], ['\\', {meta: true}], ['3']]), ['', '', '', '3']);
});

test('a string left open is given up after a moment: Alt+] then keys', () => {
	assert.deepEqual(feed([[']', {meta: true}], ['2'], ['3']], 500), ['', '2', '3']);
});

test('in the search field "[" is text: a search for a citation number, [3], is typed as it is', () => {
	assert.deepEqual(feed([['['], ['3'], [']']], 80, 'field'), ['[', '3', ']']);
	assert.deepEqual(feed([['[3]']], 10, 'field'), ['[3]']);
	// The rest of a sequence after an Esc is still no text.
	assert.deepEqual(feed([['', {escape: true}], ['[B'], ['x']], 10, 'field'), ['', '', 'x']);
});
