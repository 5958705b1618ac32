import {fileURLToPath} from 'node:url';
import {Chalk} from 'chalk';
import meow from 'meow';
import packageJson from '../package.json' with {type: 'json'};
import {CvError, loadCv} from './cv/load.js';
import type {Cv} from './cv/schema.js';
import {renderBibtex} from './format/bibtex.js';
import type {Painter} from './format/paint.js';
import {renderPlain} from './format/plain.js';
import {keyTable} from './keys.js';
import {buildSections, headerBlocks, type SectionId, sectionIds, sectionTitles} from './sections.js';
import {firstFrame} from './ui/first-frame.js';
import {openTerminalSession} from './ui/session.js';

const defaultCvPath = fileURLToPath(new URL('../data/cv.json', import.meta.url));
const sectionNames = sectionIds.map((id, index) => `${index + 1} ${id}`).join(', ');

const helpText = `
	Namuk Park's CV in your terminal: research, publications, awards, talks, education and experience.

	Usage
	  $ namukpark [options]

	Options
	  -s, --section NAME  Start on one section, or print only that one with --plain or --json:
	                      ${sectionIds.join(', ')} (or 1-6)
	  -d, --data FILE     Show another CV file that follows the same schema (- reads standard input)
	  --plain             Print the CV as plain text (the default when piped)
	  --json              Print the validated CV data as JSON
	  --bibtex            Print a BibTeX entry for every publication
	  --no-color          No colours (NO_COLOR and FORCE_COLOR are honoured too)
	  --no-links          Print URLs instead of clickable links (as does FORCE_HYPERLINK=0)
	  -h, --help          Show this help
	  -v, --version       Show the version

	Keys
	${keyTable()
		.map((row) => `  ${row.keys.padEnd(18)}  ${row.description}`)
		.join('\n\t')}

	Examples
	  $ namukpark --section publications
	  $ namukpark --plain | grep -i arxiv
	  $ namukpark --bibtex > park.bib
	  $ namukpark --json --section talks
`;

const flagNames = {
	section: 's',
	data: 'd',
	plain: undefined,
	json: undefined,
	bibtex: undefined,
	color: undefined,
	links: undefined,
	help: 'h',
	version: 'v',
} as const;

class UsageError extends Error {}

/** Refuses any flag meow was not told of, before meow sees it (meow's own report does not say who is speaking). */
function checkArguments(argv: readonly string[]): void {
	const longNames = new Set(Object.keys(flagNames).flatMap((name) => [name, `no-${name}`]));
	const shortNames = new Set<string>(Object.values(flagNames).filter((short) => short !== undefined));
	for (const argument of argv) {
		if (argument === '--') break;
		if (argument.startsWith('--')) {
			const name = argument.slice(2).split('=')[0] ?? '';
			if (!longNames.has(name)) throw new UsageError(`unknown option ${argument.split('=')[0]}`);
		} else if (argument.startsWith('-') && argument.length > 1) {
			for (const letter of argument.slice(1)) {
				if (!shortNames.has(letter)) throw new UsageError(`unknown option -${letter}`);
				// -s3, -dcv.json: the rest of the word is the value.
				if (letter === flagNames.section || letter === flagNames.data) break;
			}
		}
	}
}

function parseSection(value: string): SectionId {
	const wanted = value.trim().toLowerCase();
	const byNumber = /^\d+$/.test(wanted) ? sectionIds[Number(wanted) - 1] : undefined;
	const byName = sectionIds.find((id) => id === wanted || sectionTitles[id].toLowerCase() === wanted);
	const section = byNumber ?? byName;
	if (section === undefined) throw new UsageError(`unknown section "${value}"; choose one of: ${sectionNames}`);
	return section;
}

function parseCli(givenArgv: string[]) {
	// yargs-parser (inside meow) takes a lone "-" for an argument of its own, not for the value of --data.
	const argv: string[] = [];
	for (const argument of givenArgv) {
		if (argument === '-' && (argv.at(-1) === '--data' || argv.at(-1) === '-d')) argv[argv.length - 1] = '--data=-';
		else argv.push(argument);
	}
	checkArguments(argv);
	let cli: ReturnType<
		typeof meow<{
			section: {type: 'string'; shortFlag: string};
			data: {type: 'string'; shortFlag: string};
			plain: {type: 'boolean'};
			json: {type: 'boolean'};
			bibtex: {type: 'boolean'};
			color: {type: 'boolean'; default: true};
			links: {type: 'boolean'; default: true};
			help: {type: 'boolean'; shortFlag: string};
			version: {type: 'boolean'; shortFlag: string};
		}>
	>;
	try {
		cli = meow(helpText, {
			importMeta: import.meta,
			// Given, so that meow does not look for package.json and normalise it at every start.
			pkg: {name: packageJson.name, version: packageJson.version},
			argv,
			autoHelp: false,
			autoVersion: false,
			description: false,
			allowUnknownFlags: true,
			flags: {
				section: {type: 'string', shortFlag: 's'},
				data: {type: 'string', shortFlag: 'd'},
				plain: {type: 'boolean'},
				json: {type: 'boolean'},
				bibtex: {type: 'boolean'},
				color: {type: 'boolean', default: true},
				links: {type: 'boolean', default: true},
				help: {type: 'boolean', shortFlag: 'h'},
				version: {type: 'boolean', shortFlag: 'v'},
			},
		});
	} catch (error) {
		throw new UsageError((error as Error).message.replace(/^The flag /, '').replace(/\.$/, ''));
	}
	const {flags} = cli;
	if (cli.input.length > 0) throw new UsageError(`unexpected argument "${cli.input[0]}"`);
	const outputs = (['plain', 'json', 'bibtex'] as const).filter((name) => flags[name]);
	if (outputs.length > 1)
		throw new UsageError(`choose one of --plain, --json and --bibtex, not ${outputs.map((name) => `--${name}`).join(' and ')}`);
	if (flags.section === '') throw new UsageError(`--section needs a section: ${sectionNames}`);
	if (flags.data === '') throw new UsageError('--data needs the path of a CV file, or - for standard input');
	if (flags.bibtex && flags.section !== undefined)
		throw new UsageError('--section does not apply to --bibtex, which lists the publications');
	return {
		cli,
		flags,
		section: flags.section === undefined ? undefined : parseSection(flags.section),
	};
}

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
	const {cli, flags, section} = parseCli(argv);
	const {stdout, stdin} = process;
	if (flags.help) {
		stdout.write(`${cli.help.replace(/^\n/, '').trimEnd()}\n`);
		return 0;
	}
	if (flags.version) {
		stdout.write(`${packageJson.version}\n`);
		return 0;
	}
	const cv = loadCv(flags.data ?? defaultCvPath);
	if (flags.json) {
		const {$schema: _, ...data} = cv;
		stdout.write(`${JSON.stringify(section ? sectionData(cv, section) : data, null, 2)}\n`);
		return 0;
	}
	if (flags.bibtex) {
		stdout.write(renderBibtex(cv.publications));
		return 0;
	}
	const painter: Painter = {chalk: new Chalk({level: colorLevel(flags.color, stdout)})};
	const sections = buildSections(cv);
	if (flags.plain || !stdout.isTTY || !stdin.isTTY) {
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
		flags.links && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url, {fallback: false}) : undefined;
	const props = {
		sections,
		header: headerBlocks(cv),
		painter: link ? {...painter, link} : painter,
		initialTab: section ? sectionIds.indexOf(section) : 0,
		openUrl: async (url: string) => (await import('./ui/open-url.js')).openUrl(url),
	};
	try {
		session.paint(firstFrame(props, {columns: stdout.columns || 80, rows: stdout.rows || 24}));
		const {runInteractive} = await importInteractiveView();
		await runInteractive(props, session);
	} finally {
		// Before any error is reported, so that it shows on the normal screen.
		session.restore();
	}
	return 0;
}

/**
 * Loads the Ink view. A terminal on both ends means a person is reading, even where CI variables are set; Ink reads
 * them (CI, CONTINUOUS_INTEGRATION) once, at import, and would then draw only the last frame, so it is shown them
 * as "false" while it loads.
 */
async function importInteractiveView() {
	const names = ['CI', 'CONTINUOUS_INTEGRATION'];
	const saved = names.map((name) => [name, process.env[name]] as const);
	for (const name of names) process.env[name] = 'false';
	try {
		return await import('./ui/run.js');
	} finally {
		for (const [name, value] of saved) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
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
		if (error instanceof UsageError) {
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
