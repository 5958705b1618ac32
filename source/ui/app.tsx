import {Box, renderToString, Text, useApp, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {useEffect, useMemo, useRef, useState} from 'react';
import {type Painter, paintLine} from '../format/paint.js';
import {type Line, type LinkMode, padLine, type Span, styled, truncateLine} from '../format/text.js';
import {keyPresses} from '../keys.js';
import type {Section} from '../sections.js';
import {type Context, initialState, type Position, settle, step, type ViewState} from './navigation.js';
import type {OpenResult} from './open-url.js';
import {createScreen, type Header, minimumSize, type Screen, scrollMarks, windowLines} from './screen.js';
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
export function Frame({sections, screen, state, notice, painter}: FrameProps) {
	const section = sections[state.tab] as Section;
	const hasLink = (position: Position) => !state.help && section.entries[position.selected]?.primaryLink !== undefined;
	// Settle twice: the footer (a notice) can be taller than the key press assumed, leaving a smaller body.
	const first = settle(state.positions[state.tab] ?? {selected: 0, top: 0, detailTop: 0}, screen.geometry(state.tab));
	const footer = screen.footer(notice, hasLink(first));
	const position = settle(first, screen.geometry(state.tab, footer.length));
	const bodyHeight = screen.bodyHeight(footer.length);
	return (
		<Box flexDirection="column">
			<Lines lines={screen.headerLines} painter={painter} />
			<Lines lines={[screen.tabBar(state.tab)]} painter={painter} />
			{state.help ? (
				<Lines
					lines={windowLines(
						screen.helpLines,
						Math.min(state.helpTop, Math.max(0, screen.helpLines.length - bodyHeight)),
						bodyHeight,
						screen.contentWidth,
					)}
					painter={painter}
				/>
			) : section.layout === 'list' ? (
				<ListBody screen={screen} tab={state.tab} section={section} position={position} bodyHeight={bodyHeight} painter={painter} />
			) : (
				<DocumentBody screen={screen} tab={state.tab} position={position} bodyHeight={bodyHeight} painter={painter} />
			)}
			<Lines lines={footer} painter={painter} />
		</Box>
	);
}

type BodyProps = {
	screen: Screen;
	tab: number;
	position: Position;
	bodyHeight: number;
	painter: Painter;
};

function DocumentBody({screen, tab, position, bodyHeight, painter}: BodyProps) {
	const {lines, entryRanges} = screen.document(tab);
	return (
		<Lines lines={windowLines(lines, position.top, bodyHeight, screen.contentWidth, entryRanges[position.selected])} painter={painter} />
	);
}

function ListBody({screen, tab, section, position, bodyHeight, painter}: BodyProps & {section: Section}) {
	const count = section.entries.length;
	if (count === 0)
		return (
			<Lines
				lines={windowLines([[styled(`No ${section.title.toLowerCase()}.`, 'muted')]], 0, bodyHeight, screen.contentWidth)}
				painter={painter}
			/>
		);
	const listHeight = screen.listHeight(tab, bodyHeight);
	const detailHeight = Math.max(1, bodyHeight - listHeight - 1);
	const marks = scrollMarks(position.top, listHeight, count);
	const items = section.entries.slice(position.top, position.top + listHeight).map((entry, row) => {
		const index = position.top + row;
		const label = truncateLine([styled(entry.label, index === position.selected ? 'strong' : undefined)], screen.contentWidth);
		return {
			key: String(index),
			value: index,
			label: paintLine([...padLine(label, screen.contentWidth), {text: ` ${marks[row]}`, style: 'muted'}], painter),
		};
	});
	const detail = screen.detail(tab, position.selected);
	const separator: Line = [styled(`  ── ${position.selected + 1} of ${count} `.padEnd(screen.width - 1, '─'), 'muted')];
	return (
		<>
			<SelectInput
				key={`${position.top}:${position.selected}`}
				items={items}
				initialIndex={position.selected - position.top}
				isFocused={false}
				indicatorComponent={({isSelected}) => <Text color="cyan">{isSelected ? '› ' : '  '}</Text>}
				itemComponent={({label}) => <Text wrap="truncate-end">{label}</Text>}
			/>
			<Lines lines={[separator]} painter={painter} />
			<Lines lines={windowLines(detail, position.detailTop, detailHeight, screen.contentWidth)} painter={painter} />
		</>
	);
}
