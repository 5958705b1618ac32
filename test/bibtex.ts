// BibTeX read back by a real parser (the one behind Better BibTeX for Zotero), field by field.
import assert from 'node:assert/strict';
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
