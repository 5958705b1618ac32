// A checked JSON Resume as our CV, one function a section: what it lacks gets a default, what it had to change is noted.
import {authorList, entryTypeOf, newKey} from '../format/citation-guess.js';
import {isoPattern, shownDay, shownMonth, shownRange} from './resume-dates.js';
import type {Resume} from './resume-schema.js';
import {defaultLabel} from './resume-text.js';
import {quoted} from './sanitize.js';
import {type Award, type Contact, type Cv, type Education, type Experience, type Project, type Publication, url} from './schema.js';

const isArxiv = (link: string) => /^https?:\/\/(?:[\w-]+\.)?arxiv\.org\//.test(link);

/** A label (a role) that makes a summary a researcher's. */
const researcher = /research|scientist|professor|lecturer|ph\.?d|post-?doc|academic/i;

/**
 * What reading a resume changed so that it could be shown, each item with its field path (`notes`), and by path the
 * value its export gives each field that JSON Resume's schema would refuse (`exported`; undefined: none).
 */
export type Adjusted = {notes: string[]; exported: Map<string, unknown>};

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

/**
 * A paper's year from its release date: an ISO date's, or the one year a date such as "July, 2024" names; a date of
 * words and no year ("submitted", "in press") is where the paper stands, shown as written, and exported as `status`.
 */
function readYear(value: string | undefined, path: string, adjusted: Adjusted): {year?: number; status?: string} {
	if (value === undefined) return {};
	const years = isoPattern.test(value) ? [value.slice(0, 4)] : (value.match(/(?<!\d)\d{4}(?!\d)/g) ?? []);
	const year = years.length === 1 ? Number(years[0]) : Number.NaN;
	const shown = year >= 1900 && year <= 2100;
	if (years.length === 0 && /\p{L}/u.test(value)) {
		const status = value.trim();
		adjusted.notes.push(`${path} ${quoted(value)} shown as written`);
		adjusted.exported.set(path, undefined);
		adjusted.exported.set(path.replace(/releaseDate$/, 'status'), status);
		return {status};
	}
	if (!isoPattern.test(value) || !shown) {
		const rule = Number.isNaN(year) ? 'names no single year' : 'is not a year from 1900 to 2100';
		adjusted.notes.push(`${path} ${quoted(value)} ${shown ? `read as ${year}` : `${rule}: left out`}`);
		adjusted.exported.set(path, shown ? String(year) : undefined);
	}
	return shown ? {year} : {};
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

type Certificate = NonNullable<Cv['certificates']>[number];

/** An entry of a list part of a resume, such as one of `education`. */
type Part<Name extends keyof Resume> = NonNullable<Resume[Name]> extends readonly (infer Item)[] ? Item : never;

/** Each entry of a list part read by `read`, which is told where the entry is ("awards[2]"). */
function each<Item, Read>(
	items: readonly Item[] | undefined,
	part: string,
	adjusted: Adjusted,
	read: (item: Item, where: string, adjusted: Adjusted) => Read,
): Read[] {
	return (items ?? []).map((item, index) => read(item, `${part}[${index}]`, adjusted));
}

/** Our CV from a checked resume: what it lacks gets a default (authors: the person; venue: the publisher). */
export function cvOf(resume: Resume, adjusted: Adjusted): Cv {
	const {basics, meta} = resume;
	const contacts = contactsOf(basics, adjusted);
	const publications = publicationsOf(resume.publications ?? [], adjusted);
	const updated = meta?.updated ?? (meta?.lastModified === undefined ? undefined : shownDay(meta.lastModified));
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
		awards: {list: each(resume.awards, 'awards', adjusted, awardOf), footnotes: meta?.footnotes ?? []},
		talks: meta?.talks ?? [],
		education: each(resume.education, 'education', adjusted, educationOf),
		// A job with neither name was left out by fromJsonResume.
		experience: each(resume.work, 'work', adjusted, (job, where) =>
			jobOf({...job, organization: job.name ?? job.company ?? '', about: job.description}, where, adjusted),
		),
		// A skill of a name alone is its name, as our own CV writes it.
		skills: (resume.skills ?? []).map(({name, level, keywords}) =>
			level || keywords?.length ? {name, ...(level && {level}), ...(keywords?.length && {keywords})} : name,
		),
		...(resume.volunteer?.length && {volunteer: each(resume.volunteer, 'volunteer', adjusted, jobOf)}),
		...(resume.projects?.length && {projects: each(resume.projects, 'projects', adjusted, projectOf)}),
		...(resume.certificates?.length && {certificates: each(resume.certificates, 'certificates', adjusted, certificateOf)}),
		...(resume.languages?.length && {
			languages: resume.languages.map(({language, fluency}) => ({language, ...(fluency && {fluency})})),
		}),
		...(resume.interests?.length && {
			interests: resume.interests.map(({name, keywords}) => ({name, ...(keywords?.length && {keywords})})),
		}),
	};
}

/** The email and the homepage (where no profile has their link), the profiles, then where the person is. */
function contactsOf(basics: Resume['basics'], adjusted: Adjusted): Contact[] {
	const contacts: Contact[] = [];
	const profiles = (basics.profiles ?? []).flatMap((profile, index): Contact[] => {
		const link = readLink(profile.url, `basics.profiles[${index}].url`, adjusted, 'shown as text');
		const username = typeof profile.username === 'string' && profile.username !== '' ? profile.username : undefined;
		const label = profile.label ?? (link === undefined ? (username ?? profile.url) : defaultLabel(link));
		// Without a network, a link is a link, and a name alone a username: where it is one is not guessed, nor its URL.
		const kind = profile.network ?? (link === undefined && username !== undefined ? 'Username' : 'Link');
		return label === undefined ? [] : [{label, ...(link && {url: link}), kind}];
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
	const place = placeOf(basics.location ?? {});
	if (place) contacts.push({label: place, kind: 'Location'});
	return contacts;
}

/** A location as the contacts show it, "Berlin, Germany": the city, the region and the country, each once. */
function placeOf({city, region, countryCode}: NonNullable<Resume['basics']['location']>): string {
	const parts: string[] = [];
	const said = (part: string) => parts.some((earlier) => earlier.toLowerCase() === part.toLowerCase());
	for (const part of [city, region]) if (part && !said(part)) parts.push(part);
	// The country is left out where a part already names it, in English or in its own main language ("Россия" for RU).
	const names = countryCode === undefined ? [] : countryNames(countryCode);
	if (names[0] !== undefined && !names.some(said)) parts.push(names[0]);
	return parts.join(', ');
}

/** A country's names from its two-letter code ("DE"): in English, then in its main language; anything else as written. */
function countryNames(code: string): string[] {
	if (!/^[a-z]{2}$/i.test(code)) return [code];
	const region = code.toUpperCase();
	try {
		const language = new Intl.Locale(`und-${region}`).maximize().language;
		const name = (locale: string) => new Intl.DisplayNames([locale], {type: 'region'}).of(region) ?? code;
		return [name('en'), name(language)];
	} catch {
		return [code];
	}
}

/** The papers, numbered from the newest down where the file does not number them, each with a citation key. */
function publicationsOf(papers: readonly Part<'publications'>[], adjusted: Adjusted): Publication[] {
	const taken = new Set(papers.flatMap((paper) => (paper.key ? [paper.key] : [])));
	const publications = papers.map((paper, index) => paperOf(paper, `publications[${index}]`, papers.length - index, taken, adjusted));
	const unattributed = publications.flatMap((paper, index) => (paper.authors === undefined ? [`publications[${index}]`] : []));
	if (unattributed.length > 0) {
		const [have, they] = unattributed.length === 1 ? ['has', 'it is'] : ['have', 'they are'];
		adjusted.notes.push(`${unattributed.join(', ')} ${have} no authors: ${they} shown and cited without them`);
	}
	return publications;
}

/** A paper, numbered `number` where the file does not say, with a key not yet `taken` where it names none. */
function paperOf(paper: Part<'publications'>, where: string, number: number, taken: Set<string>, adjusted: Adjusted): Publication {
	const {year, status = paper.status} = readYear(paper.releaseDate, `${where}.releaseDate`, adjusted);
	const authors = paper.authors ?? (paper.author === undefined ? undefined : authorList(paper.author));
	const entryType = entryTypeOf(paper);
	const link = readLink(paper.url, `${where}.url`, adjusted, 'left out');
	const arxiv = readLink(paper.arxiv, `${where}.arxiv`, adjusted, 'left out') ?? (link && isArxiv(link) ? link : undefined);
	const own = link !== undefined && link !== arxiv ? link : undefined;
	const code = readLink(paper.code, `${where}.code`, adjusted, 'left out');
	return {
		number: paper.number ?? number,
		key: paper.key ?? newKey(authors ?? [], year, paper.name, taken),
		title: paper.name,
		...(authors && {authors}),
		...(paper.publisher && {venue: paper.publisher}),
		...(entryType !== 'inproceedings' && {entryType}),
		...(year !== undefined && {year}),
		...(status && {status}),
		...(paper.badge && {badge: paper.badge}),
		...(paper.summary && {summary: paper.summary}),
		seeAlso: paper.seeAlso ?? [],
		...(arxiv && {arxiv}),
		...(own && {url: own}),
		...(code && {code}),
		...(paper.citation && {citation: paper.citation}),
	};
}

function awardOf(award: Part<'awards'>, where: string, adjusted: Adjusted): Award {
	const date = readDate(award.date, `${where}.date`, adjusted);
	const when = award.when ?? (date === undefined ? undefined : shownMonth(date));
	keepShownWhen(where, when, adjusted);
	return {
		title: award.title,
		...(award.awarder && {by: award.awarder}),
		...(award.footnote !== undefined && {footnote: award.footnote}),
		...(when && {when}),
		...(award.summary && {summary: award.summary}),
	};
}

function educationOf(school: Part<'education'>, where: string, adjusted: Adjusted): Education {
	const degree = [school.studyType, school.area].filter(Boolean).join(' in ');
	const start = readDate(school.startDate, `${where}.startDate`, adjusted);
	const end = readDate(school.endDate, `${where}.endDate`, adjusted);
	const when = school.when ?? shownRange(start, end);
	keepShownWhen(where, when, adjusted);
	const courses = school.courses?.length ? [`Courses: ${school.courses.join(', ')}`] : [];
	const link = readLink(school.url, `${where}.url`, adjusted, 'left out');
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
}

function projectOf(project: Part<'projects'>, where: string, adjusted: Adjusted): Project {
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
}

function certificateOf(certificate: Part<'certificates'>, where: string, adjusted: Adjusted): Certificate {
	const date = readDate(certificate.date, `${where}.date`, adjusted);
	keepShownWhen(where, certificate.when ?? date, adjusted);
	const link = readLink(certificate.url, `${where}.url`, adjusted, 'left out');
	return {
		name: certificate.name,
		...(certificate.issuer && {by: certificate.issuer}),
		...((certificate.when ?? date) && {when: certificate.when ?? shownMonth(date ?? '')}),
		...(link && {url: link}),
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
