import * as z from 'zod/mini';
import {doiPattern} from '../format/bibtex.js';

/** A copy of `schema` with a description for editors, written into data/cv.schema.json. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
	const copy = schema.clone() as T;
	z.globalRegistry.add(copy, {description});
	return copy;
}

export const text = z.string().check(z.minLength(1));
export const positiveInteger = z.int().check(z.positive());
const richText = described(
	text,
	'Text; **strong**, *emphasis* and [a link](https://example.org) are shown as such, and so are lines starting "- " (from a JSON Resume).',
);
const when = described(text, 'A date or a range as it should read, e.g. "Mar 2011 – Feb 2022".');

const allowedUrlPattern = /^(?:https?:\/\/|mailto:)\S+$/;
export const url = described(
	z.string().check(
		z.regex(allowedUrlPattern, {error: 'expected an https:, http: or mailto: link'}),
		z.refine((value: string) => URL.canParse(value), {error: 'expected a well-formed link'}),
	),
	'An https:, http: or mailto: link.',
);

const linkSchema = z.strictObject({
	label: described(text, 'What the link reads as when the terminal can show hyperlinks.'),
	url,
});

const contactSchema = z.strictObject({
	label: described(text, 'What the contact reads as: where it has a link, when the terminal can show hyperlinks.'),
	url: z.optional(described(url, 'Where the contact leads; a contact without one is shown as text.')),
	kind: described(text, 'What the contact is, e.g. "Email" or "GitHub".'),
});

export const citationSchema = z.strictObject({
	booktitle: described(text, 'The proceedings in full, e.g. "Proceedings of the 39th International Conference on Machine Learning".'),
	series: z.optional(text),
	volume: z.optional(text),
	number: z.optional(text),
	pages: z.optional(described(text, 'First and last page, e.g. "17390–17419".')),
	publisher: z.optional(text),
	editors: z.optional(described(z.array(text).check(z.minLength(1)), 'Each as "Last, First".')),
	doi: z.optional(
		described(
			z
				.string()
				.check(z.regex(doiPattern, {error: 'expected a DOI such as 10.1609/aaai.v35i10.17124, of letters, digits and -._;()/:<>[]'})),
			'The DOI, without https://doi.org/.',
		),
	),
	url: z.optional(described(url, "The paper on the proceedings' own site.")),
	keepCase: z.optional(
		described(
			z.array(text).check(z.minLength(1)),
			'Words or phrases of the title that keep their capitals in a citation, e.g. "Bayesian" or "Vision Transformers"; acronyms and the first word after a colon keep theirs anyway.',
		),
	),
});

export const citationKey = described(
	z.string().check(z.regex(/^[A-Za-z][\w:-]*$/, {error: 'expected a citation key of letters, digits, "_", ":" or "-"'})),
	'Stable BibTeX citation key.',
);

const publicationSchema = z.strictObject({
	number: described(positiveInteger, 'The number the CV cites the paper by, e.g. 3 for [3].'),
	key: citationKey,
	title: text,
	authors: z.optional(described(z.array(text).check(z.minLength(1)), 'Where absent, none are shown or cited.')),
	venue: z.optional(text),
	entryType: z.optional(
		described(
			z.enum(['inproceedings', 'article', 'phdthesis', 'mastersthesis', 'misc']),
			'The BibTeX entry type, which decides where the venue goes (booktitle, journal, school or howpublished); where absent, inproceedings.',
		),
	),
	year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
	status: z.optional(described(text, 'Where the paper has no year yet, where it stands, e.g. "submitted" or "in press".')),
	badge: z.optional(described(text, 'A distinction, e.g. "Spotlight".')),
	summary: z.optional(richText),
	seeAlso: described(z.array(positiveInteger), 'Numbers of related publications.'),
	arxiv: z.optional(url),
	url: z.optional(described(url, "The paper's own page, where it is not on arXiv.")),
	code: z.optional(url),
	citation: z.optional(described(citationSchema, 'Proceedings metadata for citations (BibTeX), from the proceedings themselves.')),
});

const awardSchema = z.strictObject({
	title: text,
	by: z.optional(described(text, 'Who gave the award.')),
	footnote: z.optional(described(positiveInteger, 'Number of the footnote about the giver.')),
	when: z.optional(when),
	summary: z.optional(richText),
});

export const footnoteSchema = z.strictObject({
	number: positiveInteger,
	text,
});

export const talkSchema = z.strictObject({
	title: text,
	link: z.optional(described(linkSchema, 'What the talk presents, e.g. a library.')),
	venues: z.array(z.strictObject({event: text, when})).check(z.minLength(1)),
});

const educationSchema = z.strictObject({
	school: text,
	location: z.optional(text),
	when: z.optional(when),
	degree: z.optional(text),
	thesis: z.optional(text),
	advisor: z.optional(text),
	gpa: z.optional(text),
	notes: z.array(text),
	url: z.optional(described(url, "The school's site.")),
});

const experienceSchema = z.strictObject({
	organization: text,
	about: z.optional(described(text, 'What the organization is, e.g. "A speech technology start-up".')),
	location: z.optional(text),
	when: z.optional(when),
	role: z.optional(text),
	description: z.optional(richText),
	highlights: z.optional(z.array(richText)),
	url: z.optional(described(url, "The organization's site.")),
});

const projectSchema = z.strictObject({
	name: text,
	when: z.optional(when),
	role: z.optional(text),
	description: z.optional(richText),
	highlights: z.optional(z.array(richText)),
	keywords: z.optional(z.array(text)),
	url: z.optional(url),
});

const certificateSchema = z.strictObject({
	name: text,
	by: z.optional(described(text, 'Who issued the certificate.')),
	when: z.optional(when),
	url: z.optional(url),
});

const namedWithKeywords = z.strictObject({name: text, keywords: z.optional(z.array(text))});

const skillSchema = z.union([
	text,
	z.strictObject({name: text, level: z.optional(described(text, 'e.g. "Advanced".')), keywords: z.optional(z.array(text))}),
]);

export const cvSchema = z
	.strictObject({
		$schema: z.optional(z.string()),
		updated: z.optional(described(text, 'When the CV was last updated, as it should read.')),
		person: z.strictObject({
			name: text,
			role: z.optional(text),
			affiliation: z.optional(text),
			contacts: z.array(contactSchema),
		}),
		research: z.optional(
			described(
				z.strictObject({
					title: z.optional(described(text, 'The heading of the tab, where it is not "Research" (e.g. "Profile").')),
					summary: richText,
					topics: z.array(richText),
				}),
				'What the research is about; a CV without it has no Research tab.',
			),
		),
		publications: z.array(publicationSchema),
		awards: z.strictObject({
			list: z.array(awardSchema),
			footnotes: z.array(footnoteSchema),
		}),
		talks: z.array(talkSchema),
		education: z.array(educationSchema),
		experience: z.array(experienceSchema),
		skills: described(
			z.array(skillSchema),
			'Each a name, or a name with its level and keywords; where any has either, the skills get a tab of their own.',
		),
		volunteer: z.optional(described(z.array(experienceSchema), 'Volunteer work; a CV without it has no Volunteering tab.')),
		projects: z.optional(described(z.array(projectSchema), 'A CV without projects has no Projects tab.')),
		certificates: z.optional(described(z.array(certificateSchema), 'A CV without certificates has no Certificates tab.')),
		languages: z.optional(z.array(z.strictObject({language: text, fluency: z.optional(text)}))),
		interests: z.optional(z.array(namedWithKeywords)),
	})
	.check(
		z.superRefine((cv, context) => {
			const shown = [
				cv.research,
				...cv.publications,
				...cv.awards.list,
				...cv.talks,
				...cv.education,
				...cv.experience,
				...cv.skills,
				...(cv.volunteer ?? []),
				...(cv.projects ?? []),
				...(cv.certificates ?? []),
				...(cv.languages ?? []),
				...(cv.interests ?? []),
			];
			if (shown.every((part) => part === undefined)) {
				context.addIssue({
					code: 'custom',
					path: [],
					message: 'nothing to show: a CV needs research, publications, awards, talks, education, experience or skills',
				});
			}
			const numbers = new Set<number>();
			const keys = new Set<string>();
			for (const [index, publication] of cv.publications.entries()) {
				if (numbers.has(publication.number)) {
					context.addIssue({
						code: 'custom',
						path: ['publications', index, 'number'],
						message: `number ${publication.number} is used twice`,
					});
				}
				if (keys.has(publication.key)) {
					context.addIssue({
						code: 'custom',
						path: ['publications', index, 'key'],
						message: `key "${publication.key}" is used twice`,
					});
				}
				for (const [phraseIndex, phrase] of (publication.citation?.keepCase ?? []).entries()) {
					if (!publication.title.includes(phrase)) {
						context.addIssue({
							code: 'custom',
							path: ['publications', index, 'citation', 'keepCase', phraseIndex],
							message: `"${phrase}" is not in the title; list words as the title spells them`,
						});
					}
				}
				numbers.add(publication.number);
				keys.add(publication.key);
			}
			for (const [index, publication] of cv.publications.entries()) {
				for (const [referenceIndex, reference] of publication.seeAlso.entries()) {
					if (!numbers.has(reference)) {
						context.addIssue({
							code: 'custom',
							path: ['publications', index, 'seeAlso', referenceIndex],
							message: `no publication has number ${reference}`,
						});
					}
				}
			}
			const footnotes = new Set(cv.awards.footnotes.map((footnote) => footnote.number));
			for (const [index, award] of cv.awards.list.entries()) {
				if (award.footnote !== undefined && !footnotes.has(award.footnote)) {
					context.addIssue({
						code: 'custom',
						path: ['awards', 'list', index, 'footnote'],
						message: `no footnote has number ${award.footnote}`,
					});
				}
			}
		}),
	);

export type Cv = z.infer<typeof cvSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Award = z.infer<typeof awardSchema>;
export type Talk = z.infer<typeof talkSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Skill = z.infer<typeof skillSchema>;
