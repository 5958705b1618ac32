// JSON Resume (https://jsonresume.org/schema), both ways: read here, part by part in resume-import.ts, and written by
// resume-export.ts. What its schema has no field for (authors, code links,
// badges, citation metadata, talks, footnotes) travels as extra fields, which the schema allows, and under `meta`.
// A standard field carries each value where one can; an extra field carries the exact text only where the standard
// one cannot, so that a CV exported here reads back the same, and a resume edited in another tool shows its edits.
import type * as z from 'zod/mini';
import {type Adjusted, cvOf} from './resume-import.js';
import {fieldsNotShown, resumeSchema} from './resume-schema.js';
import {withLinesOnlyInProse, withoutEmptyStrings} from './resume-text.js';

/** A file with a `basics` object is a JSON Resume; ours have `person`. */
export function isJsonResume(json: unknown): json is Record<string, unknown> {
	return typeof json === 'object' && json !== null && !Array.isArray(json) && 'basics' in json;
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

/** Words for an end not yet come ("Present", "now"), which JSON Resume says by leaving `endDate` out. */
const openEnd = /^\s*(?:present|now|current|ongoing|today)\s*$/i;

/** The resume with each end date that says the entry goes on left out, as JSON Resume writes an open end. */
function withoutOpenEnds(json: unknown): unknown {
	if (typeof json !== 'object' || json === null) return json;
	const resume = json as Record<string, unknown>;
	for (const part of ['work', 'volunteer', 'education', 'projects']) {
		const list = resume[part];
		if (!Array.isArray(list)) continue;
		for (const entry of list) {
			const fields = entry as Record<string, unknown> | null;
			if (typeof fields?.endDate === 'string' && openEnd.test(fields.endDate)) delete fields.endDate;
		}
	}
	return resume;
}

export type JsonResumeReading =
	| {success: true; cv: unknown; resume: Record<string, unknown>; notShown: string[]; adjusted: string[]; leftOut: z.core.$ZodIssue[]}
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
function exportForm(resume: unknown, exported: ReadonlyMap<string, unknown>): Record<string, unknown> {
	const copy = structuredClone(resume) as Record<string, unknown>;
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

/** Reads a JSON Resume as a CV still to be checked by our schema (whose problems `jsonResumePath` places). */
export function fromJsonResume(json: unknown): JsonResumeReading {
	const renamed = new Map<string, string>();
	let resume = withoutOpenEnds(withCurrentNames(withoutEmptyStrings(json), renamed));
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
