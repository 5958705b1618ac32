import {copyFileSync, existsSync, lstatSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {join} from 'node:path';
import {loadCv, type NoteHandler} from './cv/load.js';
import {echo} from './cv/sanitize.js';
import type {Cv} from './cv/schema.js';
import {UserError} from './errors.js';
import type {Program} from './program.js';
import {buildSections} from './sections.js';

/** What --init refuses (a name npm would refuse, a folder already there): one line, exit code 1. */
export class InitRefused extends UserError {
	override name = 'InitRefused';
}

/** A card's package name and the command it publishes: the name itself, or the part after the scope. */
export type CardName = {packageName: string; command: string};

/** Why npm would refuse `name` for a new package (validate-npm-package-name's rules), or undefined where it would not. */
function npmRefusal(name: string): string | undefined {
	const [, scope, bare = name] = /^(?:@([^/]+)\/)?([^/]+)$/.exec(name) ?? [];
	if (name.length > 214) return 'it is longer than 214 characters';
	if (name.toLowerCase() !== name) return 'it has capital letters';
	if (/^[._]/.test(name) || /^[.-]/.test(bare)) return 'it starts with a period, an underscore or a hyphen';
	if (['node_modules', 'favicon.ico'].includes(name)) return 'npm keeps it for itself';
	if (isBuiltin(name) || isBuiltin(`node:${name}`)) return 'it is the name of a module of Node.js';
	if (/[~'!()*]/.test(bare)) return "it has one of ~'!()*";
	const urlSafe = (part: string) => encodeURIComponent(part) === part;
	if (!/^(?:@[^/]+\/)?[^/]+$/.test(name) || !urlSafe(bare) || (scope !== undefined && !urlSafe(scope)))
		return 'it has characters a URL cannot hold (letters, digits, - . _ only, and @scope/ before)';
	return undefined;
}

/** The package name and command of a card named `name`, or InitRefused saying why npm would refuse the name. */
export function cardName(name: string, viewer: string): CardName {
	const refusal = name === viewer ? 'it is the viewer’s own name' : npmRefusal(name);
	if (refusal !== undefined) throw new InitRefused(`${JSON.stringify(echo(name))} cannot be the card’s package name: ${refusal}`);
	return {packageName: name, command: name.replace(/^@[^/]+\//, '')};
}

/** Whether `path` is a symbolic link, which existsSync does not see where it leads nowhere. */
function isSymbolicLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

/** "a, b and c". */
const listed = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

function readme({packageName, command}: CardName, cv: Cv, viewer: Program): string {
	const person = cv.person.name;
	// A card offers what its CV has: BibTeX only where there are papers.
	const features = ['Tabs', 'search', 'links to open and copy', ...(cv.publications.length > 0 ? ['BibTeX'] : [])].join(', ');
	return `# ${command}

${person}'s CV in your terminal:

\`\`\`sh
npx ${packageName}
\`\`\`

${features}, plain text when piped (\`npx ${packageName} | less\`): see
\`npx ${packageName} --help\`. It needs Node.js 22 or newer.

The CV is \`resume.json\` (JSON Resume, or ${viewer.name}'s own format); the viewer is the dependency
[${viewer.name}](https://www.npmjs.com/package/${viewer.name}), which wrote this folder from a JSON Resume with
\`npx ${viewer.name} --init ${packageName} --data FILE\`. Nothing else here needs editing.

## Try it

\`\`\`sh
npm install   # the viewer
npx .         # the card, as npx ${packageName} will show it
\`\`\`

## Publish

\`\`\`sh
npm login
npm publish${packageName.startsWith('@') ? ' --access public' : ''}
\`\`\`

Then anyone can run \`npx ${packageName}\`.

## Update

Edit \`resume.json\`, look at it with \`npx .\`, then \`npm version patch\` and \`npm publish\`. A newer
${viewer.name} ${viewer.version.split('.')[0]}.x reaches \`npx ${packageName}\` by itself, through the version range in
\`package.json\`.
`;
}

/** The card's bin: the viewer's, under the card's name, with its CV (see the viewer's bin/card.js). */
const cardBin = (viewer: string) => `#!/usr/bin/env node
// The command this package publishes: the viewer it depends on shows resume.json under this package's name.
require('${viewer}/card').runCard(__dirname);
`;

/**
 * --init: writes a new folder, named as the card's command, holding a package that publishes `npx <name>` showing the
 * CV at `dataPath`, which is checked first with the loader --data uses. Never overwrites: a folder already there is
 * refused, and one left half written (a full disk) is taken away again. Says on `out` what it wrote.
 */
export function writeCard(
	name: string,
	dataPath: string,
	viewer: Program,
	{cwd, out, onNote}: {cwd: string; out: (text: string) => void; onNote: NoteHandler},
): number {
	const card = cardName(name, viewer.name);
	const folder = join(cwd, card.command);
	const exists = () => new InitRefused(`${card.command}/ already exists; nothing was written (the card goes into a new folder)`);
	// Before the CV's notes, which would be beside the point; making the folder below refuses one made meanwhile.
	if (existsSync(folder) || isSymbolicLink(folder)) throw exists();
	const {cv} = loadCv(dataPath, onNote);
	try {
		mkdirSync(folder);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw code === 'EEXIST' ? exists() : new InitRefused(`cannot make the folder ${card.command}/ (${code ?? 'unknown error'})`);
	}
	const titles = buildSections(cv).map((section) => section.title.toLowerCase());
	const packageJson = {
		name: card.packageName,
		version: '1.0.0',
		description: `${cv.person.name}'s CV in your terminal${titles.length > 0 ? `: ${listed(titles)}` : ''}`,
		author: cv.person.name,
		keywords: ['cv', 'resume', 'terminal', 'cli', viewer.name],
		bin: {[card.command]: 'card.js'},
		files: ['card.js', 'resume.json'],
		engines: {node: '>=22'},
		dependencies: {[viewer.name]: `^${viewer.version}`},
	};
	try {
		copyFileSync(dataPath, join(folder, 'resume.json'));
		writeFileSync(join(folder, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`, {flag: 'wx'});
		writeFileSync(join(folder, 'card.js'), cardBin(viewer.name), {flag: 'wx', mode: 0o755});
		writeFileSync(join(folder, 'readme.md'), readme(card, cv, viewer), {flag: 'wx'});
	} catch (error) {
		// The folder is new and holds only what was written here.
		rmSync(folder, {recursive: true, force: true});
		throw new InitRefused(`cannot write the card into ${card.command}/ (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
	const scoped = card.packageName === card.command ? '' : ` (its command is ${card.command}, the name after the scope)`;
	out(
		[
			`Wrote ${card.command}/, the package ${card.packageName}${scoped}, showing ${cv.person.name}'s CV:`,
			'  package.json  the package, with the viewer as its one dependency',
			'  resume.json   the CV, a copy of the file given',
			`  card.js       the command ${card.command}`,
			'  readme.md     how to try, publish and update it',
			`Try it:   cd ${card.command} && npm install && npx .`,
			`Publish:  npm publish${card.packageName.startsWith('@') ? ' --access public' : ''}; then npx ${card.packageName} shows it anywhere`,
			'',
		].join('\n'),
	);
	return 0;
}
