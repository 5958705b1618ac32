import {fileURLToPath} from 'node:url';
import {Chalk} from 'chalk';
import packageJson from '../package.json' with {type: 'json'};
import type {CommandLine} from './command-line.js';
import {CvError, loadCv} from './cv/load.js';
import type {Cv} from './cv/schema.js';
import {asciiJson, asciiStandIn, isUtf8Locale} from './format/ascii.js';
import {renderBibtex} from './format/bibtex.js';
import {exitCard} from './format/exit-card.js';
import {type Painter, paintLine} from './format/paint.js';
import {renderPlain} from './format/plain.js';
import {buildSections, headerBlocks, type SectionId, sectionIds} from './sections.js';
import {firstFrame} from './ui/first-frame.js';
import {openTerminalSession} from './ui/session.js';

const defaultCvPath = fileURLToPath(new URL('../data/cv.json', import.meta.url));

/** Where the terminal does not speak UTF-8, everything printed is ASCII. */
const ascii = !isUtf8Locale();

/** What a bare `namukpark` asks for: the viewer of the bundled CV, or its plain text when piped. */
const noArguments: CommandLine = {output: 'view', color: true, links: true, help: false, version: false};

function colorLevel(colorFlag: boolean, stream: NodeJS.WriteStream): 0 | 1 | 2 | 3 {
	const env = process.env;
	if (!colorFlag) return 0;
	if (env.FORCE_COLOR !== undefined) return new Chalk().level;
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
	return stream.isTTY ? new Chalk().level : 0;
}

/** The part of the CV data that a section shows (experience carries the skills). */
function sectionData(cv: Cv, section: SectionId): Record<string, unknown> {
	return section === 'experience' ? {experience: cv.experience, skills: cv.skills} : {[section]: cv[section]};
}

async function main(argv: string[]): Promise<number> {
	// meow and the help are loaded only when there is something to parse.
	const commandLine = argv.length === 0 ? noArguments : (await import('./command-line.js')).parseCommandLine(argv);
	const {stdout, stdin} = process;
	if (commandLine.help) {
		const help = (await import('./command-line.js')).helpText();
		stdout.write(ascii ? asciiStandIn(help) : help);
		return 0;
	}
	if (commandLine.version) {
		stdout.write(`${packageJson.version}\n`);
		return 0;
	}
	const {section, output} = commandLine;
	const cv = loadCv(commandLine.data ?? defaultCvPath);
	if (output === 'json') {
		const {$schema: _, ...data} = cv;
		const json = JSON.stringify(section ? sectionData(cv, section) : data, null, 2);
		stdout.write(`${ascii ? asciiJson(json) : json}\n`);
		return 0;
	}
	if (output === 'bibtex') {
		stdout.write(renderBibtex(cv.publications));
		return 0;
	}
	const painter: Painter = {chalk: new Chalk({level: colorLevel(commandLine.color, stdout)}), ...(ascii && {ascii})};
	const sections = buildSections(cv);
	// A full-screen view needs a terminal at both ends that can take one: not TERM=dumb (Emacs' shell), and not
	// where a screen reader is in use (Ink's INK_SCREEN_READER convention), which reads plain text best.
	const env = process.env;
	const canView = stdout.isTTY && stdin.isTTY && env.TERM !== 'dumb' && env.INK_SCREEN_READER !== 'true';
	if (output === 'plain' || !canView) {
		const width = stdout.isTTY && stdout.columns ? stdout.columns : 80;
		const only = section && sections.filter((candidate) => candidate.id === section);
		stdout.write(renderPlain(cv, {width, painter, ...(only && {sections: only})}));
		return 0;
	}
	// The terminal is the viewer's from here; the first frame is painted before the Ink view (the bulk of the
	// start-up) has loaded, and Ink then draws the same frame over it.
	const session = openTerminalSession();
	const {default: terminalLink} = await import('terminal-link');
	// terminal-link knows whether this terminal shows hyperlinks (FORCE_HYPERLINK=0 says no); --no-links says no too.
	const link =
		commandLine.links && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url, {fallback: false}) : undefined;
	// Under NO_COLOR the view keeps bold, dim, underline and reverse video, which carry no colour; the card left
	// after it, like the plain text, has no escapes at all.
	const viewPainter: Painter = painter.chalk.level > 0 ? painter : {...painter, chalk: new Chalk({level: 1}), colors: false};
	const props = {
		sections,
		header: headerBlocks(cv),
		painter: link ? {...viewPainter, link} : viewPainter,
		farewell: (columns: number) =>
			`${exitCard(cv, `npx ${packageJson.name}`, columns - 2)
				.map((line) => `  ${paintLine(line, painter)}`.trimEnd())
				.join('\n')}\n`,
		initialTab: section ? sectionIds.indexOf(section) : 0,
		openUrl: async (url: string) => (await import('./ui/open-url.js')).openUrl(url),
	};
	try {
		session.paint(firstFrame(props, {columns: stdout.columns || 80, rows: stdout.rows || 24}));
		const {runInteractive} = await import('./ui/run.js');
		await runInteractive(props, session);
	} finally {
		// Before any error is reported, so that it shows on the normal screen.
		session.restore();
	}
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const report = (message: string, code: number) => {
			process.stderr.write(`namukpark: ${ascii ? asciiStandIn(message) : message}\n`);
			process.exitCode = code;
		};
		if (error instanceof Error && error.name === 'UsageError') report(`${error.message}; see namukpark --help`, 2);
		else if (error instanceof CvError) report(error.message, 1);
		else report(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 70);
	},
);
