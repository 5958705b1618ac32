// The CV as a JSON Resume: standard fields where the schema has them, extra ones (authors, badges, talks…) for the rest.

import {entryTypeOf} from '../format/citation-guess.js';
import {mailAddress} from '../format/text.js';
import type {LoadedCv} from './load.js';
import {isoDay, isoRange, shownDay} from './resume-dates.js';
import {defaultLabel} from './resume-text.js';
import type {Award, Contact, Cv, Education, Experience, Project, Publication} from './schema.js';

const schemaUrl = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

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
export function toJsonResume({cv, resume}: LoadedCv): Record<string, unknown> {
	if (resume) return resume;
	const updated = cv.updated === undefined ? undefined : isoDay(cv.updated);
	return compact({
		$schema: schemaUrl,
		basics: basicsOf(cv),
		work: cv.experience.map((job) => compact({name: job.organization, ...jobFields(job)})),
		volunteer: cv.volunteer?.map((job) => compact({organization: job.organization, ...jobFields(job)})),
		projects: cv.projects?.map(projectEntry),
		certificates: cv.certificates?.map((certificate) => {
			const {startDate, when} = isoRange(certificate.when);
			return compact({name: certificate.name, date: startDate, when, issuer: certificate.by, url: certificate.url});
		}),
		languages: cv.languages,
		interests: cv.interests,
		education: cv.education.map(educationEntry),
		awards: cv.awards.list.map(awardEntry),
		publications: cv.publications.map(publicationEntry),
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

/** The person: name, role, the email and homepage where they read back as such, every other contact a profile. */
function basicsOf(cv: Cv) {
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
	return compact({
		name: person.name,
		label: person.role,
		affiliation: person.affiliation,
		email: email?.url && mailAddress(email.url),
		url: homepage?.url,
		summary: cv.research?.summary,
		profiles,
	});
}

function projectEntry(project: Project) {
	return compact({
		name: project.name,
		description: project.description,
		highlights: project.highlights,
		keywords: project.keywords,
		...isoRange(project.when),
		url: project.url,
		roles: project.role === undefined ? undefined : [project.role],
	});
}

function educationEntry(school: Education) {
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
}

function awardEntry(award: Award) {
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
}

function publicationEntry(paper: Publication) {
	const url = paper.url ?? paper.arxiv;
	const entryType = paper.entryType ?? 'inproceedings';
	return compact({
		name: paper.title,
		publisher: paper.venue,
		// Where the rest would read back as another kind of paper.
		type: entryTypeOf({...paper, publisher: paper.venue, url}) === entryType ? undefined : entryType,
		releaseDate: paper.year === undefined ? undefined : String(paper.year),
		status: paper.status,
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
