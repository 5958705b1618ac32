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

function EntryMark({isSelected = false}: {isSelected?: boolean}) {
	const paint = usePaint();
	return <Text>{paint([listMark(isSelected)])}</Text>;
}

function EntryRow({isSelected = false, value}: {isSelected?: boolean; label: string; value?: ListRow}) {
	const paint = usePaint();
	return value ? <Text wrap="truncate-end">{paint(listRowLine(value, isSelected))}</Text> : null;
}

/**
 * A list tab's list, drawn by ink-select-input. That component is uncontrolled (it reads `initialIndex` once and goes
 * back to the first item when its items' values change) while the selection is the viewer's (keys, See also and
 * resizes move it): keyed by those values (the rows, their width too) and the selected row, it mounts afresh whenever
 * either changes, so the row it marks is always the entry the detail below shows.
 */
function EntryList({rows, selectedRow}: NonNullable<FrameParts['list']>) {
	return (
		<SelectInput
			key={`${JSON.stringify(rows)}:${selectedRow}`}
			items={rows.map((row) => ({key: String(row.entry), label: row.label, value: row}))}
			initialIndex={selectedRow}
			isFocused={false}
			indicatorComponent={EntryMark}
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
