import {isatty} from 'node:tty';
import {Chalk} from 'chalk';
import bundledCv from '../data/cv.json' with {type: 'json'};
import type {CommandLine} from './command-line.js';
import type {LoadedCv, NoteItems} from './cv/load.js';
import {echo} from './cv/sanitize.js';
import type {Cv, Publication} from './cv/schema.js';
import {NoMatch, UsageError, UserError} from './errors.js';
import {asciiJson, asciiStandIn, isUtf8Locale} from './format/ascii.js';
import {renderBibtex} from './format/bibtex.js';
import {exitCard} from './format/exit-card.js';
import {backgroundOfColorFgBg, backgroundQuery, type Painter, paintLine} from './format/paint.js';
import {writePlain} from './format/plain.js';
import {headerBlocks} from './header.js';
import {notesHeader, wrapWords} from './load-notes.js';
import type {Section, SectionId} from './model.js';
import {commandAsRun, ownProgram, type Program} from './program.js';
import {createSearch, matchedSections, type SearchHit} from './search.js';
import {buildSections} from './sections.js';
import {clipboardReach, osc52} from './ui/clipboard.js';
import {firstFrame} from './ui/first-frame.js';
import type {HandOver} from './ui/open-url.js';
import {openTerminalSession} from './ui/session.js';

/** A stream the command writes to; a terminal has a size. */
type Output = {write(text: string): unknown; isTTY?: boolean; columns?: number; rows?: number};

/** Where a run reads and writes: the process's own streams and environment, or those a test gives. */
export type Io = {
	stdout: Output;
	stderr: Output;
	stdinIsTTY: boolean;
	env: NodeJS.ProcessEnv;
};

/** The process's own, each taken only when asked for: making process.stderr or process.stdin costs a stream. */
const processIo: Io = {
	get stdout() {
		return process.stdout;
	},
	get stderr() {
		return process.stderr;
	},
	// isatty(0) rather than stdin.isTTY: making process.stdin costs a stream that printing plain text never reads.
	get stdinIsTTY() {
		return isatty(0);
	},
	get env() {
		return process.env;
	},
};

/** How a run writes: where the terminal does not speak UTF-8, everything printed is ASCII. */
function writerFor(io: Io, program: Program) {
	const ascii = !isUtf8Locale(io.env);
	return {
		io,
		ascii,
		program,
		/**
		 * A line on standard error, as every message is: the command first, in ASCII where the terminal needs it; `wrapped`,
		 * broken between words where a terminal would break it mid-word.
		 */
		tell(message: string, wrapped = false): void {
			const line = `${program.name}: ${ascii ? asciiStandIn(message) : message}`;
			const columns = io.stderr.isTTY ? (io.stderr.columns ?? io.stdout.columns) : undefined;
			io.stderr.write(`${wrapped && columns ? wrapWords(line, columns) : line}\n`);
		},
		/** Data as JSON on standard output, with `\u` escapes where the terminal needs ASCII. */
		printJson(data: unknown): void {
			const json = JSON.stringify(data, null, 2);
			io.stdout.write(`${ascii ? asciiJson(json) : json}\n`);
		},
	};
}

type Writer = ReturnType<typeof writerFor>;

/** What a bare `namukpark` asks for: the viewer of the bundled CV, or its plain text when piped. */
const noArguments: CommandLine = {output: 'view', color: true, links: true, help: false, version: false};

type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colours a terminal shows, by what it says of itself: chalk's rules where no CI variable is set. Chalk turns
 * colour off wherever `CI` is set, but a terminal at both ends is a person reading, whatever the environment says.
 */
function terminalColorLevel(env: NodeJS.ProcessEnv): ColorLevel {
	if (!('CI' in env) || process.platform === 'win32') return new Chalk().level;
	const term = env.TERM ?? '';
	if (env.COLORTERM === 'truecolor' || /^(xterm-kitty|xterm-ghostty|wezterm)$/.test(term)) return 3;
	if (env.TERM_PROGRAM === 'iTerm.app') return Number.parseInt(env.TERM_PROGRAM_VERSION ?? '', 10) >= 3 ? 3 : 2;
	if (env.TERM_PROGRAM === 'Apple_Terminal' || /-256(color)?$/i.test(term)) return 2;
	return /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(term) || 'COLORTERM' in env ? 1 : 0;
}

function colorLevel(colorFlag: boolean, stream: Output, env: NodeJS.ProcessEnv): ColorLevel {
	if (!colorFlag) return 0;
	if (env.FORCE_COLOR !== undefined) return new Chalk().level;
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
	return stream.isTTY ? terminalColorLevel(env) : 0;
}

/** The CV data of the entries a search found, by section: the data each entry was made from. */
function hitData(sections: readonly Section[], hits: readonly SearchHit[]): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const [tab, section] of sections.entries()) {
		const found = hits.filter((hit) => hit.tab === tab).map((hit) => hit.entry ?? 0);
		if (found.length > 0) data[section.id] = section.data.of(found);
	}
	return data;
}

/**
 * The command that shows this CV again, anywhere: `npx` and the package, for the CV the program holds; none for a CV
 * given with --data, a file on this machine alone.
 */
function againCommand(data: string | undefined, program: Program): string | undefined {
	return data === undefined ? `npx ${program.packageName}` : undefined;
}

/** The CV whose tabs the help counts: the one given with --data (or a card's) where it can be read, else the bundled one. */
async function helpCv(data: string | undefined): Promise<Cv> {
	try {
		if (data !== undefined) return (await import('./cv/load.js')).loadCv(data).cv;
	} catch {}
	return bundledCv as unknown as Cv;
}

/** A section asked for by name, or by the number of its tab in this CV. */
function sectionOf(wanted: SectionId | number | undefined, sections: readonly Section[]): SectionId | undefined {
	if (typeof wanted !== 'number') return wanted;
	const section = sections[wanted - 1];
	if (section === undefined)
		throw new NoMatch(
			`this CV has ${sections.length} tab${sections.length === 1 ? '' : 's'}: ${sections.map((tab, index) => `${index + 1} ${tab.id}`).join(', ')}`,
		);
	return section.id;
}

/** What an output is made from: the command line, the CV, its sections, what the words found, and where to write. */
type Request = {
	/** With the section asked for by a tab number given as the section's name. */
	commandLine: Omit<CommandLine, 'section'> & {section?: SectionId};
	cv: Cv;
	sections: Section[];
	hits: SearchHit[];
	writer: Writer;
	/** What loading a --data file adjusted or left out, which the view shows too. */
	noteItems: NoteItems[];
};

/** A search that finds nothing, in words. */
function nothingFound({commandLine: {query, section}}: Request, what: string): NoMatch {
	return new NoMatch(`nothing ${what} "${echo(query ?? '')}"${section ? ` in ${section}` : ''}`);
}

/** --json-resume: the whole CV as a JSON Resume document. */
async function printJsonResume(loaded: LoadedCv, writer: Writer): Promise<number> {
	writer.printJson((await import('./cv/load.js')).toJsonResume(loaded));
	return 0;
}

/** --bibtex: a citation key names its paper alone; other words are a search among the papers. */
function printBibtex(request: Request): number {
	const {cv, sections, hits, commandLine} = request;
	const {query} = commandLine;
	if (cv.publications.length === 0) throw new NoMatch('this CV has no publications');
	const byKey = cv.publications.filter((publication) => publication.key.toLowerCase() === query?.toLowerCase());
	const papers = sections.findIndex((candidate) => candidate.id === 'publications');
	const found = hits.filter((hit) => hit.tab === papers).map((hit) => cv.publications[hit.entry ?? 0] as Publication);
	const chosen = query === undefined ? cv.publications : byKey.length > 0 ? byKey : found;
	if (chosen.length === 0) throw nothingFound(request, 'among the publications matches');
	request.writer.io.stdout.write(renderBibtex(chosen, (note) => request.writer.tell(`note: ${note}`)));
	return 0;
}

/** --json: the validated CV data, of a section or of what the words found. */
function printJsonData({cv, sections, hits, commandLine: {query, section}, writer}: Request): number {
	const {$schema: _, ...data} = cv;
	const shown = sections.find((candidate) => candidate.id === section);
	writer.printJson(query !== undefined ? hitData(sections, hits) : shown ? shown.data.all : data);
	return 0;
}

/** The painter of the plain text and of the card left after the view: colour where the output takes it. */
function painterFor({commandLine, writer}: Request): Painter {
	const level = colorLevel(commandLine.color, writer.io.stdout, writer.io.env);
	return {chalk: new Chalk({level}), ...(writer.ascii && {ascii: writer.ascii})};
}

/** --plain, or a bare run where the view cannot be: the CV as text, as wide as the terminal or 80 columns. */
function printPlain(request: Request): number {
	const {cv, sections, hits, commandLine, writer} = request;
	const {query, section} = commandLine;
	const {stdout} = writer.io;
	const width = stdout.isTTY && stdout.columns ? stdout.columns : 80;
	const only = query !== undefined ? matchedSections(sections, hits) : section && sections.filter((candidate) => candidate.id === section);
	writePlain(only || sections, only ? undefined : headerBlocks(cv), {width, painter: painterFor(request)}, (piece) => stdout.write(piece));
	return 0;
}

/** The full-screen viewer, in the process's own terminal. */
async function runView(request: Request, loadView: ViewLoader): Promise<number> {
	const {cv, sections, commandLine, writer} = request;
	const {query, section} = commandLine;
	const {stdout} = writer.io;
	const painter = painterFor(request);
	// The terminal is the viewer's from here; the first frame is painted before the Ink view (the bulk of the
	// start-up) has loaded, and Ink then draws the same frame over it.
	const title = `${cv.person.name} — CV`;
	// A listener of our own keeps Node from opening its inspector on SIGUSR1, which would print inside the view.
	process.on('SIGUSR1', () => {});
	const session = await openTerminalSession(writer.ascii ? asciiStandIn(title) : title);
	const {default: terminalLink} = await import('terminal-link');
	// terminal-link knows whether this terminal shows hyperlinks (FORCE_HYPERLINK=0 says no); --no-links says no too.
	const link =
		commandLine.links && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url, {fallback: false}) : undefined;
	// Under NO_COLOR the view keeps bold, dim, underline and reverse video, which carry no colour; the card left
	// after it, like the plain text, has no escapes at all.
	// COLORFGBG, where the terminal sets it, says at once whether the background is light; OSC 11 asks after the paint.
	const background = backgroundOfColorFgBg(writer.io.env.COLORFGBG);
	const viewPainter: Painter =
		painter.chalk.level > 0 ? {...painter, ...(background && {background})} : {...painter, chalk: new Chalk({level: 1}), colors: false};
	const props = {
		sections,
		header: {...headerBlocks(cv), ...notesHeader(request.noteItems)},
		painter: link ? {...viewPainter, link} : viewPainter,
		...(query !== undefined && {initialQuery: query}),
		command: commandAsRun(writer.program, writer.io.env),
		copy: (text: string) => {
			stdout.write(osc52(text));
			return clipboardReach();
		},
		farewell: (columns: number, shownOn = background, paperKey?: string) =>
			`${exitCard(cv, {again: againCommand(commandLine.data, writer.program)}, columns - 2, paperKey)
				.map((line) => `  ${paintLine(line, {...painter, ...(shownOn && {background: shownOn})})}`.trimEnd())
				.join('\n')}\n\n`,
		// A section the CV lacks was refused before the view.
		initialTab: section ? sections.findIndex((candidate) => candidate.id === section) : 0,
		openUrl: async (url: string, handOver: HandOver) => (await import('./ui/open-url.js')).openUrl(url, {handOver}),
	};
	try {
		session.paint(firstFrame(props, {columns: stdout.columns || 80, rows: stdout.rows || 24}));
		// Never awaited: the view repaints if an answer comes (a terminal may not answer at all).
		const asked = viewPainter.colors !== false;
		if (asked) stdout.write(backgroundQuery);
		const backgroundAskedAt = asked ? performance.now() : undefined;
		const {runInteractive} = await loadView();
		await runInteractive({...props, ...(backgroundAskedAt !== undefined && {backgroundAskedAt})}, session);
	} finally {
		// Before any error is reported, so that it shows on the normal screen.
		session.restore();
	}
	return 0;
}

/**
 * Whether the view can be shown: a terminal at both ends that can take a full screen, not TERM=dumb (Emacs' shell),
 * and not where a screen reader is in use (Ink's INK_SCREEN_READER convention), which reads plain text best.
 */
function canView({stdout, stdinIsTTY, env}: Io): boolean {
	return Boolean(stdout.isTTY) && stdinIsTTY && env.TERM !== 'dumb' && env.INK_SCREEN_READER !== 'true';
}

async function main(argv: string[], loadView: ViewLoader, writer: Writer): Promise<number> {
	// meow and the help are loaded only when there is something to parse.
	const {program} = writer;
	const commandLine = argv.length === 0 ? noArguments : (await import('./command-line.js')).parseCommandLine(argv, program);
	if (commandLine.help) {
		const cv = await helpCv(commandLine.data ?? program.data);
		const tabs = buildSections(cv).map((tab) => tab.id);
		const keysFor = {papers: cv.publications.length > 0, ascii: writer.ascii};
		const help = (await import('./command-line.js')).helpText(tabs, program, keysFor);
		writer.io.stdout.write(writer.ascii ? asciiStandIn(help) : help);
		return 0;
	}
	if (commandLine.version) {
		writer.io.stdout.write(`${program.version}\n`);
		return 0;
	}
	if (commandLine.init !== undefined && commandLine.data !== undefined) {
		const out = (text: string) => writer.io.stdout.write(writer.ascii ? asciiStandIn(text) : text);
		// What the file holds that the card will not show is told now, to its author, and never to the card's readers.
		const onNote = (note: string) => writer.tell(`note: ${note}`);
		return (await import('./init.js')).writeCard(commandLine.init, commandLine.data, program, {cwd: process.cwd(), out, onNote});
	}
	const {output, query} = commandLine;
	// The bundled CV was checked against the schema when the package was built (scripts/build.js): only a CV given with
	// --data, or a card's, is checked now, by a loader that a bare run neither loads nor compiles.
	const notes: string[] = [];
	const noteItems: NoteItems[] = [];
	const dataPath = commandLine.data ?? program.data;
	const loaded: LoadedCv =
		dataPath === undefined
			? {cv: bundledCv as unknown as Cv}
			: (await import('./cv/load.js')).loadCv(
					dataPath,
					(note, items) => commandLine.data !== undefined && notes.push(note) && noteItems.push(items),
				);
	// Before any output, on standard error: what the file holds that this CV does not show.
	for (const note of notes) writer.tell(`note: ${note}`, true);
	if (output === 'json-resume') return printJsonResume(loaded, writer);
	const {cv} = loaded;
	const sections = buildSections(cv);
	const section = sectionOf(commandLine.section, sections);
	const hits = query === undefined ? [] : createSearch(sections)(query).filter((hit) => !section || sections[hit.tab]?.id === section);
	const request: Request = {commandLine: {...commandLine, section}, cv, sections, hits, writer, noteItems};
	if (output === 'bibtex') return printBibtex(request);
	if (query !== undefined && hits.length === 0) throw nothingFound(request, 'matches');
	// A CV read from JSON Resume may lack a section; its data is an empty list, but there is nothing to print, view or give as JSON.
	if (section && !sections.some((candidate) => candidate.id === section)) {
		throw new NoMatch(`this CV has no ${section}`);
	}
	if (output === 'json') return printJsonData(request);
	if (output === 'plain' || !canView(writer.io)) return printPlain(request);
	return runView(request, loadView);
}

/**
 * How the Ink view is loaded: it is an ES module of its own (dist/view.mjs), which this CommonJS file cannot import
 * itself, so the bin hands over its own import().
 */
export type ViewLoader = () => Promise<typeof import('./ui/run.js')>;

/** Runs the command line `argv` with `io`, reporting any error in one line; resolves to the exit code. */
export function runCommand(argv: string[], loadView: ViewLoader, io: Io = processIo, program: Program = ownProgram): Promise<number> {
	const writer = writerFor(io, program);
	return main(argv, loadView, writer).then(
		(code) => code,
		(error: unknown) => {
			const report = (message: string, code: number) => {
				writer.tell(message);
				return code;
			};
			if (error instanceof UsageError) return report(`${error.message}; see ${commandAsRun(program, io.env)} --help`, error.exitCode);
			if (error instanceof UserError) return report(error.message, error.exitCode);
			return report(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 70);
		},
	);
}

/** Runs the command line `argv` in this process, as `program` (a card's bin gives its own); sets the exit code. */
export function run(argv: string[], loadView: ViewLoader, program: Program = ownProgram): Promise<void> {
	return runCommand(argv, loadView, processIo, program).then((code) => {
		process.exitCode = code;
	});
}
