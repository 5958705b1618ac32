import meow from 'meow';
import {echo} from './cv/sanitize.js';
import {UsageError} from './errors.js';
import {type KeyTableFor, keyTable} from './keys.js';
import {type SectionId, sectionIds, sectionTitles} from './model.js';
import {ownProgram, type Program} from './program.js';

/** A flag as meow parses it and as the help describes it. */
type FlagDeclaration = {
	type: 'string' | 'boolean';
	shortFlag?: string;
	/** A boolean that is on unless turned off with `--no-…`. */
	default?: true;
	/** What the help calls the value, for a flag that takes one. */
	value?: string;
	/** Lines of the help; the first follows the flag. */
	description: readonly string[];
	/** namukpark's alone: a card shows its own CV, and makes no cards. */
	notInCard?: true;
};

/** Every flag, declared once: meow's flags, their types, the check for unknown options and the help come from here. */
const flagDeclarations = {
	section: {
		type: 'string',
		shortFlag: 's',
		value: 'NAME',
		description: ['Start on one section, or print only that one with --plain or --json:', '{sections} (or 1-{tabs})'],
	},
	data: {
		type: 'string',
		shortFlag: 'd',
		value: 'FILE',
		description: ['Show another CV file, in our schema or in JSON Resume (- reads standard input)'],
		notInCard: true,
	},
	init: {
		type: 'string',
		value: 'NAME',
		description: ['Write NAME/, a package that publishes `npx NAME` showing the --data CV'],
		notInCard: true,
	},
	plain: {type: 'boolean', description: ['Print the CV as plain text (the default when piped)']},
	json: {type: 'boolean', description: ['Print the validated CV data as JSON']},
	jsonResume: {type: 'boolean', description: ['Print the whole CV as a JSON Resume document (jsonresume.org)']},
	bibtex: {type: 'boolean', description: ['Print the BibTeX entry of every publication, or of those the words find']},
	color: {type: 'boolean', default: true, description: ['No colours (NO_COLOR and FORCE_COLOR are honoured too)']},
	links: {type: 'boolean', default: true, description: ['Print URLs instead of clickable links (as does FORCE_HYPERLINK=0)']},
	help: {type: 'boolean', shortFlag: 'h', description: ['Show this help']},
	version: {type: 'boolean', shortFlag: 'v', description: ['Show the version']},
} as const satisfies Record<string, FlagDeclaration>;

type FlagName = keyof typeof flagDeclarations;
type Declared = (typeof flagDeclarations)[FlagName];
type MeowFlags = {[Name in FlagName]: Omit<(typeof flagDeclarations)[Name], 'value' | 'description'>};

const allDeclarations = Object.entries(flagDeclarations) as [FlagName, Declared][];
/** The flags `program` takes: a card takes neither --data nor --init. */
const declarationsOf = (program: Program) =>
	program.data === undefined ? allDeclarations : allDeclarations.filter(([, flag]) => !('notInCard' in flag));
const meowFlags = Object.fromEntries(
	allDeclarations.map(([name, flag]) => [
		name,
		{type: flag.type, ...('shortFlag' in flag && {shortFlag: flag.shortFlag}), ...('default' in flag && {default: flag.default})},
	]),
) as MeowFlags;

/** A flag's name as typed: `jsonResume` is `--json-resume` (as meow reads it). */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const camel = (written: string) => written.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** How the flag reads in the help: `-s, --section NAME`, `--no-color`. */
function flagUsage(name: string, flag: Declared): string {
	const long = 'default' in flag ? `--no-${kebab(name)}` : `--${kebab(name)}`;
	const value = 'value' in flag ? ` ${flag.value}` : '';
	return 'shortFlag' in flag ? `-${flag.shortFlag}, ${long}${value}` : `${long}${value}`;
}

const column = 20;
const row = (left: string, lines: readonly string[]) =>
	lines.map((line, index) => `    ${(index === 0 ? left : '').padEnd(column)}${line}`.trimEnd()).join('\n');

/** namukpark's examples, which search for and cite its own CV's papers (a test runs each of them). */
const ownExamples = (command: string) => [
	`${command} --section publications`,
	`${command} vision transformers`,
	`${command} --plain | grep -i arxiv`,
	`${command} --bibtex blurs`,
	`${command} --bibtex > park.bib`,
	`${command} --json --section talks`,
	`${command} --json-resume > resume.json`,
	`${command} --data resume.json`,
];

/** A card's examples, for whatever CV it holds: its sections, and its papers where it has some. */
const cardExamples = (command: string, tabs: readonly SectionId[]) => [
	`${command} --section ${tabs[1] ?? tabs[0] ?? 1}`,
	`${command} --plain | less`,
	...(tabs.includes('publications') ? [`${command} --bibtex > ${command}.bib`] : []),
	`${command} --json --section ${tabs.at(-1) ?? 1}`,
	`${command} --json-resume > resume.json`,
];

/** The text of --help: usage, options, keys and examples; the sections and numbers are those of the CV's `tabs`. */
export function helpText(tabs: readonly SectionId[], program: Program = ownProgram, keysFor: KeyTableFor = {}): string {
	const command = program.name;
	return [
		`  ${program.description.replace(/\.$/, '')}.`,
		'',
		'  Usage',
		`    $ ${command} [options] [words]`,
		'',
		'    Words search every section: the viewer opens on what they find, or, piped or with --plain or --json,',
		'    the entries they find are printed. With --bibtex they are a search or a citation key.',
		'',
		'  Options',
		...declarationsOf(program).map(([name, flag]) =>
			row(
				flagUsage(name, flag),
				flag.description.map((line) => line.replace('{sections}', tabs.join(', ')).replace('{tabs}', String(tabs.length))),
			),
		),
		`    A value may follow its letter: -s3${program.data === undefined ? ', -dcv.json' : ''}`,
		'',
		'  Keys',
		...keyTable({...keysFor, tabs: tabs.length})
			.filter((key) => !key.inField)
			.map((key) => row(key.keys, [key.description])),
		'',
		'  In the search field (/)',
		...keyTable(keysFor)
			.filter((key) => key.inField)
			.map((key) => row(key.keys, [key.description])),
		'',
		'  Examples',
		...(program.data === undefined ? ownExamples(command) : cardExamples(command, tabs)).map((example) => `    $ ${example}`),
		'',
	].join('\n');
}

/**
 * What meow (14, through yargs-parser) cannot express, done before it parses: the arguments in long form, checked.
 * Tried against meow itself: it reports an unknown option on two lines of its own and exits (we say one line, exit
 * 2), takes `--plain=yes` and `--no-plain` quietly as false, reads `-stalks` as six flags and `-dcv.json` as `-d`
 * and `-c`, and takes the "-" of `--data -` for an argument. So unknown options, a value given to a flag that takes
 * none and `--no-` of a flag not on by default are refused here; short flags are spelled out (`-s3`, `-stalks`,
 * `-dcv.json`: the rest of the word is the value; `-hv`: two flags); `--data -` keeps its "-". meow then parses.
 */
function longForm(argv: readonly string[], program: Program): string[] {
	const declarations = declarationsOf(program);
	const offered = new Set(declarations.map(([name]) => name));
	const byShortFlag = new Map<string, FlagName>(
		declarations.flatMap(([name, flag]) => ('shortFlag' in flag ? [[flag.shortFlag, name]] : [])),
	);
	const result: string[] = [];
	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			result.push(...argv.slice(index));
			break;
		}
		if (argument === '-' && result.at(-1) === '--data') {
			result[result.length - 1] = '--data=-';
		} else if (argument.startsWith('--')) {
			const [written = '', value] = argument.slice(2).split(/=(.*)/s);
			const negated = written.startsWith('no-') && !(camel(written) in flagDeclarations);
			const name = camel(negated ? written.slice(3) : written) as FlagName;
			const flag: Declared | undefined = offered.has(name) ? flagDeclarations[name] : undefined;
			if (flag === undefined) throw new UsageError(`unknown option --${echo(written)}`);
			if (negated && !('default' in flag)) throw new UsageError(`--${kebab(name)} cannot be turned off with --no-${kebab(name)}`);
			if (value !== undefined && flag.type === 'boolean') throw new UsageError(`--${written} takes no value`);
			result.push(argument);
		} else if (argument.startsWith('-') && argument.length > 1) {
			for (const [position, letter] of [...argument.slice(1)].entries()) {
				const name = byShortFlag.get(letter);
				if (name === undefined) throw new UsageError(`unknown option -${echo(letter)}`);
				const value = argument.slice(position + 2);
				if (flagDeclarations[name].type === 'string' && value !== '') {
					result.push(`--${name}=${value}`);
					break;
				}
				result.push(`--${name}`);
			}
		} else {
			result.push(argument);
		}
	}
	return result;
}

export type CommandLine = {
	/** A section by its name, or by its number, which is that of the CV's tabs. */
	section?: SectionId | number;
	data?: string;
	/** The name of a card package to write, showing the --data CV. */
	init?: string;
	/** The words after the options: a search, or for --bibtex a citation key too. */
	query?: string;
	output: 'view' | 'plain' | 'json' | 'json-resume' | 'bibtex';
	color: boolean;
	links: boolean;
	help: boolean;
	version: boolean;
};

const sectionChoices = `${sectionIds.join(', ')}, or the number of a tab`;

function parseSection(value: string): SectionId | number {
	const wanted = value.trim().toLowerCase();
	const byNumber = /^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= sectionIds.length ? Number(wanted) : undefined;
	const byName = sectionIds.find((id) => id === wanted || sectionTitles[id].toLowerCase() === wanted);
	const section = byNumber ?? byName;
	if (section === undefined) throw new UsageError(`unknown section "${echo(value)}"; choose one of: ${sectionChoices}`);
	return section;
}

export function parseCommandLine(givenArgv: readonly string[], program: Program = ownProgram): CommandLine {
	const argv = longForm(givenArgv, program);
	let cli: ReturnType<typeof meow<MeowFlags>>;
	try {
		cli = meow({
			importMeta: import.meta,
			// Given, so that meow does not look for package.json and normalise it.
			pkg: {name: program.name, version: program.version},
			argv,
			autoHelp: false,
			autoVersion: false,
			description: false,
			// Checked above, in our words (see longForm).
			allowUnknownFlags: true,
			flags: meowFlags,
		});
	} catch (error) {
		throw new UsageError((error as Error).message.replace(/^The flag /, '').replace(/\.$/, ''));
	}
	const {flags} = cli;
	const query = cli.input.join(' ').trim();
	const outputs = (['plain', 'json', 'json-resume', 'bibtex'] as const).filter((name) => flags[camel(name) as FlagName]);
	if (outputs.length > 1) {
		throw new UsageError(
			`choose one of --plain, --json, --json-resume and --bibtex, not ${outputs.map((name) => `--${name}`).join(' and ')}`,
		);
	}
	if (flags.section === '') throw new UsageError(`--section needs a section: ${sectionChoices}`);
	if (flags.data === '') throw new UsageError('--data needs the path of a CV file, or - for standard input');
	if (flags.bibtex && flags.section !== undefined)
		throw new UsageError('--section does not apply to --bibtex, which lists the publications');
	if (flags.jsonResume && (flags.section !== undefined || query !== ''))
		throw new UsageError(`--json-resume prints the whole CV: it takes no ${query === '' ? '--section' : 'words'}`);
	if (flags.init !== undefined) {
		if (flags.init === '') throw new UsageError('--init needs the name of the package to write, such as ada-quill');
		if (flags.data === undefined) throw new UsageError('--init needs --data FILE, the CV the card shows');
		const others = [
			...outputs.map((name) => `--${name}`),
			...(flags.section === undefined ? [] : ['--section']),
			...(query ? ['words'] : []),
		];
		if (others.length > 0) throw new UsageError(`--init writes a card: it takes --data alone, not ${others.join(' or ')}`);
		if (flags.data === '-' || flags.data === '/dev/stdin')
			throw new UsageError('--init copies the CV file into the card: give its path, not standard input');
	}
	return {
		...(flags.section !== undefined && {section: parseSection(flags.section)}),
		...(flags.data !== undefined && {data: flags.data}),
		...(flags.init !== undefined && {init: flags.init}),
		...(query !== '' && {query}),
		output: outputs[0] ?? 'view',
		color: flags.color,
		links: flags.links,
		help: Boolean(flags.help),
		version: Boolean(flags.version),
	};
}
