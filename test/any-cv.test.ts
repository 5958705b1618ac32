// Anyone's CV reads as well as the bundled one: an engineer's JSON Resume (test/fixtures/resume-engineer.json, a
// fictional staff engineer) shown as an engineer's CV, and a researcher's as a researcher's.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {loadCv} from '../source/cv/load.js';
import {buildSections} from '../source/sections.js';
import {realCvPath, renderApp, stripEscapes} from './helpers.js';

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

describe('a job', () => {
	const text = (spans: readonly {text: string}[] = []) => spans.map((span) => span.text).join('');

	test('reads as the role at the organization, then when and where, then what was done', () => {
		const [job] = buildSections(loadCv(fixture('resume-engineer.json'))).find((section) => section.id === 'experience')?.entries ?? [];
		assert.equal(text(job?.heading.spans), 'Staff Engineer, Fjordpay');
		assert.deepEqual(
			job?.blocks.slice(0, 3).map((block) => text(block.spans)),
			[
				'Mar 2021 – Present · Gothenburg, Sweden',
				'Technical lead of the ledger platform, four teams and 40 engineers.',
				'Moved the ledger from one PostgreSQL primary to a sharded cluster without downtime',
			],
		);
	});

	test('a role that names its organization stands alone; a job without a role is its organization', () => {
		const jobs = buildSections(loadCv(realCvPath)).find((section) => section.id === 'experience')?.entries ?? [];
		assert.deepEqual(
			jobs.map((job) => text(job.heading.spans)),
			['Visiting Researcher at NAVER AI Lab', 'Co-founder and CEO, Probe Technology'],
		);
		const cv = loadCv(fixture('resume-engineer.json'));
		const roleless = buildSections({...cv, experience: [{organization: 'Brightlane'}]}).find((section) => section.id === 'experience');
		assert.equal(text(roleless?.entries[0]?.heading.spans), 'Brightlane');
	});
});

describe('the contacts in the header', () => {
	test('stand two to a line in their order, a contact too wide for a neighbour on a line of its own', async () => {
		const viewer = await renderApp({cv: loadCv(fixture('resume-engineer.json')), columns: 100, rows: 30});
		const frame = stripEscapes(await viewer.until('Stack Overflow:'));
		viewer.unmount();
		const contacts = frame.split('\n').filter((line) => /^ {2}[A-Z][\w ]*: /.test(line));
		assert.deepEqual(
			contacts.map((line) => line.trimEnd()),
			[
				'  Email:    tove@lindqvist.example.com         Homepage: https://tove.example.com',
				'  GitHub:   https://github.example.com/tovel   GitLab:   https://gitlab.example.com/tove',
				'  LinkedIn: https://linkedin.example.com/in/tove-lindqvist',
				'  Mastodon: https://social.example.com/@tove',
				'  Stack Overflow: https://stackoverflow.example.com/users/4242/tovel',
			],
		);
	});
});
