// The viewer's reducer alone, without React or Ink: one pure function of the state and an action.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {headerBlocks} from '../source/header.js';
import {createSearch} from '../source/search.js';
import {buildSections} from '../source/sections.js';
import {frameParts, shownView} from '../source/ui/frame.js';
import {initialViewerState, reduceViewer, type ViewerState} from '../source/ui/viewer-state.js';
import {fixtureCv} from './helpers.js';

const sections = buildSections(fixtureCv);
const start = () =>
	initialViewerState({
		sections,
		header: headerBlocks(fixtureCv),
		display: {links: 'text', ascii: false},
		size: {columns: 100, rows: 30},
		find: createSearch(sections),
		command: 'npx adaquill',
		canCopy: false,
		initialTab: 1,
	});
const typed = (state: ViewerState, text: string) =>
	reduceViewer(state, {type: 'keys', keys: [...text].map((input) => ({input, flags: {}})), now: 0});

test('the window size is an action, and the state holds the position the frame shows: corrected once, for that size', () => {
	const moved = typed(start(), 'jjj');
	assert.deepEqual(moved.view.positions[1], {selected: 3, top: 0, detailTop: 0});
	const small = reduceViewer(moved, {type: 'resize', size: {columns: 40, rows: 12}});
	const position = small.view.positions[1];
	assert.equal(position?.selected, 3);
	assert.ok((position?.top ?? 0) > 0, 'the list scrolled to keep the selected entry in view');
	const {world} = small;
	assert.equal(shownView(world.layout, world.sections, small.view, small.notice), small.view, 'nothing left to correct while drawing');
	assert.equal(frameParts(world.layout, sections, small.view, small.notice).list?.selectedRow, 3 - (position?.top ?? 0));
	assert.equal(reduceViewer(small, {type: 'resize', size: {columns: 40, rows: 12}}), small, 'the same size changes nothing');
});
