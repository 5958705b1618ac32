import type {Publication} from '../cv/schema.js';

/** Crossref's DOI characters and the <>[] of older DOIs: none that LaTeX runs (a style may print the DOI as text). */
export const doiPattern = /^10\.\d{4,9}\/[-._;()/:<>[\]A-Za-z0-9]+$/;

/** What follows a family name after a comma, as in "Martin Luther King, Jr.". */
const isNameSuffix = (part: string) => /^(?:jr|sr|jnr|snr)\.?$/i.test(part) || /^(?:II|III|IV|2nd|3rd|4th)$/.test(part);

/** Names of organisations, which BibTeX must read whole: "The ATLAS Collaboration" has no family name "Collaboration". */
const organisation =
	/(?:^|\s)(?:and|&)(?:\s|$)|\b(?:Collaboration|Consortium|Team|Group|Committee|Council|Association|Society|Foundation|Institute|University|Laborator(?:y|ies)|Labs?|Inc|Ltd|LLC|Corporation|Company|GmbH|Organi[sz]ation|Initiative|Project|Center|Centre|Agency)\b/i;

/** Whether a word of a name starts with a small letter, as "van" and "de" do: a particle of the family name. */
const startsSmall = (word: string) => /^\P{L}*\p{Ll}/u.test(word);

/**
 * A name written "First von Last" split as BibTeX splits it: the family name is the last word, and any words from the
 * first in small letters ("Jan van der Berg": "van der Berg", given "Jan").
 */
function familyAndGiven(name: string): {family: string; given: string} {
	const words = name.trim().split(/\s+/);
	const particle = words.findIndex((word, index) => index < words.length - 1 && startsSmall(word));
	const from = particle === -1 ? words.length - 1 : particle;
	return {family: words.slice(from).join(' '), given: words.slice(0, from).join(' ')};
}

/** Whether BibTeX 0.99d reads a word as a particle: its first ASCII letter outside braces is small (it skips "É"). */
function bibtexReadsSmall(word: string): boolean {
	let depth = 0;
	for (const character of word) {
		if (character === '{') depth++;
		else if (character === '}') depth--;
		else if (depth === 0 && /[A-Za-z]/.test(character)) return character >= 'a';
	}
	return false;
}

/**
 * A family name escaped, each word but the last braced whole where BibTeX would take it for a particle and it is not
 * one ("{Álvarez} García"); BibTeX parts words at spaces and hyphens.
 */
function bibtexFamily(family: string): string {
	const pieces = family.split(/([\s-]+)/);
	return pieces
		.map((piece, index) => {
			const escaped = escapeBibtex(piece);
			if (index % 2 === 1 || index === pieces.length - 1 || startsSmall(piece) || !bibtexReadsSmall(escaped)) return escaped;
			// A group opening with a backslash is an accented letter to BibTeX, which would look inside it again.
			return escaped.startsWith('\\') ? `{{}${escaped}}` : `{${escaped}}`;
		})
		.join('');
}

/** A name's parts as BibTeX takes them, or the whole name where BibTeX cannot part it: an organisation, say. */
type NameParts = {family: string; suffix?: string; given?: string} | {whole: string};

/** BibTeX parts words at hyphens too: a part of hyphens alone is an empty one. */
const isBlank = (part: string) => !/[^\s-]/.test(part);

/**
 * A name's parts, "von Last", "Jr." and "First": "Martin Luther King, Jr." and "King, Martin Luther, Jr." as "King",
 * "Jr." and "Martin Luther", a name given as "Last, First" kept so; an organisation, or what BibTeX could not part (a
 * name with "and" or many commas), whole; a blank name (spaces, commas, hyphens), none.
 */
function nameParts(name: string): NameParts | undefined {
	const spaced = name.trim().replace(/\s+/g, ' ');
	if (organisation.test(spaced)) return {whole: spaced};
	let parts = spaced.split(/\s*,\s*/).filter((part) => !isBlank(part));
	if (parts.length === 0) return undefined;
	// "Martin Luther King Jr." as "Martin Luther King, Jr.": the suffix is no family name.
	const words = parts.length === 1 ? spaced.split(' ') : [];
	const lastWord = words.at(-1);
	if (words.length > 1 && lastWord !== undefined && isNameSuffix(lastWord)) parts = [words.slice(0, -1).join(' '), lastWord];
	const [first = '', second = '', third] = parts;
	if (parts.length === 1 || (parts.length === 2 && isNameSuffix(second) && !isNameSuffix(first))) {
		const {family, given} = familyAndGiven(first);
		parts = parts.length === 1 ? [family, given] : [family, second, given];
	} else if (third !== undefined && parts.length === 3 && isNameSuffix(third) && !isNameSuffix(second)) parts = [first, third, second];
	const [family = '', suffix, given = ''] = parts.length === 2 ? [parts[0], undefined, parts[1]] : parts;
	if (parts.length > 3 || isBlank(family) || (suffix !== undefined && isBlank(given))) return {whole: spaced};
	return {family, ...(suffix !== undefined && {suffix}), ...(!isBlank(given) && {given})};
}

/** The family name of a name, "van der Berg" of "Jan van der Berg" and of "van der Berg, Jan"; for a citation key. */
export function familyName(name: string): string {
	const parts = nameParts(name);
	return parts === undefined ? '' : 'whole' in parts ? parts.whole : parts.family;
}

/** A name as BibTeX reads it, "von Last, Jr., First" ("Namuk Park" as "Park, Namuk"), or braced whole; a blank one, none. */
export function bibtexName(name: string): string | undefined {
	const parts = nameParts(name);
	if (parts === undefined) return undefined;
	if ('whole' in parts) return `{${escapeBibtex(parts.whole)}}`;
	const {family, suffix, given} = parts;
	return [bibtexFamily(family), ...[suffix, given].filter((part) => part !== undefined).map(escapeBibtex)].join(', ');
}

/** Names joined as BibTeX reads a list of names, blank ones left out. */
function bibtexNames(names: readonly string[]): string | undefined {
	const written = names.map(bibtexName).filter((name) => name !== undefined);
	return written.length === 0 ? undefined : written.join(' and ');
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
 * editors, DOI and URL), the arXiv eprint besides. A DOI is written as it is, the name it is; one of other characters
 * than DOIs use, which a style that prints it as text would run as LaTeX, is left out, and `onNote` told why.
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
	const doiWritten = doi !== undefined && doiPattern.test(doi);
	if (doi !== undefined && !doiWritten) onNote?.(`${publication.key}: DOI left out, as it has characters no DOI has: ${doi}`);
	const fields: [string, string | undefined][] = [
		['title', protectCapitals(publication.title, citation?.keepCase)],
		['author', publication.authors && bibtexNames(publication.authors)],
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
		['editor', citation?.editors && bibtexNames(citation.editors)],
		['publisher', publisher && escapeBibtex(publisher)],
		['doi', doiWritten ? doi : undefined],
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
