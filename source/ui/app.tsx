import {Box, renderToString, Text, useApp, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {useEffect, useMemo, useRef, useState} from 'react';
import {type Painter, paintLine} from '../format/paint.js';
import {type Line, type LinkMode, type Span, styled} from '../format/text.js';
import {keyPresses} from '../keys.js';
import type {Section} from '../sections.js';
import {frameParts} from './frame.js';
import {type Context, initialState, step, type ViewState} from './navigation.js';
import type {OpenResult} from './open-url.js';
import {createScreen, type Header, minimumSize, noMark, type Screen, selectionMark} from './screen.js';
import {useWindowSize} from './use-window-size.js';

export type AppProps = {
	sections: Section[];
	header: Header;
	painter: Painter;
	initialTab?: number;
	openUrl: (url: string) => Promise<OpenResult>;
};

/** Lines already fitted to the window, drawn as one Text: Ink lays out and measures one node instead of one per line. */
function Lines({lines, painter}: {lines: readonly Line[]; painter: Painter}) {
	return <Text wrap="truncate-end">{lines.map((line) => paintLine(line, painter)).join('\n')}</Text>;
}

function noticeFor(url: string, result: OpenResult): Span[] {
	return result.opened
		? [styled('Opened ', 'muted'), {text: url, url, style: 'accent'}]
		: [styled(`Cannot open a browser: ${result.reason}. Open it yourself: `, 'muted'), {text: url, url, style: 'accent'}];
}

export function App({sections, header, painter, initialTab = 0, openUrl}: AppProps) {
	const {exit} = useApp();
	const size = useWindowSize();
	const links: LinkMode = painter.link ? 'hyperlink' : 'text';
	const screen = useMemo(() => createScreen(sections, header, size, links), [sections, header, size, links]);
	const [state, setState] = useState<ViewState>(() => initialState(sections.length, initialTab));
	const [notice, setNotice] = useState<Span[] | undefined>();
	const stateRef = useRef(state);
	// While the reader looks at the first screen, draw each other tab once off-screen: its layout is then cached and
	// the code that draws it warmed up, so that the first visit to a tab is as quick as the rest.
	useEffect(() => {
		let tab = 0;
		let timer: NodeJS.Timeout;
		const warmNext = () => {
			if (tab >= sections.length) return;
			const warmState = {...stateRef.current, tab: tab++, help: false};
			renderToString(<Frame sections={sections} screen={screen} state={warmState} notice={undefined} painter={painter} />, {
				columns: size.columns,
			});
			timer = setTimeout(warmNext, 10);
		};
		timer = setTimeout(warmNext, 50);
		return () => clearTimeout(timer);
	}, [screen, sections, painter, size.columns]);
	const context: Context = {
		geometry: (tab) => screen.geometry(tab),
		help: {height: screen.bodyHeight(1), total: screen.helpLines.length},
		seeAlso: (tab, index) => sections[tab]?.entries[index]?.seeAlso,
		tabs: sections.length,
	};

	useInput((input, key) => {
		let next = stateRef.current;
		for (const press of keyPresses(input, key)) {
			const result = step(next, press, context);
			next = result.state;
			for (const effect of result.effects) {
				if (effect.type === 'quit') {
					exit();
					return;
				}
				const url = sections[next.tab]?.entries[effect.entry]?.primaryLink?.url;
				if (url === undefined) {
					setNotice([styled('This item has no link to open.', 'muted')]);
					continue;
				}
				setNotice([styled('Opening ', 'muted'), {text: url, url, style: 'accent'}]);
				void openUrl(url).then((opened) => setNotice(noticeFor(url, opened)));
			}
		}
		if (next !== stateRef.current) setNotice(undefined);
		stateRef.current = next;
		setState(next);
	});

	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return <Text wrap="truncate-end">Window too small: enlarge it to at least 30x8, or press q.</Text>;
	}
	return <Frame sections={sections} screen={screen} state={state} notice={notice} painter={painter} />;
}

type FrameProps = {sections: Section[]; screen: Screen; state: ViewState; notice: Span[] | undefined; painter: Painter};

/** One frame of the viewer: what `state` looks like on `screen`. */
function Frame({sections, screen, state, notice, painter}: FrameProps) {
	const {top, list, body, footer} = frameParts(screen, sections, state, notice);
	return (
		<Box flexDirection="column">
			<Lines lines={top} painter={painter} />
			{list && (
				<SelectInput
					// The list is drawn from our state, not its own: a new key when the selection or window moves.
					key={`${list.first}:${list.selectedRow}`}
					items={list.rows.map((row, index) => ({
						key: String(list.first + index),
						value: list.first + index,
						label: paintLine(row, painter),
					}))}
					initialIndex={list.selectedRow}
					isFocused={false}
					indicatorComponent={({isSelected}) => <Text>{paintLine([isSelected ? selectionMark : noMark], painter)}</Text>}
					itemComponent={({label}) => <Text wrap="truncate-end">{label}</Text>}
				/>
			)}
			<Lines lines={body} painter={painter} />
			<Lines lines={footer} painter={painter} />
		</Box>
	);
}
