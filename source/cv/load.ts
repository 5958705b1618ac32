import {closeSync, openSync, readSync} from 'node:fs';
import type {z} from 'zod';
import {CvError} from '../errors.js';
import {fromJsonResume, isJsonResume, jsonResumePath} from './json-resume.js';
import {echo, quoted, sanitizeJson, sanitizeText} from './sanitize.js';
import {type Cv, cvSchema} from './schema.js';

export {CvError} from '../errors.js';
export {toJsonResume} from './resume-export.js';

/** What a note is made of: each value adjusted or left out, or each field not shown, as the note names it. */
export type NoteItems = {kind: 'adjusted' | 'notShown'; items: readonly string[]};

/** Told of what a CV file holds but the CV cannot show, in one line, and of its items one by one. */
export type NoteHandler = (note: string, items: NoteItems) => void;

/** A CV as read, with the JSON Resume it was read from, which its JSON Resume export gives back as it came. */
export type LoadedCv = {cv: Cv; resume?: Record<string, unknown>};

const maxProblemsShown = 5;

/** Far larger than any CV (2,000 papers make 1.4 MB); a file past it is refused before it fills the memory. */
const maxFileBytes = 32 * 1024 * 1024;

export function loadCv(path: string, onNote?: NoteHandler): LoadedCv {
	let source: string;
	const shown = echo(path, 'end');
	try {
		source = readBounded(path);
	} catch (error) {
		throw new CvError(`${shown}: ${error instanceof CvError ? error.message : describeReadError(error)}`);
	}
	return parseCv(source, shown, onNote);
}

/** Reads a file, a pipe or a device, or standard input for "-" or /dev/stdin, but never more than `maxFileBytes`. */
function readBounded(path: string): string {
	const fromStdin = path === '-' || path === '/dev/stdin';
	const descriptor = fromStdin ? 0 : openSync(path, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(1024 * 1024);
			const read = readWaiting(descriptor, chunk);
			if (read === 0) break;
			total += read;
			if (total > maxFileBytes) throw new CvError(`larger than ${maxFileBytes / 1024 / 1024} MB, too large to be a CV`);
			chunks.push(chunk.subarray(0, read));
		}
		return decodeText(Buffer.concat(chunks, total));
	} finally {
		if (!fromStdin) closeSync(descriptor);
	}
}

/**
 * A file's text: UTF-8, or UTF-16 (Windows Notepad saves "Unicode" as UTF-16 LE), told by its byte order mark or,
 * without one, by the NUL byte that each of JSON's first two characters, being ASCII, has before or after it.
 */
function decodeText(bytes: Buffer): string {
	const [first, second, third, fourth] = bytes;
	const bigEndian = (first === 0xfe && second === 0xff) || (first === 0 && second !== 0 && third === 0 && fourth !== 0);
	const littleEndian = (first === 0xff && second === 0xfe) || (first !== 0 && second === 0 && third !== 0 && fourth === 0);
	if (littleEndian) return bytes.toString('utf16le');
	if (!bigEndian) return bytes.toString('utf8');
	// Node reads UTF-16 LE only: big-endian text is read with each pair of bytes swapped (a last odd byte is none).
	const pairs = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
	return pairs.swap16().toString('utf16le');
}

/** readSync that waits, rather than fails, when a non-blocking pipe has nothing yet. */
function readWaiting(descriptor: number, buffer: Buffer): number {
	for (;;) {
		try {
			return readSync(descriptor, buffer, 0, buffer.length, null);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
		}
	}
}

/** A CV in our format, or in JSON Resume's (a file with a `basics` object), checked. */
export function parseCv(source: string, path: string, onNote?: NoteHandler): LoadedCv {
	// A byte order mark is no part of the text: without it, JSON.parse's positions are the text's.
	const text = source.replace(/^\uFEFF/, '');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		if (error instanceof RangeError) throw nestedTooDeeply(path);
		throw new CvError(`${path}: not valid JSON${jsonErrorPosition(text, error)}`);
	}
	let result: ReturnType<typeof cvSchema.safeParse>;
	let fromResume = false;
	let resume: Record<string, unknown> | undefined;
	try {
		// A JSON Resume's line breaks are kept for its reader, which keeps those of prose (bullet lists in a summary).
		fromResume = isJsonResume(json);
		const clean = sanitizeJson(json, fromResume);
		if (fromResume) {
			const reading = fromJsonResume(clean);
			if (!reading.success) throw invalid(path, 'not a valid JSON Resume', reading.issues);
			const adjusted = [...reading.adjusted, ...reading.leftOut.map(leftOutText)];
			if (adjusted.length > 0) onNote?.(adjustedNote(path, adjusted), {kind: 'adjusted', items: adjusted});
			if (reading.notShown.length > 0) onNote?.(notShownNote(path, reading.notShown), {kind: 'notShown', items: reading.notShown});
			json = reading.cv;
			resume = reading.resume;
		} else if (isJsonResumeWithoutBasics(clean)) {
			throw new CvError(`${path}: not a valid JSON Resume: a JSON Resume needs \`basics\` (an object with the name at least)`);
		} else json = clean;
		result = cvSchema.safeParse(json, {reportInput: true});
	} catch (error) {
		// Cleaning and checking walk the data by recursion; JSON nested thousands of levels deep overflows the stack.
		if (error instanceof RangeError) throw nestedTooDeeply(path);
		throw error;
	}
	if (!result.success) {
		// What our schema finds in a CV read from JSON Resume (a "See also" to no paper, say) is placed in the resume.
		const issues = fromResume ? result.error.issues.map((issue) => ({...issue, path: jsonResumePath(issue.path)})) : result.error.issues;
		throw invalid(path, fromResume ? 'not a valid JSON Resume' : 'not a valid CV', issues);
	}
	return {cv: result.data, ...(resume && {resume})};
}

function invalid(path: string, what: string, issues: readonly z.core.$ZodIssue[]): CvError {
	const problems = issues.map(describeIssue);
	const shown = problems.slice(0, maxProblemsShown).join('; ');
	const more = problems.length > maxProblemsShown ? `; and ${problems.length - maxProblemsShown} more` : '';
	return new CvError(`${path}: ${what}: ${shown}${more}`);
}

const maxFieldsNoted = 8;

/** Parts only JSON Resume has: a file with one of them and no `person` is a JSON Resume, whatever else it lacks. */
const resumeOnlyParts = ['work', 'volunteer', 'projects', 'certificates', 'languages', 'interests', 'references'];

function isJsonResumeWithoutBasics(json: unknown): boolean {
	if (typeof json !== 'object' || json === null || Array.isArray(json) || 'person' in json) return false;
	const schema = (json as {$schema?: unknown}).$schema;
	return resumeOnlyParts.some((part) => part in json) || (typeof schema === 'string' && /jsonresume/i.test(schema));
}

const maxAdjustedNoted = 12;

function adjustedNote(path: string, adjusted: readonly string[]): string {
	const more = adjusted.length > maxAdjustedNoted ? `; and ${adjusted.length - maxAdjustedNoted} more` : '';
	return `${path}: adjusted to be shown: ${adjusted.slice(0, maxAdjustedNoted).join('; ')}${more}`;
}

/** A value the JSON Resume schema refuses, left out rather than refusing the file; a missing one leaves out its entry. */
function leftOutText(issue: z.core.$ZodIssue): string {
	return `${describeIssue(issue)}: ${issue.input === undefined ? 'its entry is' : 'it is'} left out`;
}

function notShownNote(path: string, fields: readonly string[]): string {
	const more = fields.length > maxFieldsNoted ? `, and ${fields.length - maxFieldsNoted} more` : '';
	return `${path}: not shown, as this CV has no place for them: ${fields.slice(0, maxFieldsNoted).join(', ')}${more}`;
}

function nestedTooDeeply(path: string): CvError {
	return new CvError(`${path}: nested too deeply to be a CV (a CV is a few levels deep)`);
}

function describeReadError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file; check the path';
	if (code === 'EISDIR') return 'is a directory, not a CV file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check the file permissions';
	if (code === 'ENAMETOOLONG') return 'the path is too long';
	return `cannot be read (${code ?? 'unknown error'})`;
}

/** Where the JSON goes wrong, and how to fix it: a trailing comma by where the comma is, else by where parsing stopped. */
function jsonErrorPosition(source: string, error: unknown): string {
	const message = error instanceof Error ? error.message : '';
	const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? syntaxErrorOffset(source));
	if (/Unexpected end/.test(message) || offset >= source.length) return ' (it ends too early); fix the syntax and try again';
	const place = (at: number) => {
		const before = source.slice(0, at);
		return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
	};
	// A comma before a closing bracket, which JavaScript allows and JSON does not: the parser stops at the bracket.
	const comma = source.slice(0, offset).search(/,\s*$/);
	if (comma >= 0 && (source[offset] === '}' || source[offset] === ']')) {
		return `: a trailing comma at ${place(comma)} (JSON allows no comma before } or ]); remove it and try again`;
	}
	return ` at ${place(offset)}; fix the syntax and try again`;
}

/**
 * Where `source` stops being JSON, for the messages of Node's that give no position (a trailing comma in an array):
 * the offset of the first character that cannot continue a JSON text.
 */
function syntaxErrorOffset(source: string): number {
	let at = 0;
	const stop = () => {
		throw at;
	};
	const space = () => {
		while (' \t\n\r'.includes(source[at] || 'x')) at++;
	};
	const token = (pattern: RegExp) => {
		pattern.lastIndex = at;
		if (!pattern.test(source)) stop();
		at = pattern.lastIndex;
	};
	const string = () => token(/"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[\dA-Fa-f]{4}))*"/y);
	const items = (close: string, item: () => void) => {
		at++;
		space();
		if (source[at] === close) return void at++;
		for (;;) {
			item();
			space();
			if (source[at] === close) return void at++;
			if (source[at] !== ',') stop();
			at++;
		}
	};
	const value = (): void => {
		space();
		const first = source[at];
		if (first === '{') {
			items('}', () => {
				space();
				if (source[at] !== '"') stop();
				string();
				space();
				if (source[at] !== ':') stop();
				at++;
				value();
			});
		} else if (first === '[') items(']', value);
		else if (first === '"') string();
		else token(/true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y);
	};
	try {
		value();
		space();
		return at;
	} catch (stoppedAt) {
		if (typeof stoppedAt === 'number') return stoppedAt;
		throw stoppedAt;
	}
}

function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${sanitizeText(String(part))}`;
	}
	return text === '' ? '(top level)' : text;
}

/** One problem: the field as the file spells it, the rule the value breaks, and the value, shortened. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const where = formatPath(issue.path);
	const got = issue.input === undefined ? '' : `, got ${quote(issue.input)}`;
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `${where}: missing (expected ${article(typeName(issue.expected))})`;
			// JSON.parse reads a number too large for a double, such as 1e400, as Infinity.
			if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return `${where}: not a finite number (too large)`;
			return `${where}: expected ${article(typeName(issue.expected))}, got ${describeValue(issue.input)}${primitive(issue.input) ? ` (${quote(issue.input)})` : ''}`;
		case 'unrecognized_keys':
			return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`).join('; ');
		case 'too_small':
			if (issue.origin === 'string' || issue.origin === 'array') return `${where}: must not be empty`;
			// The only bound short of its limit is on whole numbers (positive), so "more than 0" is "1 or more".
			return `${where}: must be ${issue.inclusive ? String(issue.minimum) : String(Number(issue.minimum) + 1)} or more${got}`;
		case 'too_big':
			return `${where}: must be ${issue.inclusive ? String(issue.maximum) : String(Number(issue.maximum) - 1)} or less${got}`;
		default:
			return `${where}: ${issue.message}${primitive(issue.input) ? got : ''}`;
	}
}

/** zod's name for a type as a person says it. */
function typeName(type: string): string {
	return type === 'int' ? 'whole number' : type;
}

function primitive(value: unknown): boolean {
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A value as the message quotes it: a string in quotes and shortened, a number as written, anything else by kind. */
function quote(value: unknown): string {
	if (typeof value === 'string') return quoted(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return describeValue(value);
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return article(typeof value);
}
