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
		assert.deepEqual(tabs(fixture('resume-engineer.json')), ['research', 'experience', 'projects', 'skills', 'education', 'awards']);
		assert.deepEqual(tabs(fixture('resume-odd.json')).slice(0, 4), ['research', 'experience', 'projects', 'skills']);
		assert.deepEqual(tabs(fixture('resume.json')), ['research', 'publications', 'awards', 'education', 'experience', 'skills']);
		assert.deepEqual(tabs(realCvPath), ['research', 'publications', 'awards', 'talks', 'education', 'experience']);
	});
});

describe('skills', () => {
	test('with a level or keywords they have a tab, a skill a line: name: level — keywords', () => {
		const skills = buildSections(loadCv(fixture('resume-engineer.json'))).find((section) => section.id === 'skills');
		assert.deepEqual(
			skills?.entries.map((entry) => entry.heading.spans.map((span) => span.text).join('')),
			[
				'Distributed systems: Expert — Kafka, Raft, sharding, event sourcing',
				'Languages: Expert — Go, Rust, Java, SQL',
				'Databases: Advanced — PostgreSQL, CockroachDB, Redis',
				'Leadership — technical strategy, mentoring, incident review',
			],
		);
		assert.equal(skills?.title, 'Skills');
	});

	test('names alone stay a line under Experience, as the bundled CV has them', () => {
		const sections = buildSections(loadCv(realCvPath));
		assert.equal(
			sections.some((section) => section.id === 'skills'),
			false,
		);
		const outro = sections.find((section) => section.id === 'experience')?.outro ?? [];
		assert.ok(outro.some((block) => block.spans.some((span) => span.text === 'PyTorch, TensorFlow, Python, Scala')));
	});
});
