import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {createContext, useContext} from 'react';
import {type Painter, paintLine} from '../format/paint.js';
import type {Line} from '../model.js';
import {type FrameParts, type ListRow, listMark, listRowLine} from './frame.js';
import {useViewer, type ViewerProps} from './use-viewer.js';

export type AppProps = ViewerProps;

const PainterContext = createContext<Painter | undefined>(undefined);

function usePaint(): (line: Line) => string {
	const painter = useContext(PainterContext);
	if (painter === undefined) throw new Error('usePaint outside the viewer');
	return (line) => paintLine(line, painter);
}

/**
 * Lines already fitted to the window, each its own Text, so that one line that is too wide is cut alone. An empty
 * line is a space: an empty Text takes no room, and Ink drops trailing spaces again when it writes the frame.
 */
function Lines({lines}: {lines: readonly Line[]}) {
	const paint = usePaint();
	return lines.map((line, index) => (
		// biome-ignore lint/suspicious/noArrayIndexKey: a line is its row of the frame
		<Text key={index} wrap="truncate-end">
			{paint(line) || ' '}
		</Text>
	));
}

/** ink-select-input's own mark, left empty: each row draws its mark from the viewer's selection (`EntryRow`). */
function NoMark() {
	return null;
}

/** A list row with whether it is the selected entry. */
type MarkedRow = ListRow & {selected: boolean};

function EntryRow({value}: {label: string; value?: MarkedRow}) {
	const paint = usePaint();
	if (!value) return null;
	return (
		<>
			<Text>{paint([listMark(value.selected)])}</Text>
			<Text wrap="truncate-end">{paint(listRowLine(value, value.selected))}</Text>
		</>
	);
}

/** A list tab's list, drawn by ink-select-input (the design card's list), unfocused and never remounted. */
function EntryList({rows, selectedRow}: NonNullable<FrameParts['list']>) {
	// Uncontrolled, it marks a row of its own: the rows carry the viewer's selection instead, so no key remounts it per move.
	return (
		<SelectInput
			items={rows.map((row, index) => ({key: String(row.entry), label: row.label, value: {...row, selected: index === selectedRow}}))}
			isFocused={false}
			indicatorComponent={NoMark}
			itemComponent={EntryRow}
		/>
	);
}

/** One frame of the viewer: header, tab bar, the list of a list tab, the body (a document, a detail or the help), footer. */
function Frame({parts}: {parts: FrameParts}) {
	return (
		<Box flexDirection="column" marginLeft={parts.indent}>
			<Lines lines={parts.header} />
			<Lines lines={parts.tabBar} />
			{parts.list && <EntryList {...parts.list} />}
			<Lines lines={parts.body} />
			<Lines lines={parts.footer} />
		</Box>
	);
}

export function App(props: AppProps) {
	const viewer = useViewer(props);
	return (
		<PainterContext value={viewer.painter}>
			{viewer.tooSmall !== undefined ? <Text wrap="truncate-end">{viewer.tooSmall}</Text> : <Frame parts={viewer.parts} />}
		</PainterContext>
	);
}
