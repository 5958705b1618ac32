import {fileURLToPath} from 'node:url';
import {Chalk} from 'chalk';
import packageJson from '../package.json' with {type: 'json'};
import type {CommandLine} from './command-line.js';
import {CvError, loadCv} from './cv/load.js';
import type {Cv} from './cv/schema.js';
import {renderBibtex} from './format/bibtex.js';
import type {Painter} from './format/paint.js';
import {renderPlain} from './format/plain.js';
import {buildSections, headerBlocks, type SectionId, sectionIds} from './sections.js';
import {firstFrame} from './ui/first-frame.js';
import {openTerminalSession} from './ui/session.js';

const defaultCvPath = fileURLToPath(new URL('../data/cv.json', import.meta.url));

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
		stdout.write((await import('./command-line.js')).helpText());
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
		stdout.write(`${JSON.stringify(section ? sectionData(cv, section) : data, null, 2)}\n`);
		return 0;
	}
	if (output === 'bibtex') {
		stdout.write(renderBibtex(cv.publications));
		return 0;
	}
	const painter: Painter = {chalk: new Chalk({level: colorLevel(commandLine.color, stdout)})};
	const sections = buildSections(cv);
	if (output === 'plain' || !stdout.isTTY || !stdin.isTTY) {
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
	const props = {
		sections,
		header: headerBlocks(cv),
		painter: link ? {...painter, link} : painter,
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

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	process.exit(error.code === 'EPIPE' ? 0 : 1);
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof Error && error.name === 'UsageError') {
			process.stderr.write(`namukpark: ${error.message}; see namukpark --help\n`);
			process.exitCode = 2;
		} else if (error instanceof CvError) {
			process.stderr.write(`namukpark: ${error.message}\n`);
			process.exitCode = 1;
		} else {
			process.stderr.write(`namukpark: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 70;
		}
	},
);
