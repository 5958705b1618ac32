import {closeSync, openSync, readSync} from 'node:fs';
import type {z} from 'zod';
import {CvError} from './error.js';
import {echo, sanitizeJson, sanitizeText} from './sanitize.js';
import {type Cv, cvSchema} from './schema.js';

export {CvError} from './error.js';

const maxProblemsShown = 5;

/** Far larger than any CV (2,000 papers make 1.4 MB); a file past it is refused before it fills the memory. */
const maxFileBytes = 32 * 1024 * 1024;

export function loadCv(path: string): Cv {
	let source: string;
	const shown = echo(path, 'end');
	try {
		source = readBounded(path);
	} catch (error) {
		throw new CvError(`${shown}: ${error instanceof CvError ? error.message : describeReadError(error)}`);
	}
	return parseCv(source, shown);
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
		return Buffer.concat(chunks, total).toString('utf8');
	} finally {
		if (!fromStdin) closeSync(descriptor);
	}
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

export function parseCv(source: string, path: string): Cv {
	let json: unknown;
	try {
		json = JSON.parse(source.replace(/^\uFEFF/, ''));
	} catch (error) {
		if (error instanceof RangeError) throw nestedTooDeeply(path);
		throw new CvError(`${path}: not valid JSON${jsonErrorPosition(source, error)}; fix the syntax and try again`);
	}
	let result: ReturnType<typeof cvSchema.safeParse>;
	try {
		result = cvSchema.safeParse(mayNeedCleaning(source) ? sanitizeJson(json) : json, {reportInput: true});
	} catch (error) {
		// Cleaning and checking walk the data by recursion; JSON nested thousands of levels deep overflows the stack.
		if (error instanceof RangeError) throw nestedTooDeeply(path);
		throw error;
	}
	if (!result.success) {
		const problems = result.error.issues.map(describeIssue);
		const shown = problems.slice(0, maxProblemsShown).join('; ');
		const more = problems.length > maxProblemsShown ? `; and ${problems.length - maxProblemsShown} more` : '';
		throw new CvError(`${path}: not a valid CV: ${shown}${more}`);
	}
	return result.data;
}

/**
 * Whether the JSON text holds anything that cleaning would change: a C1 or bidirectional control character as it
 * stands, or any control character written as an escape (`\n`, `\u001b`). Most CVs hold none, and then the walk
 * over every string is saved.
 */
function mayNeedCleaning(source: string): boolean {
	return /[\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\\(?:[bfnrt]|u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|200[eEfF]|202[89a-eA-E]|206[6-9]))/.test(
		source,
	);
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

function jsonErrorPosition(source: string, error: unknown): string {
	const message = error instanceof Error ? error.message : '';
	const position = /at position (\d+)/.exec(message);
	if (position?.[1] === undefined) {
		return /Unexpected end/.test(message) ? ' (it ends too early)' : '';
	}
	const before = source.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return ` at line ${line}, column ${column}`;
}

function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${sanitizeText(String(part))}`;
	}
	return text === '' ? '(top level)' : text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = formatPath(issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `${where}: missing (expected ${article(issue.expected)})`
				: `${where}: expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
		case 'unrecognized_keys':
			return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`).join('; ');
		case 'too_small':
			return issue.origin === 'string' || issue.origin === 'array'
				? `${where}: must not be empty`
				: `${where}: must be at least ${String(issue.minimum)}`;
		case 'too_big':
			return `${where}: must be at most ${String(issue.maximum)}`;
		default:
			return `${where}: ${issue.message}`;
	}
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return article(typeof value);
}
