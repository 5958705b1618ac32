import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {jsonSchemaText} from '../source/cv/json-schema.js';
import {CvError, loadCv, parseCv} from '../source/cv/load.js';
import {sanitizeText} from '../source/cv/sanitize.js';
import {fixtureFile} from './fixtures.js';
import {fixtureCvPath, realCvPath} from './helpers.js';

const source = readFileSync(fixtureCvPath, 'utf8');
type CvJson = Record<string, unknown> & {publications: Record<string, unknown>[]; person: Record<string, unknown>};
const withChange = (change: (cv: CvJson) => void) => {
	const cv = JSON.parse(source);
	change(cv);
	return JSON.stringify(cv, null, 2);
};
const problem = (text: string) => {
	try {
		parseCv(text, 'my-cv.json');
	} catch (error) {
		assert.ok(error instanceof CvError);
		return error.message;
	}
	assert.fail('expected the CV to be refused');
};

test('data/cv.schema.json is the JSON Schema of the loader (run `npm run schema` after changing the schema)', () => {
	assert.equal(readFileSync(new URL('../data/cv.schema.json', import.meta.url), 'utf8'), jsonSchemaText());
	assert.equal(JSON.parse(readFileSync(realCvPath, 'utf8')).$schema, './cv.schema.json');
});

describe('refusing bad data with one clear line', () => {
	test('a missing file', () => {
		assert.throws(() => loadCv('/nonexistent/cv.json'), {
			name: 'CvError',
			message: '/nonexistent/cv.json: no such file; check the path',
		});
	});

	test('invalid JSON names the line and column', () => {
		assert.match(problem('{\n  "person": {,\n}'), /^my-cv\.json: not valid JSON at line 2, column 14; fix the syntax and try again$/);
		assert.match(problem(''), /^my-cv\.json: not valid JSON/);
	});

	test('a trailing comma is named where it stands, not where the next line closes the list', () => {
		const trailing = (source: string, line: number, column: number) =>
			assert.equal(
				problem(source),
				`my-cv.json: not valid JSON: a trailing comma at line ${line}, column ${column} (JSON allows no comma before } or ]); remove it and try again`,
				source,
			);
		trailing('{\n  "skills": [\n    {"name": "Go"},\n  ],\n  "x": 1\n}', 3, 19);
		trailing('{\n  "person": {"name": "Ines",\n  }\n}', 2, 28);
		trailing('[1,\r\n\t]', 1, 3);
	});

	test('schema violations name each path', () => {
		const message = problem(
			withChange((cv) => {
				Object.assign(cv.publications[0] ?? {}, {title: 42});
				delete cv.person.name;
				cv.extra = true;
			}),
		);
		assert.match(message, /^my-cv\.json: not a valid CV: /);
		assert.match(message, /publications\[0\]\.title: expected a string, got a number \(42\)/);
		assert.match(message, /person\.name: missing \(expected a string\)/);
		assert.match(message, /extra: unknown field/);
		assert.doesNotMatch(message, /\n/);
	});

	test('each problem names the field, states the rule and quotes the value, shortened', () => {
		const refused = (field: string, json: string) =>
			problem(withChange((cv) => Object.assign(cv.publications[0] ?? {}, {[field]: 'PLACEHOLDER'})).replace('"PLACEHOLDER"', json));
		assert.match(refused('number', '0'), /publications\[0\]\.number: must be 1 or more, got 0$/);
		assert.match(refused('number', '1e400'), /publications\[0\]\.number: not a finite number \(too large\)$/);
		assert.match(refused('number', '1.5'), /publications\[0\]\.number: expected a whole number, got a number \(1\.5\)$/);
		assert.match(refused('year', '1800'), /publications\[0\]\.year: must be 1900 or more, got 1800$/);
		assert.match(refused('year', '2200'), /publications\[0\]\.year: must be 2100 or less, got 2200$/);
		assert.match(
			refused('key', JSON.stringify(`bad key ${'x'.repeat(200)}`)),
			/publications\[0\]\.key: expected a citation key of letters, digits, "_", ":" or "-", got "bad key x{51}…"$/,
		);
	});

	test('only https:, http: and mailto: links', () => {
		for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'https://']) {
			const message = problem(
				withChange((cv) => {
					Object.assign(cv.publications[1] ?? {}, {arxiv: url});
				}),
			);
			assert.match(message, /publications\[1\]\.arxiv: expected an https:, http: or mailto: link/);
		}
	});

	test('a DOI of the characters DOIs use, none that LaTeX runs: a command in one is refused with its path', () => {
		const withDoi = (doi: string) =>
			withChange((cv) => Object.assign(cv.publications[0] ?? {}, {citation: {booktitle: 'Proceedings', doi}}));
		for (const doi of [
			'10.1234/\\input{/etc/passwd}',
			'10.1000/a%b',
			'10.1000/a#b',
			'10.1000/a~b',
			'10.1000/a^b',
			'10.1000/a&b',
			'10.1000/a$b',
			'10.1000/a b',
			'10.1000/a\tb',
		]) {
			const message = problem(withDoi(doi));
			assert.match(
				message,
				/^my-cv\.json: not a valid CV: publications\[0\]\.citation\.doi: expected a DOI such as 10\.1609\/aaai\.v35i10\.17124/,
				doi,
			);
			assert.doesNotMatch(message, /\n/);
		}
		for (const doi of [
			'10.1609/aaai.v35i10.17124',
			'10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
			'10.1007/978-3-319-10590-1_53',
			'10.1000/[x]',
		])
			assert.equal(parseCv(withDoi(doi), 'my-cv.json').cv.publications[0]?.citation?.doi, doi);
	});

	test('references must point at something', () => {
		const message = problem(
			withChange((cv) => {
				Object.assign(cv.publications[0] ?? {}, {seeAlso: [7]});
			}),
		);
		assert.match(message, /publications\[0\]\.seeAlso\[0\]: no publication has number 7/);
	});

	test('lists the first five problems and counts the rest', () => {
		const message = problem(JSON.stringify({a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}));
		assert.match(message, /; and \d+ more$/);
	});
});

describe('reading the encodings editors save in', () => {
	// Windows Notepad saves "Unicode" as UTF-16 LE with a byte order mark; other tools save UTF-16 BE, or no mark.
	const utf16 = (text: string, order: 'le' | 'be', mark: boolean) => {
		const bytes = Buffer.from(`${mark ? '\uFEFF' : ''}${text}`, 'utf16le');
		return order === 'le' ? bytes : bytes.swap16();
	};
	const accented = withChange((cv) => {
		cv.person.name = 'Ada Quill – 박남욱 😀';
	});
	const expected = parseCv(accented, 'x.json').cv;

	test('UTF-16, little- or big-endian, with a byte order mark or without, reads as the UTF-8 file does', () => {
		for (const order of ['le', 'be'] as const) {
			for (const mark of [true, false]) {
				const path = fixtureFile(`utf16${order}${mark ? '-bom' : ''}.json`, utf16(accented, order, mark));
				assert.deepEqual(loadCv(path).cv, expected, `${order}${mark ? ' with a mark' : ''}`);
			}
		}
	});

	test('UTF-8 with a byte order mark reads as without', () => {
		assert.deepEqual(loadCv(fixtureFile('utf8-bom.json', `\uFEFF${accented}`)).cv, expected);
	});

	test('a syntax error in a UTF-16 file, or after a byte order mark, is placed by line and column of its text', () => {
		const path = fixtureFile('utf16-broken.json', utf16('{\n  "person": {,\n}', 'le', true));
		assert.throws(() => loadCv(path), {
			message: `${path}: not valid JSON at line 2, column 14; fix the syntax and try again`,
		});
		assert.match(problem('\uFEFF{\n  "person": {,\n}'), /not valid JSON at line 2, column 14;/);
		assert.match(problem('\uFEFF{"a": 1,]'), /not valid JSON: a trailing comma at line 1, column 8 /);
	});
});

describe('cleaning strings at load', () => {
	test('escape sequences and control characters never survive', () => {
		assert.equal(sanitizeText('\u001B[31mred\u001B[0m'), 'red');
		assert.equal(sanitizeText('a\u001B]8;;https://evil\u0007link\u001B]8;;\u0007b'), 'alinkb');
		assert.equal(sanitizeText('a\u001B]0;title\u001B\\b'), 'ab');
		assert.equal(sanitizeText('bell\u0007 and \u009B2J c1'), 'bell and  c1');
		assert.equal(sanitizeText('line\nbreak\ttab'), 'line break tab');
		assert.equal(sanitizeText('\u202Eevil\u202C'), 'evil');
		assert.equal(sanitizeText('Namuk Park – 박남욱'), 'Namuk Park – 박남욱');
	});

	test('a CV full of escapes loads clean', () => {
		const cv = parseCv(
			withChange((data) => {
				data.person.name = '\u001B[2J\u001B[HAda\u0007 Quill';
			}),
			'x.json',
		).cv;
		assert.equal(cv.person.name, 'Ada Quill');
	});
});
