// BibTeX read back by a real parser (the one behind Better BibTeX for Zotero), field by field.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from '@retorquere/bibtex-parser';
import type {Publication} from '../source/cv/schema.js';

type Creator = {lastName?: string; firstName?: string};
const names = (creators: unknown) => (creators as Creator[]).map((creator) => `${creator.lastName}, ${creator.firstName}`);
/** The parser reads some literal fields (publisher) as lists, split at " and ". */
const literal = (value: unknown) => (Array.isArray(value) ? value.join(' and ') : value);

/** Parses `bibtex` and checks that every entry says what its publication says. */
export function assertBibtexRoundTrips(bibtex: string, publications: readonly Publication[]) {
	// Sentence case off: the parser would otherwise lower the case of titles as Zotero stores them.
	const parsed = parse(bibtex, {sentenceCase: false});
	assert.deepEqual(parsed.errors, [], 'the parser reports no error');
	assert.equal(parsed.entries.length, publications.length);
	for (const [index, publication] of publications.entries()) {
		const entry = parsed.entries[index];
		assert.ok(entry, publication.key);
		const {fields} = entry;
		const {citation} = publication;
		assert.equal(entry.type, 'inproceedings');
		assert.equal(entry.key, publication.key);
		assert.equal(fields.title, publication.title, 'the title, capitals and all');
		assert.deepEqual(
			names(fields.author),
			(publication.authors ?? []).map((author) => {
				const parts = author.split(' ');
				const last = parts.pop();
				return `${last}, ${parts.join(' ')}`;
			}),
		);
		assert.equal(fields.booktitle, citation?.booktitle ?? publication.venue);
		assert.equal(fields.year, String(publication.year));
		assert.equal(fields.series, citation?.series);
		assert.equal(fields.volume, citation?.volume);
		assert.equal(fields.number, citation?.number);
		assert.equal(fields.pages, citation?.pages);
		assert.equal(literal(fields.publisher), citation?.publisher);
		assert.deepEqual(fields.editor === undefined ? undefined : names(fields.editor), citation?.editors);
		assert.equal(fields.doi, citation?.doi);
		assert.equal(fields.url, citation?.url ?? publication.arxiv ?? publication.code);
		assert.equal(fields.eprint, publication.arxiv?.replace('https://arxiv.org/abs/', ''));
	}
}

/** A style that prints every field of every entry as "=name=value", one to a line, as BibTeX read it. */
const everyFieldStyle = `ENTRY { author title booktitle journal year editor series volume number pages publisher doi url eprint archiveprefix } {} {}
FUNCTION {show} { duplicate$ empty$ { pop$ pop$ } { * write$ newline$ } if$ }
FUNCTION {entry}
{ "@" type$ * "=" * cite$ * write$ newline$
${['author', 'title', 'booktitle', 'journal', 'year', 'editor', 'series', 'volume', 'number', 'pages', 'publisher', 'doi', 'url', 'eprint', 'archiveprefix'].map((field) => `  "=${field}=" ${field} show`).join('\n')}
}
${['inproceedings', 'article', 'misc', 'phdthesis', 'mastersthesis', 'default.type'].map((type) => `FUNCTION {${type}} { entry }`).join('\n')}
READ
ITERATE {call.type$}
`;

/** Why the real `bibtex` cannot be run here, or nothing when it can. */
export const bibtexMissing =
	spawnSync('bibtex', ['--version']).status === 0 ? undefined : 'bibtex is not installed (Debian: texlive-binaries)';

/** Runs the real `bibtex` on `bibtex` with `style` (a .bst): its warnings and errors, its exit status and its output. */
function runBibtex(bibtex: string, style: string): {log: string; status: number | null; output: string} {
	const directory = mkdtempSync(join(tmpdir(), 'namukpark-bibtex-'));
	try {
		writeFileSync(join(directory, 'entries.bib'), bibtex);
		writeFileSync(join(directory, 'style.bst'), style);
		writeFileSync(join(directory, 'job.aux'), '\\citation{*}\n\\bibdata{entries}\n\\bibstyle{style}\n');
		const result = spawnSync('bibtex', ['-terse', 'job'], {
			cwd: directory,
			encoding: 'utf8',
			// Where TeX Live's configuration is not installed (texlive-binaries alone), BibTeX looks only where it is told.
			env: {...process.env, BIBINPUTS: directory, BSTINPUTS: directory},
		});
		const log = `${result.stdout}${readFileSync(join(directory, 'job.blg'), 'utf8')}`;
		return {log, status: result.status, output: readFileSync(join(directory, 'job.bbl'), 'utf8')};
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

/** What the real BibTeX 0.99d reads of `bibtex`: its warnings and errors, and each entry's fields as written. */
export function readByBibtex(bibtex: string): {
	log: string;
	status: number | null;
	entries: {type: string; key: string; fields: Record<string, string>}[];
} {
	const {log, status, output} = runBibtex(bibtex, everyFieldStyle);
	// BibTeX breaks lines past 79 columns at a space and indents what follows; joined again, a field is one line.
	const lines = output.replace(/\n {2}/g, ' ').split('\n');
	const entries: {type: string; key: string; fields: Record<string, string>}[] = [];
	for (const line of lines) {
		const start = /^@(\w+)=(.*)$/.exec(line);
		if (start) entries.push({type: start[1] ?? '', key: start[2] ?? '', fields: {}});
		const field = /^=(\w+)=(.*)$/.exec(line);
		const entry = entries.at(-1);
		if (field && entry) entry.fields[field[1] ?? ''] = field[2] ?? '';
	}
	return {log, status, entries};
}

/** A style that prints each name of each entry's author and editor fields, one to a line, as format.name$ parts it. */
const namePartsStyle = `ENTRY { author editor } {} {}
INTEGERS { count at }
STRINGS { names }
FUNCTION {show.names}
{ 'names :=
  names num.names$ 'count :=
  #1 'at :=
  { at count #1 + < }
  { names at "{ff}|{vv}|{ll}|{jj}" format.name$ write$ newline$ at #1 + 'at := }
  while$
}
FUNCTION {names.of} { duplicate$ empty$ { pop$ } { show.names } if$ }
FUNCTION {entry} { "@" cite$ * write$ newline$ "=author" write$ newline$ author names.of "=editor" write$ newline$ editor names.of }
${['inproceedings', 'article', 'misc', 'phdthesis', 'mastersthesis', 'default.type'].map((type) => `FUNCTION {${type}} { entry }`).join('\n')}
READ
ITERATE {call.type$}
`;

/**
 * Each name of each entry's authors and editors as the real BibTeX 0.99d parts it: "First|von|Last|Jr", the words of
 * a part joined by spaces (BibTeX ties some with "~"), and its warnings and errors.
 */
export function namesReadByBibtex(bibtex: string): {log: string; status: number | null; entries: {author: string[]; editor: string[]}[]} {
	const {log, status, output} = runBibtex(bibtex, namePartsStyle);
	const entries: {author: string[]; editor: string[]}[] = [];
	let names: string[] = [];
	for (const line of output.replace(/\n {2}/g, ' ').split('\n')) {
		const entry = entries.at(-1);
		if (line.startsWith('@')) entries.push({author: [], editor: []});
		else if (line === '=author' && entry) names = entry.author;
		else if (line === '=editor' && entry) names = entry.editor;
		else if (line !== '') names.push(line.replaceAll('~', ' '));
	}
	return {log, status, entries};
}

/** The value of each `name = {value}` field of each entry of `bibtex` as written (one field to a line, as ours are). */
export function writtenFields(bibtex: string): Record<string, string>[] {
	return bibtex
		.split(/^@/m)
		.filter(Boolean)
		.map((entry) =>
			Object.fromEntries(
				[...entry.matchAll(/^ {2}(\w+) *= \{(.*)\},?$/gm)].map((match) => [(match[1] ?? '').toLowerCase(), match[2] ?? '']),
			),
		);
}
