import type {Publication} from '../cv/schema.js';

/** "Namuk Park" -> "Park, Namuk": the last word is the family name. */
function bibtexName(name: string): string {
	const parts = name.trim().split(/\s+/);
	const last = parts.pop() ?? '';
	return parts.length === 0 ? last : `${last}, ${parts.join(' ')}`;
}

function escapeBibtex(text: string): string {
	return text.replace(/[\\{}]/g, (character) => `\\${character}`).replace(/[&%$#_]/g, (character) => `\\${character}`);
}

/** A URL, DOI or eprint as BibTeX reads it, verbatim: nothing to escape but the braces that would end the field. */
function verbatim(text: string): string {
	return text.replace(/[{}]/g, '');
}

function arxivId(url: string): string | undefined {
	return /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/([^?#]+?)(?:\.pdf)?$/.exec(url)?.[1];
}

/** Where each type of entry names the venue. */
const venueField = {article: 'journal', inproceedings: 'booktitle', phdthesis: 'school', mastersthesis: 'school', misc: 'howpublished'};

/**
 * The BibTeX entry of a publication (@inproceedings unless it says otherwise), under its stable key: the
 * proceedings' own metadata where the CV has it (booktitle in full, series, volume, number, pages, publisher, editors, DOI and URL), the arXiv eprint besides. The
 * title is braced twice, so that styles that lower the case of titles keep its capitals.
 */
export function bibtexEntry(publication: Publication): string {
	const {citation} = publication;
	const eprint = publication.arxiv ? arxivId(publication.arxiv) : undefined;
	const url = citation?.url ?? publication.url ?? publication.arxiv ?? publication.code;
	const type = publication.entryType ?? 'inproceedings';
	const venue = type === 'inproceedings' ? (citation?.booktitle ?? publication.venue) : publication.venue;
	// A preprint's venue is its eprint.
	const venueShown = type === 'misc' && eprint && venue && /arxiv/i.test(venue) ? undefined : venue;
	const fields: [string, string | undefined][] = [
		['title', `{${escapeBibtex(publication.title)}}`],
		['author', publication.authors && escapeBibtex(publication.authors.map(bibtexName).join(' and '))],
		[venueField[type], venueShown && escapeBibtex(venueShown)],
		['series', citation?.series && escapeBibtex(citation.series)],
		['volume', citation?.volume && escapeBibtex(citation.volume)],
		['number', citation?.number && escapeBibtex(citation.number)],
		['pages', citation?.pages && escapeBibtex(citation.pages.replace(/\s*[–—-]+\s*/g, '--'))],
		['year', publication.year === undefined ? undefined : String(publication.year)],
		['editor', citation?.editors && escapeBibtex(citation.editors.join(' and '))],
		['publisher', citation?.publisher && escapeBibtex(citation.publisher)],
		['doi', citation?.doi && verbatim(citation.doi)],
		['url', url && verbatim(url)],
		['eprint', eprint && verbatim(eprint)],
		['archivePrefix', eprint && 'arXiv'],
	];
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	const width = Math.max(...present.map(([name]) => name.length));
	const body = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
	return `@${type}{${publication.key},\n${body}\n}\n`;
}

/** One entry per publication, in the CV's order. */
export function renderBibtex(publications: readonly Publication[]): string {
	return publications.map(bibtexEntry).join('\n');
}
