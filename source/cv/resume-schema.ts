// What a JSON Resume holds that the CV reads, part by part, and what it holds beyond that.
import * as z from 'zod/mini';
import {shownDay} from './resume-dates.js';
import {citationKey, citationSchema, footnoteSchema, positiveInteger, talkSchema, text} from './schema.js';

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
// Where the person is, as themes show it; the street address and postal code are not shown.
const locationShape = {city: optionalText, region: optionalText, countryCode: optionalText};
const basicsShape = {
	name: text,
	label: optionalText,
	affiliation: optionalText,
	email: z.optional(email),
	url: optionalText,
	summary: optionalText,
	location: z.optional(z.looseObject(locationShape)),
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
	// Ours: a release date that is a state ("submitted"), which the schema's releaseDate cannot hold.
	status: optionalText,
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
export const resumeSchema = z.looseObject(resumeShape);

export type Resume = z.infer<typeof resumeSchema>;

/** The fields each part of a resume has that this CV reads, by the part's path. */
const shownFields: Record<string, readonly string[]> = Object.fromEntries(
	Object.entries({
		'': resumeShape,
		basics: basicsShape,
		'basics.location': locationShape,
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
export function fieldsNotShown(resume: Resume): string[] {
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
