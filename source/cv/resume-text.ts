// Text as JSON Resume files hold it, made the CV's: HTML some tools write taken out, line breaks only in prose.
import {mailAddress} from '../format/text.js';
import type {Cv} from './schema.js';

/** What a link reads as by default: an email address, or the URL without its scheme and trailing slash. */
export function defaultLabel(link: string): string {
	return mailAddress(link) ?? link.replace(/^https?:\/\//, '').replace(/\/$/, '');
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
export function withoutEmptyStrings(value: unknown): unknown {
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
export function withLinesOnlyInProse(cv: Cv): Cv {
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
