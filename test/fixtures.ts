import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtureCvPath} from './helpers.js';

type CvJson = Record<string, unknown> & {publications: Record<string, unknown>[]; person: Record<string, unknown>};

/** A CV file's data, to change and write out again: the fixture CV unless a path is given. */
export const cvJson = (path = fixtureCvPath) => JSON.parse(readFileSync(path, 'utf8')) as CvJson;

const directory = mkdtempSync(join(tmpdir(), 'namukpark-test-'));
// At exit rather than in node:test's after(): the bench makes its CVs here too, and is no test run.
process.once('exit', () => rmSync(directory, {recursive: true, force: true}));

/** Writes `content` (text, bytes, or data as JSON) to a file of its own and returns the path. */
export function fixtureFile(name: string, content: unknown): string {
	const path = join(directory, name);
	writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
	return path;
}

/** A CV (the fixture's unless given) with `count` generated publications, for size and speed. */
export function manyPublications(count: number, cv = cvJson()) {
	const template = cv.publications[0] ?? {};
	cv.publications = Array.from({length: count}, (_, index) => ({
		...template,
		number: count - index,
		key: `generated${count - index}`,
		title: `Generated Paper ${count - index} on Vision Transformers and Ensembles`,
		seeAlso: index + 1 < count ? [count - index - 1] : [],
	}));
	return cv;
}

/** Every string of the CV wrapped in terminal escape sequences: colour, screen clearing, a window title, a hyperlink, bells, C1 codes. */
export function hostileCv() {
	const payload = (text: string) =>
		`\u001B[31m\u001B[2J\u001B]0;pwned\u0007\u001B]8;;https://evil.example\u0007${text}\u001B]8;;\u0007\u009B1;1H\u0007\u001BP+q\u001B\\\u001B[0m`;
	const poison = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string') return key === 'url' || key === 'arxiv' || key === 'code' || key === '$schema' ? value : payload(value);
		if (Array.isArray(value)) return value.map((item) => poison(item));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poison(item, name)]));
		return value;
	};
	return poison(cvJson());
}

/** A JSON Resume whose homepage URL is wider than the window, with room for the contacts in the header. */
export function wideUrlResume() {
	const resume = JSON.parse(readFileSync(new URL('./fixtures/resume.json', import.meta.url), 'utf8')) as {
		basics: Record<string, unknown>;
		awards: unknown[];
	};
	resume.basics.url = `https://marsh.example.org/${'a-long-path/'.repeat(6)}index.html`;
	resume.basics.profiles = [];
	resume.awards = [];
	return resume;
}

/** A small seeded generator (mulberry32), so that a failing random case can be run again. */
export function seededRandom(seed: number): () => number {
	let value = seed;
	return () => {
		value = (value + 0x6d_2b_79_f5) | 0;
		let mixed = Math.imul(value ^ (value >>> 15), 1 | value);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}
