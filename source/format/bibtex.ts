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

function arxivId(url: string): string | undefined {
	return /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/([^?#]+?)(?:\.pdf)?$/.exec(url)?.[1];
}

/** One @inproceedings entry per publication, keyed by its stable citation key. */
export function renderBibtex(publications: readonly Publication[]): string {
	return publications
		.map((publication) => {
			const eprint = publication.arxiv ? arxivId(publication.arxiv) : undefined;
			const fields: [string, string][] = [
				['title', `{${escapeBibtex(publication.title)}}`],
				['author', escapeBibtex(publication.authors.map(bibtexName).join(' and '))],
				['booktitle', escapeBibtex(publication.venue)],
				['year', String(publication.year)],
				...(eprint
					? ([
							['eprint', escapeBibtex(eprint)],
							['archivePrefix', 'arXiv'],
						] as [string, string][])
					: []),
				...(publication.arxiv || publication.code
					? ([['url', escapeBibtex(publication.arxiv ?? publication.code ?? '')]] as [string, string][])
					: []),
			];
			const width = Math.max(...fields.map(([name]) => name.length));
			const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
			return `@inproceedings{${publication.key},\n${body}\n}\n`;
		})
		.join('\n');
}
