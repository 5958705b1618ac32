import type {Publication} from '../cv/schema.js';

/** "Namuk Park" -> "Park, Namuk": the last word is the family name. */
function bibtexName(name: string): string {
	const parts = name.trim().split(/\s+/);
	const last = parts.pop() ?? '';
	return parts.length === 0 ? last : `${last}, ${parts.join(' ')}`;
}

/**
 * What LaTeX prints for each of its special characters. BibTeX 0.99d counts every brace, a backslash before it or
 * not, so a brace is written as a command rather than as `\{`; `\\` would be a line break.
 */
const latexOf: Record<string, string> = {
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'\\': '\\textbackslash{}',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	'%': '\\%',
	'&': '\\&',
	_: '\\_',
	'#': '\\#',
	$: '\\$',
};

/** Text as LaTeX prints it: its special characters escaped, and "--" kept apart, which would print as a dash. */
export function escapeBibtex(text: string): string {
	return text.replace(/[{}\\^~%&_#$]/g, (character) => latexOf[character] ?? character).replace(/-(?=-)/g, '-{}');
}

/**
 * A URL as BibTeX reads it, verbatim but for its braces, percent-encoded: braces are not URL characters, so the
 * encoded URL is the same address (RFC 3986), and a brace left in would end or swallow the field.
 */
function urlField(url: string): string {
	return url.replaceAll('{', '%7B').replaceAll('}', '%7D');
}

/** Whether BibTeX reads `text` whole inside `{...}`: every brace, escaped or not, closes one opened before it. */
export function bracesBalance(text: string): boolean {
	let depth = 0;
	for (const character of text) {
		if (character === '{') depth++;
		else if (character === '}' && --depth < 0) return false;
	}
	return depth === 0;
}

function arxivId(url: string): string | undefined {
	return /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/([\w./-]+?)(?:\.pdf)?$/.exec(url)?.[1];
}

/** A run of letters with a capital after its first character: an acronym or a name such as ICLR, MSAs or ResNet. */
const innerCapital = /^\P{L}*\p{L}[\p{L}\p{N}'.]*\p{Lu}/u;
const capitalised = /^\P{L}*\p{Lu}/u;

/**
 * A title with braces around only what must keep its capitals when a style or a reference manager (Zotero,
 * Better BibTeX) puts it in sentence case: the phrases the CV names (`keepCase`, proper nouns such as "Vision
 * Transformers"), acronyms and words with capitals inside (each hyphenated part on its own), the first word after
 * a colon, and, in a title already in sentence case, every capitalised word after the first.
 */
export function protectCapitals(title: string, keepCase: readonly string[] = []): string {
	const kept: {start: number; end: number}[] = [];
	for (const phrase of keepCase) {
		for (let at = title.indexOf(phrase); at !== -1; at = title.indexOf(phrase, at + phrase.length)) {
			if (!kept.some((range) => at < range.end && at + phrase.length > range.start)) kept.push({start: at, end: at + phrase.length});
		}
	}
	kept.sort((a, b) => a.start - b.start);
	const words = [...title.matchAll(/\S+/g)];
	const longWords = words.slice(1).filter((word) => /^\P{L}*\p{L}{4}/u.test(word[0]));
	const sentenceCase = longWords.filter((word) => !capitalised.test(word[0])).length * 2 > longWords.length;
	let result = '';
	let from = 0;
	const plain = (to: number) => {
		result += escapeBibtex(title.slice(from, to));
		from = to;
	};
	for (const [index, word] of words.entries()) {
		const start = word.index;
		const end = start + word[0].length;
		if (start < from) continue;
		const phrase = kept.find((range) => range.start <= start && start < range.end);
		if (phrase) {
			plain(phrase.start);
			const text = title.slice(phrase.start, phrase.end);
			result += /\s/.test(text) || innerCapital.test(text) ? `{${escapeBibtex(text)}}` : initialBraced(text);
			from = phrase.end;
			continue;
		}
		plain(start);
		const afterColon = index > 0 && words[index - 1]?.[0].endsWith(':');
		result += word[0]
			.split(/((?<!-)-(?!-)|\/)/)
			.map((part) =>
				innerCapital.test(part)
					? `{${escapeBibtex(part)}}`
					: index > 0 && (afterColon || sentenceCase) && capitalised.test(part)
						? initialBraced(part)
						: escapeBibtex(part),
			)
			.join('');
		from = end;
	}
	plain(title.length);
	return result;
}

/** "Bayesian" -> "{B}ayesian": the capital alone keeps its case, the rest of the word reads as ever. */
function initialBraced(word: string): string {
	const [, before = '', capital = '', rest = ''] = /^(\P{L}*)(\p{Lu})(.*)$/su.exec(word) ?? [];
	return capital ? `${escapeBibtex(before)}{${capital}}${escapeBibtex(rest)}` : escapeBibtex(word);
}

/** Names of publishers rather than of proceedings, which are all a JSON Resume may give of a conference paper. */
const publishingHouse =
	/^(?:ACM|IEEE|Springer(?:[ -]Verlag)?|Elsevier|Wiley|MIT Press|PMLR|Curran Associates|AAAI Press|Association for Computing Machinery|Institute of Electrical and Electronics Engineers)$/i;

/** Where each type of entry names the venue. */
const venueField = {article: 'journal', inproceedings: 'booktitle', phdthesis: 'school', mastersthesis: 'school', misc: 'howpublished'};

/**
 * The BibTeX entry of a publication (@inproceedings unless it says otherwise), under its stable key: the
 * proceedings' own metadata where the CV has it (booktitle in full, series, volume, number, pages, publisher,
 * editors, DOI and URL), the arXiv eprint besides. A DOI is written as it is, the name it is; one whose braces
 * BibTeX could not read whole is left out, and `onNote` told why.
 */
export function bibtexEntry(publication: Publication, onNote?: (note: string) => void): string {
	const {citation} = publication;
	const eprint = publication.arxiv ? arxivId(publication.arxiv) : undefined;
	const url = citation?.url ?? publication.url ?? publication.arxiv ?? publication.code;
	const type = publication.entryType ?? 'inproceedings';
	// A proceedings paper whose only venue is its publisher ("ACM") has no booktitle to give, only a publisher.
	const publisherOnly = type === 'inproceedings' && !citation && publication.venue !== undefined && publishingHouse.test(publication.venue);
	const venue = type === 'inproceedings' ? (citation?.booktitle ?? (publisherOnly ? undefined : publication.venue)) : publication.venue;
	const publisher = citation?.publisher ?? (publisherOnly ? publication.venue : undefined);
	// A preprint's venue is its eprint.
	const venueShown = type === 'misc' && eprint && venue && /arxiv/i.test(venue) ? undefined : venue;
	const doi = citation?.doi;
	if (doi !== undefined && !bracesBalance(doi)) {
		onNote?.(`${publication.key}: DOI left out, as BibTeX cannot read its unmatched brace: ${doi}`);
	}
	const fields: [string, string | undefined][] = [
		['title', protectCapitals(publication.title, citation?.keepCase)],
		['author', publication.authors && escapeBibtex(publication.authors.map(bibtexName).join(' and '))],
		[venueField[type], venueShown && escapeBibtex(venueShown)],
		['series', citation?.series && escapeBibtex(citation.series)],
		['volume', citation?.volume && escapeBibtex(citation.volume)],
		['number', citation?.number && escapeBibtex(citation.number)],
		[
			'pages',
			citation?.pages
				?.split(/\s*[–—-]+\s*/)
				.map(escapeBibtex)
				.join('--'),
		],
		['year', publication.year === undefined ? undefined : String(publication.year)],
		['editor', citation?.editors && escapeBibtex(citation.editors.join(' and '))],
		['publisher', publisher && escapeBibtex(publisher)],
		['doi', doi !== undefined && bracesBalance(doi) ? doi : undefined],
		['url', url && urlField(url)],
		['eprint', eprint],
		['archivePrefix', eprint && 'arXiv'],
	];
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	const width = Math.max(...present.map(([name]) => name.length));
	const body = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
	return `@${type}{${publication.key},\n${body}\n}\n`;
}

/** One entry per publication, in the CV's order. */
export function renderBibtex(publications: readonly Publication[], onNote?: (note: string) => void): string {
	return publications.map((publication) => bibtexEntry(publication, onNote)).join('\n');
}
