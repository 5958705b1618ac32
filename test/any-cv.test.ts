// Anyone's CV reads as well as the bundled one: an engineer's JSON Resume (test/fixtures/resume-engineer.json, a
// fictional staff engineer) shown as an engineer's CV, and a researcher's as a researcher's.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {loadCv} from '../source/cv/load.js';
import {buildSections} from '../source/sections.js';
import {realCvPath} from './helpers.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const tabs = (path: string) => buildSections(loadCv(path)).map((section) => section.id);

describe('the tabs follow what the CV holds', () => {
	test("an engineer's CV opens on the work, a researcher's on the papers", () => {
		assert.deepEqual(tabs(fixture('resume-engineer.json')), ['research', 'experience', 'projects', 'education', 'awards']);
		assert.deepEqual(tabs(fixture('resume-odd.json')).slice(0, 4), ['research', 'experience', 'projects', 'education']);
		assert.deepEqual(tabs(fixture('resume.json')), ['research', 'publications', 'awards', 'education', 'experience']);
		assert.deepEqual(tabs(realCvPath), ['research', 'publications', 'awards', 'talks', 'education', 'experience']);
	});
});
