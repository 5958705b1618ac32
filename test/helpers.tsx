import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {Chalk} from 'chalk';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import stringWidth from 'string-width';
import {loadCv, type NoteItems} from '../source/cv/load.js';
import type {Cv} from '../source/cv/schema.js';
import {headerBlocks} from '../source/header.js';
import {notesHeader} from '../source/load-notes.js';
import {buildSections} from '../source/sections.js';
import {App} from '../source/ui/app.js';
import type {ClipboardReach} from '../source/ui/clipboard.js';
import type {OpenResult} from '../source/ui/open-url.js';

/** The CV the behaviour tests run on, so that editing data/cv.json breaks only the content tests. */
export const fixtureCvPath = new URL('./fixtures/cv.json', import.meta.url).pathname;
export const fixtureCv = loadCv(fixtureCvPath).cv;
/** The CV the package ships: only test/content.test.ts reads it. */
export const realCvPath = new URL('../data/cv.json', import.meta.url).pathname;

/** ANSI escape sequences, to compare what a frame reads as. */
const escapes = /\u001B\[[0-9;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
/** Text in reverse video between the spaces that pad it (the active tab), which tests read as "[text]". */
const reverseVideo = /\u001B\[7m ([^\u001B]*?) \u001B\[27m/g;
export const stripEscapes = (text: string) => text.replace(reverseVideo, '[$1]').replace(escapes, '');

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeout = 3000): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * A hyperlink as terminal-link writes it where the terminal shows them. terminal-link itself decides from the
 * environment once, when first imported, and writes the text alone in a test's process.
 */
export const hyperlink = (text: string, url: string) => `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;

/** The window size the next `render` draws at: see `renderAtSize`. */
let windowSize = {columns: 100, rows: 24};
{
	// ink-testing-library's stdout has 100 columns and no rows, so Ink runs `tput` for the size at each draw (a process
	// each time, some 30% of a view test's time) and draws a first frame at a size no test asked for.
	const probe = render(<Text />);
	probe.unmount();
	const stdout = Object.getPrototypeOf(probe.stdout) as object;
	Object.defineProperty(stdout, 'columns', {get: () => windowSize.columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {get: () => windowSize.rows, configurable: true});
}

/** Renders `tree` with ink-testing-library in a window of `columns` by `rows` from its first frame on. */
export function renderAtSize(tree: ReactElement, size: {columns: number; rows: number}) {
	windowSize = size;
	const instance = render(tree);
	const setSize = (columns: number, rows: number) => {
		Object.defineProperty(instance.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(instance.stdout, 'rows', {value: rows, configurable: true});
	};
	setSize(size.columns, size.rows);
	return {
		...instance,
		/** Changes the window's size, as a terminal does: Ink draws again on the resize event. */
		resize(columns: number, rows: number) {
			setSize(columns, rows);
			instance.stdout.emit('resize');
		},
	};
}

type Options = {
	columns?: number;
	rows?: number;
	hyperlinks?: boolean;
	cv?: Cv;
	/** What loading the CV's file noted, as the CLI gives the view. */
	notes?: NoteItems[];
	initialTab?: number;
	initialQuery?: string;
	openUrl?: (url: string) => Promise<OpenResult>;
	copy?: (text: string) => ClipboardReach;
	/** When the view's background question (OSC 11) was sent, as `performance.now()` tells it: its answer is due. */
	backgroundAskedAt?: number;
};

/** Renders the viewer at a window size, with helpers to press keys and wait for what the frame shows. */
export async function renderApp({
	columns = 100,
	rows = 30,
	hyperlinks = false,
	cv = fixtureCv,
	notes,
	initialTab,
	initialQuery,
	openUrl,
	copy,
	backgroundAskedAt,
}: Options = {}) {
	const instance = renderAtSize(
		<App
			sections={buildSections(cv)}
			header={{...headerBlocks(cv), ...notesHeader(notes ?? [])}}
			painter={{
				// As under NO_COLOR: bold, dim, underline and reverse video, which the frames read as text.
				chalk: new Chalk({level: 1}),
				colors: false,
				...(hyperlinks && {link: hyperlink}),
			}}
			command="npx adaquill"
			openUrl={openUrl ?? (async () => ({opened: true}))}
			{...(initialTab !== undefined && {initialTab})}
			{...(initialQuery !== undefined && {initialQuery})}
			{...(copy && {copy})}
			{...(backgroundAskedAt !== undefined && {backgroundAskedAt})}
		/>,
		{columns, rows},
	);
	const frame = () => stripEscapes(instance.lastFrame() ?? '');
	/** Waits until a turn of the event loop (timers, then React's scheduled work) has drawn no new frame. */
	const settled = async () => {
		let count = -1;
		while (count !== instance.frames.length) {
			count = instance.frames.length;
			await new Promise((resolve) => setTimeout(resolve, 0));
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	await waitFor(() => {
		const lines = frame().split('\n');
		return lines.length === rows - 1 && lines.every((line) => stringWidth(line) <= columns);
	}, `a frame of ${columns}x${rows}`);
	return {
		...instance,
		frame,
		/** Waits until the frame contains `text` (and, if given, lacks `absent`); returns the frame. */
		async until(text: string, absent?: string) {
			return waitFor(() => {
				const current = frame();
				return current.includes(text) && (absent === undefined || !current.includes(absent)) && current;
			}, `"${text}" in the frame:\n${frame()}`);
		},
		/** Writes input and waits for the frame it draws; fails when none comes. */
		async press(input: string) {
			const before = instance.frames.length;
			instance.stdin.write(input);
			await waitFor(() => instance.frames.length > before, `a frame after ${JSON.stringify(input)}`, 1000);
			// Ink may draw the same key press in more than one step; let it settle.
			await settled();
			return frame();
		},
		/** Resizes the window; returns the frame drawn at the new size once what the resize set off has drawn too. */
		async resizeTo(newColumns: number, newRows: number) {
			instance.resize(newColumns, newRows);
			await waitFor(() => frame().split('\n').length === newRows - 1, `a frame of ${newColumns}x${newRows}`);
			await settled();
			return frame();
		},
		/** Writes input that may or may not draw a frame; returns the frame once drawing has settled. */
		async send(input: string) {
			instance.stdin.write(input);
			await settled();
			return frame();
		},
	};
}

/** What a frame reads as, gutters dropped and wrapped lines joined, for finding text that may wrap. */
export function prose(frame: string): string {
	return frame
		.split('\n')
		.map((line) =>
			line
				.replace(/^[›│ ] /, '')
				.replace(/ [▲▼┃│ ]$/, '')
				.trim(),
		)
		.join(' ')
		.replace(/\s+/g, ' ');
}

export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	right: '\u001B[C',
	left: '\u001B[D',
	tab: '\t',
	shiftTab: '\u001B[Z',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
};

/**
 * Checks that the readme holds `expected` between the two parts of `block` (a pattern of three groups: the opening
 * marker, the text, the closing one); UPDATE_GOLDEN=1 writes it there first, as it writes the golden files.
 */
export function assertReadmeBlock(block: RegExp, expected: string) {
	const readmeUrl = new URL('../readme.md', import.meta.url);
	if (process.env.UPDATE_GOLDEN) {
		const before = readFileSync(readmeUrl, 'utf8');
		writeFileSync(
			readmeUrl,
			before.replace(block, (_, open, _old, close) => open + expected + close),
		);
	}
	assert.equal(block.exec(readFileSync(readmeUrl, 'utf8'))?.[2], expected);
}
