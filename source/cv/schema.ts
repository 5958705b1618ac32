import {z} from 'zod';

// Text may use **strong** and *emphasis* markers; everything else is shown as written.
const text = z.string().min(1);
const richText = text.describe('Text; **strong** and *emphasis* are shown as such.');
const when = text.describe('A date or a range as it should read, e.g. "Mar 2011 – Feb 2022".');

export const allowedUrlPattern = /^(?:https?:\/\/|mailto:)\S+$/;
const url = z
	.string()
	.regex(allowedUrlPattern, {
		message: 'expected an https:, http: or mailto: link',
	})
	.refine((value) => URL.canParse(value), {
		message: 'expected a well-formed link',
	})
	.describe('An https:, http: or mailto: link.');

export const linkSchema = z.strictObject({
	label: text.describe('What the link reads as when the terminal can show hyperlinks.'),
	url,
});

const contactSchema = linkSchema.extend({
	kind: text.describe('What the link is, e.g. "Email" or "GitHub".'),
});

const publicationSchema = z.strictObject({
	number: z.number().int().positive().describe('The number the CV cites the paper by, e.g. 3 for [3].'),
	key: z
		.string()
		.regex(/^[A-Za-z][\w:-]*$/, {
			message: 'expected a citation key of letters, digits, "_", ":" or "-"',
		})
		.describe('Stable BibTeX citation key.'),
	title: text,
	authors: z.array(text).min(1),
	venue: text,
	year: z.number().int().min(1900).max(2100),
	badge: text.optional().describe('A distinction, e.g. "Spotlight".'),
	summary: richText,
	seeAlso: z.array(z.number().int().positive()).describe('Numbers of related publications.'),
	arxiv: url.optional(),
	code: url.optional(),
});

const awardSchema = z.strictObject({
	title: text,
	by: text.optional().describe('Who gave the award.'),
	footnote: z.number().int().positive().optional().describe('Number of the footnote about the giver.'),
	when,
});

const footnoteSchema = z.strictObject({
	number: z.number().int().positive(),
	text,
});

const talkSchema = z.strictObject({
	title: text,
	link: linkSchema.optional().describe('What the talk presents, e.g. a library.'),
	venues: z.array(z.strictObject({event: text, when})).min(1),
});

const educationSchema = z.strictObject({
	school: text,
	location: text,
	when,
	degree: text.optional(),
	thesis: text.optional(),
	advisor: text.optional(),
	gpa: text.optional(),
	notes: z.array(text),
});

const experienceSchema = z.strictObject({
	organization: text,
	location: text,
	when,
	role: text,
	description: richText,
});

export const cvSchema = z
	.strictObject({
		$schema: z.string().optional(),
		updated: text.describe('When the CV was last updated, as it should read.'),
		person: z.strictObject({
			name: text,
			role: text,
			affiliation: text,
			contacts: z.array(contactSchema),
		}),
		research: z.strictObject({
			summary: richText,
			topics: z.array(richText).min(1),
		}),
		publications: z.array(publicationSchema),
		awards: z.strictObject({
			list: z.array(awardSchema),
			footnotes: z.array(footnoteSchema),
		}),
		talks: z.array(talkSchema),
		education: z.array(educationSchema),
		experience: z.array(experienceSchema),
		skills: z.array(text),
	})
	.superRefine((cv, context) => {
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
	});

export type Cv = z.infer<typeof cvSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Award = z.infer<typeof awardSchema>;
export type Talk = z.infer<typeof talkSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Experience = z.infer<typeof experienceSchema>;
