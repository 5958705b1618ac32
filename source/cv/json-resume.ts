// JSON Resume (https://jsonresume.org/schema), both ways. What its schema has no field for (authors, code links,
// badges, citation metadata, talks, footnotes) travels as extra fields, which the schema allows, and under `meta`.
// A standard field carries each value where one can; an extra field carries the exact text only where the standard
// one cannot, so that a CV exported here reads back the same, and a resume edited in another tool shows its edits.
import * as z from 'zod/mini';
import {familyName} from '../format/bibtex.js';
import {mailAddress} from '../format/text.js';
import {quoted} from './sanitize.js';
import {
	type Award,
	type Contact,
	type Cv,
	citationKey,
	citationSchema,
	type Education,
	type Experience,
	footnoteSchema,
	type Project,
	type Publication,
	positiveInteger,
	talkSchema,
	text,
	url,
} from './schema.js';

const schemaUrl = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const rangeSeparator = ' – ';
const present = 'Present';
const isoPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** "Mar 2011" as "2011-03", "2022" as "2022"; undefined for anything else. */
function isoMonth(shown: string): string | undefined {
	const match = /^(?:([A-Z][a-z]{2}) )?(\d{4})$/.exec(shown);
	if (!match?.[2]) return undefined;
	if (match[1] === undefined) return match[2];
	const month = months.indexOf(match[1]);
	return month < 0 ? undefined : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** "2011-03" and "2011-03-01" as "Mar 2011", "2011" as "2011": dates as the CV shows them; any other text as written. */
function shownMonth(date: string): string {
	const [, year, month] = isoPattern.exec(date) ?? [];
	if (year === undefined) return date;
	return month === undefined ? year : `${months[Number(month) - 1]} ${year}`;
}

/** A start and an end as the CV shows them: one date, a range, or a range to "Present" where there is no end. */
function shownRange(start: string | undefined, end: string | undefined): string | undefined {
	if (start === undefined) return end === undefined ? undefined : shownMonth(end);
	// A start that is not a date ("2023-2028") is shown as written, not as the start of a range to now.
	if (end === undefined) return isoPattern.test(start) ? `${shownMonth(start)}${rangeSeparator}${present}` : start;
	return shownMonth(start) === shownMonth(end) ? shownMonth(start) : `${shownMonth(start)}${rangeSeparator}${shownMonth(end)}`;
}

/** "Mar 2011 – Feb 2022" as its dates, and the text itself where they do not read back as it. */
function isoRange(when: string | undefined): {startDate?: string; endDate?: string; when?: string} {
	if (when === undefined) return {};
	const [start = '', end = start, ...rest] = when.split(rangeSeparator);
	const startDate = isoMonth(start);
	const endDate = end === present ? undefined : isoMonth(end);
	const dates = {...(startDate && {startDate}), ...(endDate && {endDate})};
	return rest.length === 0 && startDate && shownRange(startDate, endDate) === when ? dates : {...dates, when};
}

/** "July 1, 2022" as "2022-07-01"; undefined for anything else. */
function isoDay(shown: string): string | undefined {
	const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(shown);
	const month = monthNames.indexOf(match?.[1] ?? '');
	if (!match || month < 0) return undefined;
	const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]?.padStart(2, '0')}`;
	return isoPattern.test(iso) ? iso : undefined;
}

/** "2022-07-01" as "July 1, 2022" (and "2022-07" as "July 2022"); the date part of a date and time will do. */
function shownDay(iso: string): string | undefined {
	const [, year, month, day] = isoPattern.exec(iso.split(/[T ]/)[0] ?? '') ?? [];
	if (year === undefined) return undefined;
	const name = month === undefined ? undefined : monthNames[Number(month) - 1];
	if (name === undefined) return year;
	return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/** What a link reads as by default: an email address, or the URL without its scheme and trailing slash. */
function defaultLabel(link: string): string {
	return mailAddress(link) ?? link.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The last part of a profile's path, which other tools show as the user name. */
function username(link: string | undefined): string | undefined {
	if (link === undefined || !/^https?:/.test(link)) return undefined;
	return new URL(link).pathname.split('/').filter(Boolean).at(-1);
}

/** Fields with a value, in order: JSON.stringify leaves out the undefined ones, this leaves out empty lists too. */
function compact<T extends object>(fields: T): T {
	return Object.fromEntries(
		Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
	) as T;
}

/** The CV as a JSON Resume document that carries all of it: for a CV read from one, that resume as read. */
export function toJsonResume(cv: Cv): Record<string, unknown> {
	const read = resumesRead.get(cv);
	if (read) return read;
	const {person} = cv;
	const email = person.contacts.find((contact) => contact.url !== undefined && mailAddress(contact.url) !== undefined);
	const homepage = person.contacts.find((contact) => contact.kind === 'Homepage');
	// Contacts read back as the email, then the homepage, then the profiles: any other one, or one out of that
	// place, goes in the profiles, in order.
	let leading = 0;
	const readsBack = (contact: Contact, kind: string) =>
		contact.url !== undefined && contact.kind === kind && contact.label === defaultLabel(contact.url);
	if (email && email === person.contacts[0] && readsBack(email, 'Email')) leading++;
	if (homepage && homepage === person.contacts[leading] && readsBack(homepage, 'Homepage')) leading++;
	const profiles = person.contacts.slice(leading).map((contact) =>
		compact({
			network: contact.kind,
			username: username(contact.url),
			url: contact.url,
			label: contact.url !== undefined && contact.label === defaultLabel(contact.url) ? undefined : contact.label,
		}),
	);
	const updated = cv.updated === undefined ? undefined : isoDay(cv.updated);
	return compact({
		$schema: schemaUrl,
		basics: compact({
			name: person.name,
			label: person.role,
			affiliation: person.affiliation,
			email: email?.url && mailAddress(email.url),
			url: homepage?.url,
			summary: cv.research?.summary,
			profiles,
		}),
		work: cv.experience.map((job) => compact({name: job.organization, ...jobFields(job)})),
		volunteer: cv.volunteer?.map((job) => compact({organization: job.organization, ...jobFields(job)})),
		projects: cv.projects?.map((project) =>
			compact({
				name: project.name,
				description: project.description,
				highlights: project.highlights,
				keywords: project.keywords,
				...isoRange(project.when),
				url: project.url,
				roles: project.role === undefined ? undefined : [project.role],
			}),
		),
		certificates: cv.certificates?.map((certificate) => {
			const {startDate, when} = isoRange(certificate.when);
			return compact({name: certificate.name, date: startDate, when, issuer: certificate.by, url: certificate.url});
		}),
		languages: cv.languages,
		interests: cv.interests,
		education: cv.education.map((school) => {
			const [studyType, ...area] = school.degree?.split(' in ') ?? [];
			return compact({
				institution: school.school,
				location: school.location,
				studyType,
				area: area.length > 0 ? area.join(' in ') : undefined,
				...isoRange(school.when),
				score: school.gpa,
				thesis: school.thesis,
				advisor: school.advisor,
				notes: school.notes,
				url: school.url,
			});
		}),
		awards: cv.awards.list.map((award) => {
			const {startDate, endDate, when} = isoRange(award.when);
			// An award has one date: a range, or a date ISO cannot hold, keeps its text.
			return compact({
				title: award.title,
				awarder: award.by,
				date: startDate,
				...(award.when !== undefined && (endDate !== startDate || when) && {when: award.when}),
				summary: award.summary,
				footnote: award.footnote,
			});
		}),
		publications: cv.publications.map((paper) => {
			const url = paper.url ?? paper.arxiv;
			const entryType = paper.entryType ?? 'inproceedings';
			return compact({
				name: paper.title,
				publisher: paper.venue,
				// Where the rest would read back as another kind of paper.
				type: entryTypeOf({...paper, publisher: paper.venue, url}) === entryType ? undefined : entryType,
				releaseDate: paper.year === undefined ? undefined : String(paper.year),
				url,
				summary: paper.summary,
				number: paper.number,
				key: paper.key,
				authors: paper.authors,
				badge: paper.badge,
				seeAlso: paper.seeAlso,
				arxiv: paper.arxiv,
				code: paper.code,
				citation: paper.citation,
			});
		}),
		skills: cv.skills.map((skill) => (typeof skill === 'string' ? {name: skill} : skill)),
		meta: compact({
			lastModified: updated,
			updated: updated === undefined || shownDay(updated) !== cv.updated ? cv.updated : undefined,
			talks: cv.talks,
			footnotes: cv.awards.footnotes,
			topics: cv.research?.topics,
		}),
	});
}

/** A job's fields but its name, which `work` and `volunteer` spell differently. */
function jobFields(job: Experience) {
	return {
		description: job.about,
		location: job.location,
		position: job.role,
		url: job.url,
		...isoRange(job.when),
		summary: job.description,
		highlights: job.highlights,
	};
}

/** A file with a `basics` object is a JSON Resume; ours have `person`. */
export function isJsonResume(json: unknown): json is Record<string, unknown> {
	return typeof json === 'object' && json !== null && !Array.isArray(json) && 'basics' in json;
}

const entities: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' '};

/** Text without the HTML some tools write into it: a line break or an item of a list starts a line, other tags go. */
function withoutTags(text: string): string {
	if (!/<[a-z/]|&[a-z#]/i.test(text)) return text;
	return text
		.replace(/<br\s*\/?>|<\/(?:p|div|li|ul|ol)>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '\n- ')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity)
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

/** What JSON Resume leaves free-form, empty strings included (other tools write "" for "none"), reads as absent. */
function withoutEmptyStrings(value: unknown): unknown {
	if (typeof value === 'string') return withoutTags(value);
	if (Array.isArray(value)) return value.map(withoutEmptyStrings).filter((item) => item !== '');
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.map(([key, item]) => [key, withoutEmptyStrings(item)])
			.filter(([, item]) => item !== ''),
	);
}

/** Text on one line, as every field but prose is shown. */
function oneLine<T>(value: T): T {
	if (typeof value === 'string') return value.replace(/\s*\n\s*/g, ' ') as T;
	if (Array.isArray(value)) return value.map(oneLine) as T;
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneLine(item)])) as T;
}

/** The CV with line breaks only in its prose (summaries and descriptions), where a list of lines stays one. */
function withLinesOnlyInProse(cv: Cv): Cv {
	const prose = <T extends object>(item: T, field: keyof T & string) =>
		({...oneLine(item), ...(item[field] !== undefined && {[field]: item[field]})}) as T;
	return {
		...oneLine(cv),
		...(cv.research && {research: prose(cv.research, 'summary')}),
		publications: cv.publications.map((paper) => prose(paper, 'summary')),
		awards: {...oneLine(cv.awards), list: cv.awards.list.map((award) => prose(award, 'summary'))},
		experience: cv.experience.map((job) => prose(job, 'description')),
		...(cv.volunteer && {volunteer: cv.volunteer.map((job) => prose(job, 'description'))}),
		...(cv.projects && {projects: cv.projects.map((project) => prose(project, 'description'))}),
	};
}

const optionalText = z.optional(text);
// Dates, links and addresses are read as text: one that is not what it should be is shown as written, not refused.
const isoDate = text;
const email = text;
const texts = z.optional(z.array(text));
const list = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.optional(z.array(z.looseObject(shape)));

/** Metadata the CV neither shows nor checks, and does not report as left out. */
const passedOver = z.optional(z.unknown());

// The fields read, part by part, each where JSON Resume puts it: a problem is reported by its JSON Resume path, and a
// field a part has beyond these is reported as not shown.
const profileShape = {network: optionalText, url: optionalText, label: optionalText, username: passedOver};
const basicsShape = {
	name: text,
	label: optionalText,
	affiliation: optionalText,
	email: z.optional(email),
	url: optionalText,
	summary: optionalText,
	profiles: list(profileShape),
};
const workShape = {
	name: optionalText,
	// Before JSON Resume 1.0, "company".
	company: optionalText,
	location: optionalText,
	position: optionalText,
	startDate: z.optional(isoDate),
	endDate: z.optional(isoDate),
	when: optionalText,
	summary: optionalText,
	highlights: texts,
	url: optionalText,
	description: optionalText,
};
const volunteerShape = {
	organization: text,
	when: optionalText,
	position: optionalText,
	url: optionalText,
	startDate: z.optional(isoDate),
	endDate: z.optional(isoDate),
	summary: optionalText,
	highlights: texts,
	location: optionalText,
};
const projectShape = {
	name: text,
	when: optionalText,
	description: optionalText,
	highlights: texts,
	keywords: texts,
	startDate: z.optional(isoDate),
	endDate: z.optional(isoDate),
	url: optionalText,
	roles: texts,
	entity: optionalText,
};
const certificateShape = {name: text, date: z.optional(isoDate), when: optionalText, issuer: optionalText, url: optionalText};
const languageShape = {language: text, fluency: optionalText};
const educationShape = {
	institution: text,
	location: optionalText,
	studyType: optionalText,
	area: optionalText,
	startDate: z.optional(isoDate),
	endDate: z.optional(isoDate),
	when: optionalText,
	score: optionalText,
	courses: texts,
	thesis: optionalText,
	advisor: optionalText,
	notes: texts,
	url: optionalText,
};
const awardShape = {
	title: text,
	awarder: optionalText,
	date: z.optional(isoDate),
	when: optionalText,
	summary: optionalText,
	footnote: z.optional(positiveInteger),
};
const publicationShape = {
	name: text,
	publisher: optionalText,
	releaseDate: z.optional(isoDate),
	url: optionalText,
	summary: optionalText,
	number: z.optional(positiveInteger),
	key: z.optional(citationKey),
	authors: z.optional(z.array(text).check(z.minLength(1))),
	// Not in the schema, but what themes such as elegant read: the authors as one string, and the kind of paper.
	author: optionalText,
	type: optionalText,
	badge: optionalText,
	seeAlso: z.optional(z.array(positiveInteger)),
	arxiv: optionalText,
	code: optionalText,
	citation: z.optional(citationSchema),
};
const namedShape = {name: text, keywords: texts};
const skillShape = {...namedShape, level: optionalText};
const metaShape = {
	lastModified: z.optional(z.string()),
	updated: optionalText,
	talks: z.optional(z.array(talkSchema)),
	footnotes: z.optional(z.array(footnoteSchema)),
	topics: texts,
	canonical: passedOver,
	version: passedOver,
};
const resumeShape = {
	$schema: passedOver,
	basics: z.looseObject(basicsShape),
	work: list(workShape),
	volunteer: list(volunteerShape),
	projects: list(projectShape),
	certificates: list(certificateShape),
	languages: list(languageShape),
	education: list(educationShape),
	awards: list(awardShape),
	publications: list(publicationShape),
	skills: list(skillShape),
	interests: list(namedShape),
	meta: z.optional(z.looseObject(metaShape)),
};
const resumeSchema = z.looseObject(resumeShape);

type Resume = z.infer<typeof resumeSchema>;

/** The fields each part of a resume has that this CV reads, by the part's path. */
const shownFields: Record<string, readonly string[]> = Object.fromEntries(
	Object.entries({
		'': resumeShape,
		basics: basicsShape,
		'basics.profiles[]': profileShape,
		'work[]': workShape,
		'volunteer[]': volunteerShape,
		'projects[]': projectShape,
		'certificates[]': certificateShape,
		'languages[]': languageShape,
		'education[]': educationShape,
		'awards[]': awardShape,
		'publications[]': publicationShape,
		'skills[]': skillShape,
		'interests[]': namedShape,
		meta: metaShape,
	}).map(([path, shape]) => [path, Object.keys(shape)]),
);

/** The fields of `resume` that hold something this CV has no place for, as "work[].url". */
function fieldsNotShown(resume: Resume): string[] {
	const found = new Set<string>();
	const visit = (value: unknown, where: string) => {
		const shown = shownFields[where];
		if (shown === undefined || typeof value !== 'object' || value === null) return;
		for (const [key, item] of Object.entries(value)) {
			const path = where === '' ? key : `${where}.${key}`;
			if (!shown.includes(key)) {
				if (item !== null && !(Array.isArray(item) && item.length === 0)) found.add(path);
			} else if (Array.isArray(item)) {
				for (const element of item) visit(element, `${path}[]`);
			} else visit(item, path);
		}
	};
	visit(resume, '');
	if (resume.basics.profiles?.some((profile) => profile.url === undefined && profile.label === undefined && !profile.username))
		found.add('basics.profiles[] without a url or a name');
	const lastModified = resume.meta?.lastModified;
	if (lastModified !== undefined && resume.meta?.updated === undefined && shownDay(lastModified) === undefined)
		found.add('meta.lastModified');
	return [...found];
}

const stopWords = new Set(['with', 'from', 'that', 'this', 'into', 'over', 'what', 'when', 'does', 'towards', 'their']);
/** A word of a key: its letters and digits, at most 20 (a title of one 100 KB word still makes a key BibTeX reads). */
const asciiWord = (word: string) =>
	word
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9]/g, '')
		.toLowerCase()
		.slice(0, 20);

/** A citation key in the usual shape, "hendriks2014video", not yet in `taken` (a letter is added where it is). */
function newKey(authors: readonly string[], year: number | undefined, title: string, taken: Set<string>): string {
	const words = title.split(/\s+/).map(asciiWord);
	const word = words.find((candidate) => candidate.length > 3 && !stopWords.has(candidate)) ?? words.find(Boolean) ?? '';
	const surname = /\S*$/.exec(familyName(authors[0] ?? ''))?.[0] ?? '';
	let key = `${asciiWord(surname)}${year ?? ''}${word}`;
	if (!/^[a-z]/.test(key)) key = `paper${key}`;
	let unique = key;
	for (let suffix = 1; taken.has(unique); suffix++)
		unique = `${key}${String.fromCharCode(97 + ((suffix - 1) % 26))}${suffix > 26 ? suffix : ''}`;
	taken.add(unique);
	return unique;
}

/** "A. Lee, B. Kim and C. Wu" as three names; a list in "Lee, A., Kim, B." style, which commas cannot split, as one. */
function authorList(author: string): string[] {
	const names = author.split(author.includes(';') ? /\s*;\s*/ : /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((name) => name !== '');
	return names.length > 1 && names.every((name) => /\S\s+\S/.test(name)) ? names : [author.trim()];
}

type EntryType = NonNullable<Publication['entryType']>;

const entryTypePatterns: [EntryType, RegExp][] = [
	['misc', /\b(?:arxiv|preprint|biorxiv|medrxiv|ssrn)\b/i],
	['mastersthesis', /\bmaster|\bm\.?sc?\b.*thesis|\bmsc\b/i],
	['phdthesis', /\b(?:ph\.?d|doctoral|dissertation|thesis)\b/i],
	['inproceedings', /\b(?:proceedings|conference|workshop|symposium|inproceedings)\b/i],
	['article', /\b(?:journal|transactions|letters|review|magazine|article)\b/i],
];

/** Conferences people name by their acronym alone. */
const conferenceNames =
	/\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|AAAI|IJCAI|ACL|EMNLP|NAACL|KDD|SIGGRAPH|CHI|NDSS|USENIX|CCS|OSDI|SOSP|WWW|SIGIR|INTERSPEECH|ICASSP)\b/;

/**
 * A paper's BibTeX entry type, on the evidence of the file: its `type`, then proceedings metadata, then the
 * publisher's name, then an arXiv link; with none, @misc, so that no booktitle is guessed from a publisher.
 */
function entryTypeOf(paper: {type?: string; publisher?: string; url?: string; arxiv?: string; citation?: unknown}): EntryType {
	const judged = (text: string | undefined) =>
		text === undefined ? undefined : entryTypePatterns.find(([, pattern]) => pattern.test(text))?.[0];
	const byType = judged(paper.type);
	if (byType) return byType;
	if (paper.citation !== undefined) return 'inproceedings';
	const byPublisher = judged(paper.publisher) ?? (paper.publisher && conferenceNames.test(paper.publisher) ? 'inproceedings' : undefined);
	return byPublisher ?? 'misc';
}

const isArxiv = (link: string) => /^https?:\/\/(?:[\w-]+\.)?arxiv\.org\//.test(link);

/** A label (a role) that makes a summary a researcher's. */
const researcher = /research|scientist|professor|lecturer|ph\.?d|post-?doc|academic/i;

/**
 * What reading a resume changed so that it could be shown, each item with its field path (`notes`), and by path the
 * value its export gives each field that JSON Resume's schema would refuse (`exported`; undefined: none).
 */
type Adjusted = {notes: string[]; exported: Map<string, unknown>};

/** A date as the CV reads it: ISO as it is (a date and time by its date), any other text as written, noted. */
function readDate(value: string | undefined, path: string, adjusted: Adjusted): string | undefined {
	if (value === undefined || isoPattern.test(value)) return value;
	const day = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(value)?.[1];
	const isDay = day !== undefined && isoPattern.test(day);
	adjusted.exported.set(path, isDay ? day : undefined);
	if (isDay) return day;
	adjusted.notes.push(`${path} ${quoted(value)} shown as written`);
	return value;
}

/** Where a date of the entry at `where` is not one the schema takes, its export keeps the text shown, as `when`. */
function keepShownWhen(where: string, when: string | undefined, adjusted: Adjusted): void {
	const dropped = ['startDate', 'endDate', 'date'].some((field) => {
		const path = `${where}.${field}`;
		return adjusted.exported.has(path) && adjusted.exported.get(path) === undefined;
	});
	if (dropped && when !== undefined) adjusted.exported.set(`${where}.when`, when);
}

/** A paper's year from its release date: an ISO date's, or the one year a date such as "July, 2024" names. */
function readYear(value: string | undefined, path: string, adjusted: Adjusted): number | undefined {
	if (value === undefined) return undefined;
	const years = isoPattern.test(value) ? [value.slice(0, 4)] : (value.match(/(?<!\d)\d{4}(?!\d)/g) ?? []);
	const year = years.length === 1 ? Number(years[0]) : Number.NaN;
	const shown = year >= 1900 && year <= 2100;
	if (!isoPattern.test(value) || !shown) {
		const rule = Number.isNaN(year) ? 'names no single year' : 'is not a year from 1900 to 2100';
		adjusted.notes.push(`${path} ${quoted(value)} ${shown ? `read as ${year}` : `${rule}: left out`}`);
		adjusted.exported.set(path, shown ? String(year) : undefined);
	}
	return shown ? year : undefined;
}

const isWebLink = (link: string) => url.safeParse(link).success;

/**
 * A link the CV can open: as it is where it is a web or mail link, with `https://` where it has no scheme
 * ("www.linkedin.com/in/…"), else undefined (a `javascript:` link is never opened), noted with what became of it.
 */
function readLink(value: string | undefined, path: string, adjusted: Adjusted, otherwise: string): string | undefined {
	if (value === undefined) return undefined;
	const link = value.trim();
	if (isWebLink(link)) return link;
	const withScheme = `https://${link.replace(/^\/\//, '')}`;
	if (!/^[a-z][\w+.-]*:/i.test(link) && /^[^\s/.]+\.[^\s/]/.test(withScheme.slice(8)) && isWebLink(withScheme)) {
		adjusted.notes.push(`${path} ${quoted(value)} read as ${withScheme}`);
		adjusted.exported.set(path, withScheme);
		return withScheme;
	}
	adjusted.notes.push(`${path} ${quoted(value)} is not a web or mail link: ${otherwise}`);
	adjusted.exported.set(path, undefined);
	return undefined;
}

const isEmailAddress = (address: string) => /^[^\s@:/]+@[^\s@/]+$/.test(address);

/** Our CV from a checked resume: what it lacks gets a default (authors: the person; venue: the publisher). */
function cvOf(resume: Resume, adjusted: Adjusted): Cv {
	const {basics, meta} = resume;
	const contacts: Contact[] = [];
	const profiles = (basics.profiles ?? []).flatMap((profile, index): Contact[] => {
		const link = readLink(profile.url, `basics.profiles[${index}].url`, adjusted, 'shown as text');
		const username = typeof profile.username === 'string' && profile.username !== '' ? profile.username : undefined;
		const label = profile.label ?? (link === undefined ? (username ?? profile.url) : defaultLabel(link));
		return label === undefined ? [] : [{label, ...(link && {url: link}), kind: profile.network ?? 'Link'}];
	});
	const inProfiles = (link: string) => profiles.some((profile) => profile.url === link);
	if (basics.email && !inProfiles(`mailto:${basics.email}`)) {
		const address = isEmailAddress(basics.email);
		if (!address) {
			adjusted.notes.push(`basics.email ${quoted(basics.email)} is not an email address: shown as text`);
			adjusted.exported.set('basics.email', undefined);
		}
		contacts.push({label: basics.email, ...(address && {url: `mailto:${basics.email}`}), kind: 'Email'});
	}
	const homepage = readLink(basics.url, 'basics.url', adjusted, 'shown as text');
	if (homepage && !inProfiles(homepage)) contacts.push({label: defaultLabel(homepage), url: homepage, kind: 'Homepage'});
	else if (homepage === undefined && basics.url) contacts.push({label: basics.url, kind: 'Homepage'});
	contacts.push(...profiles);
	const papers = resume.publications ?? [];
	const unattributed: number[] = [];
	const taken = new Set(papers.flatMap((paper) => (paper.key ? [paper.key] : [])));
	const updated = meta?.updated ?? (meta?.lastModified === undefined ? undefined : shownDay(meta.lastModified));
	const publications = papers.map((paper, index): Publication => {
		const where = `publications[${index}]`;
		const year = readYear(paper.releaseDate, `${where}.releaseDate`, adjusted);
		const authors = paper.authors ?? (paper.author === undefined ? undefined : authorList(paper.author));
		if (authors === undefined) unattributed.push(index);
		const entryType = entryTypeOf(paper);
		const link = readLink(paper.url, `${where}.url`, adjusted, 'left out');
		const arxiv = readLink(paper.arxiv, `${where}.arxiv`, adjusted, 'left out') ?? (link && isArxiv(link) ? link : undefined);
		const own = link !== undefined && link !== arxiv ? link : undefined;
		const code = readLink(paper.code, `${where}.code`, adjusted, 'left out');
		return {
			number: paper.number ?? papers.length - index,
			key: paper.key ?? newKey(authors ?? [], year, paper.name, taken),
			title: paper.name,
			...(authors && {authors}),
			...(paper.publisher && {venue: paper.publisher}),
			...(entryType !== 'inproceedings' && {entryType}),
			...(year !== undefined && {year}),
			...(paper.badge && {badge: paper.badge}),
			...(paper.summary && {summary: paper.summary}),
			seeAlso: paper.seeAlso ?? [],
			...(arxiv && {arxiv}),
			...(own && {url: own}),
			...(code && {code}),
			...(paper.citation && {citation: paper.citation}),
		};
	});
	if (unattributed.length > 0) {
		const which = unattributed.map((index) => `publications[${index}]`).join(', ');
		adjusted.notes.push(`${which} name${unattributed.length === 1 ? 's' : ''} no authors: none are shown or cited`);
	}
	return {
		...(updated && {updated}),
		person: {
			name: basics.name,
			...(basics.label && {role: basics.label}),
			...(basics.affiliation && {affiliation: basics.affiliation}),
			contacts,
		},
		...(basics.summary && {
			research: {
				// A summary is headed by what it is: "Research" for a researcher's, "Profile" for anyone else's.
				...(!researcher.test(basics.label ?? '') && {title: 'Profile'}),
				summary: basics.summary,
				topics: meta?.topics ?? [],
			},
		}),
		publications,
		awards: {
			list: (resume.awards ?? []).map((award, index): Award => {
				const date = readDate(award.date, `awards[${index}].date`, adjusted);
				const when = award.when ?? (date === undefined ? undefined : shownMonth(date));
				keepShownWhen(`awards[${index}]`, when, adjusted);
				return {
					title: award.title,
					...(award.awarder && {by: award.awarder}),
					...(award.footnote !== undefined && {footnote: award.footnote}),
					...(when && {when}),
					...(award.summary && {summary: award.summary}),
				};
			}),
			footnotes: meta?.footnotes ?? [],
		},
		talks: meta?.talks ?? [],
		education: (resume.education ?? []).map((school, index): Education => {
			const degree = [school.studyType, school.area].filter(Boolean).join(' in ');
			const start = readDate(school.startDate, `education[${index}].startDate`, adjusted);
			const end = readDate(school.endDate, `education[${index}].endDate`, adjusted);
			const when = school.when ?? shownRange(start, end);
			keepShownWhen(`education[${index}]`, when, adjusted);
			const courses = school.courses?.length ? [`Courses: ${school.courses.join(', ')}`] : [];
			const link = readLink(school.url, `education[${index}].url`, adjusted, 'left out');
			return {
				school: school.institution,
				...(school.location && {location: school.location}),
				...(when && {when}),
				...(degree && {degree}),
				...(school.thesis && {thesis: school.thesis}),
				...(school.advisor && {advisor: school.advisor}),
				...(school.score && {gpa: school.score}),
				notes: [...(school.notes ?? []), ...courses],
				...(link && {url: link}),
			};
		}),
		experience: (resume.work ?? []).map((job, index) =>
			// A job with neither name was left out by fromJsonResume.
			jobOf({...job, organization: job.name ?? job.company ?? '', about: job.description}, `work[${index}]`, adjusted),
		),
		// A skill of a name alone is its name, as our own CV writes it.
		skills: (resume.skills ?? []).map(({name, level, keywords}) =>
			level || keywords?.length ? {name, ...(level && {level}), ...(keywords?.length && {keywords})} : name,
		),
		...(resume.volunteer?.length && {
			volunteer: resume.volunteer.map((job, index) => jobOf(job, `volunteer[${index}]`, adjusted)),
		}),
		...(resume.projects?.length && {
			projects: resume.projects.map((project, index): Project => {
				const where = `projects[${index}]`;
				const start = readDate(project.startDate, `${where}.startDate`, adjusted);
				const when = project.when ?? shownRange(start, readDate(project.endDate, `${where}.endDate`, adjusted));
				keepShownWhen(where, when, adjusted);
				const role = [...(project.roles ?? []), project.entity].filter(Boolean).join(', ');
				const link = readLink(project.url, `${where}.url`, adjusted, 'left out');
				return {
					name: project.name,
					...(when && {when}),
					...(role && {role}),
					...(project.description && {description: project.description}),
					...(project.highlights?.length && {highlights: project.highlights}),
					...(project.keywords?.length && {keywords: project.keywords}),
					...(link && {url: link}),
				};
			}),
		}),
		...(resume.certificates?.length && {
			certificates: resume.certificates.map((certificate, index) => {
				const date = readDate(certificate.date, `certificates[${index}].date`, adjusted);
				keepShownWhen(`certificates[${index}]`, certificate.when ?? date, adjusted);
				const link = readLink(certificate.url, `certificates[${index}].url`, adjusted, 'left out');
				return {
					name: certificate.name,
					...(certificate.issuer && {by: certificate.issuer}),
					...((certificate.when ?? date) && {when: certificate.when ?? shownMonth(date ?? '')}),
					...(link && {url: link}),
				};
			}),
		}),
		...(resume.languages?.length && {
			languages: resume.languages.map(({language, fluency}) => ({language, ...(fluency && {fluency})})),
		}),
		...(resume.interests?.length && {
			interests: resume.interests.map(({name, keywords}) => ({name, ...(keywords?.length && {keywords})})),
		}),
	};
}

type Job = {
	organization: string;
	about?: string | undefined;
	location?: string | undefined;
	position?: string | undefined;
	url?: string | undefined;
	startDate?: string | undefined;
	endDate?: string | undefined;
	when?: string | undefined;
	summary?: string | undefined;
	highlights?: string[] | undefined;
};

/** A job, paid (`work`) or volunteer, as the CV shows it. */
function jobOf(job: Job, where: string, adjusted: Adjusted): Experience {
	const start = readDate(job.startDate, `${where}.startDate`, adjusted);
	const end = readDate(job.endDate, `${where}.endDate`, adjusted);
	const when = job.when ?? shownRange(start, end);
	keepShownWhen(where, when, adjusted);
	const link = readLink(job.url, `${where}.url`, adjusted, 'left out');
	return {
		organization: job.organization,
		...(job.about && {about: job.about}),
		...(job.location && {location: job.location}),
		...(when && {when}),
		...(job.position && {role: job.position}),
		...(job.summary && {description: job.summary}),
		...(job.highlights && job.highlights.length > 0 && {highlights: job.highlights}),
		...(link && {url: link}),
	};
}

/**
 * Fields still in wide use under their names from before JSON Resume 1.0, under their 1.0 names; `renamed` gets
 * each new path with the old one, so that a note names the field as the file spells it.
 */
function withCurrentNames(json: unknown, renamed: Map<string, string>): unknown {
	if (typeof json !== 'object' || json === null) return json;
	const resume = json as Record<string, unknown>;
	const rename = (part: unknown, where: string, from: string, to: string) => {
		if (typeof part !== 'object' || part === null || Array.isArray(part)) return;
		const fields = part as Record<string, unknown>;
		if (!(from in fields) || to in fields) return;
		fields[to] = fields[from];
		delete fields[from];
		renamed.set(`${where}.${to}`, `${where}.${from}`);
	};
	const each = (list: unknown, where: string, from: string, to: string) => {
		if (Array.isArray(list)) for (const [index, part] of list.entries()) rename(part, `${where}[${index}]`, from, to);
	};
	rename(resume.basics, 'basics', 'website', 'url');
	each(resume.work, 'work', 'website', 'url');
	each(resume.publications, 'publications', 'website', 'url');
	each(resume.education, 'education', 'gpa', 'score');
	return resume;
}

export type JsonResumeReading =
	| {success: true; cv: unknown; resume: unknown; notShown: string[]; adjusted: string[]; leftOut: z.core.$ZodIssue[]}
	| {success: false; issues: z.core.$ZodIssue[]};

/** The issues of a resume that leaving something out cannot settle: those of `basics` itself and of the name. */
const isVital = (path: readonly PropertyKey[]) => path[0] === 'basics' && (path.length === 1 || path[1] === 'name');

/**
 * The resume without what the schema refuses, so that one odd value does not refuse the whole file: a value of the
 * wrong kind is left out, and so is an entry of a list that lacks what names it (an award without a title).
 */
function withoutRefused(json: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
	const dropped = new Map<unknown[], Set<number>>();
	for (const issue of issues) {
		const path = issue.path;
		const lastIndex = path.reduce<number>((found, part, index) => (typeof part === 'number' ? index : found), -1);
		const at = issue.input === undefined ? lastIndex : path.length - 1;
		let parent: unknown = json;
		for (const part of path.slice(0, at)) parent = (parent as Record<PropertyKey, unknown>)[part];
		const last = path[at];
		if (Array.isArray(parent) && typeof last === 'number') dropped.set(parent, (dropped.get(parent) ?? new Set()).add(last));
		else if (typeof parent === 'object' && parent !== null && last !== undefined) delete (parent as Record<PropertyKey, unknown>)[last];
	}
	for (const [list, indexes] of dropped) {
		const kept = list.filter((_, index) => !indexes.has(index));
		list.splice(0, list.length, ...kept);
	}
	return json;
}

/** The resume as read, with each field in `exported` given its value there: what its export is. */
function exportForm(resume: unknown, exported: ReadonlyMap<string, unknown>): unknown {
	const copy = structuredClone(resume);
	for (const [path, value] of exported) {
		const parts = path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
		const field = parts.pop() as string;
		let parent = copy as Record<PropertyKey, unknown> | undefined;
		for (const part of parts) parent = parent?.[part] as Record<PropertyKey, unknown> | undefined;
		if (parent === undefined) continue;
		if (value === undefined) delete parent[field];
		else parent[field] = value;
	}
	return copy;
}

/** The resumes that CVs were read from, by CV: what their JSON Resume export gives back. */
const resumesRead = new WeakMap<Cv, Record<string, unknown>>();

/** Remembers the resume `cv` was read from, so that its export keeps what came in. */
export function rememberResume(cv: Cv, resume: unknown): void {
	resumesRead.set(cv, resume as Record<string, unknown>);
}

/** Reads a JSON Resume as a CV still to be checked by our schema (whose problems `jsonResumePath` places). */
export function fromJsonResume(json: unknown): JsonResumeReading {
	const renamed = new Map<string, string>();
	let resume = withCurrentNames(withoutEmptyStrings(json), renamed);
	const leftOut: z.core.$ZodIssue[] = [];
	for (let round = 0; round < 4; round++) {
		const result = resumeSchema.safeParse(resume, {reportInput: true});
		const nameless = result.success
			? (result.data.work ?? []).flatMap((job, index) =>
					job.name === undefined && job.company === undefined
						? [{code: 'invalid_type', expected: 'string', input: undefined, path: ['work', index, 'name'], message: ''} as z.core.$ZodIssue]
						: [],
				)
			: [];
		const issues = result.success ? nameless : result.error.issues;
		if (result.success && issues.length === 0) {
			const adjusted: Adjusted = {notes: [], exported: new Map()};
			const cv = withLinesOnlyInProse(cvOf(result.data, adjusted));
			const asSpelt = (item: string) => {
				const path = item.split(' ')[0] ?? '';
				return item.replace(path, renamed.get(path) ?? path);
			};
			return {
				success: true,
				cv,
				resume: exportForm(resume, adjusted.exported),
				notShown: fieldsNotShown(result.data),
				adjusted: adjusted.notes.map(asSpelt),
				leftOut,
			};
		}
		if (issues.some((issue) => isVital(issue.path))) return {success: false, issues: issues.filter((issue) => isVital(issue.path))};
		leftOut.push(...issues);
		resume = withoutRefused(resume, issues);
	}
	return {success: false, issues: leftOut};
}

/** Where a problem our schema found in a CV read from JSON Resume lies in the resume. */
export function jsonResumePath(path: readonly PropertyKey[]): PropertyKey[] {
	const [section, ...rest] = path;
	if (section === 'awards' && rest[0] === 'list') return ['awards', ...rest.slice(1)];
	if (section === 'awards' && rest[0] === 'footnotes') return ['meta', 'footnotes', ...rest.slice(1)];
	if (section === 'talks') return ['meta', 'talks', ...rest];
	if (section === 'experience') return ['work', ...rest];
	if (section === 'person') return ['basics', ...rest];
	return [...path];
}
