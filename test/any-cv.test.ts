// Anyone's CV reads as well as the bundled one: an engineer's JSON Resume (test/fixtures/resume-engineer.json, a
// fictional staff engineer) shown as an engineer's CV, and a researcher's as a researcher's.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {loadCv, type NoteItems, parseCv} from '../source/cv/load.js';
import {spansText} from '../source/format/text.js';
import {headerBlocks} from '../source/header.js';
import {fixOf, notesHeader} from '../source/load-notes.js';
import {buildSections} from '../source/sections.js';
import {createLayout} from '../source/ui/layout.js';
import {fixtureFile} from './fixtures.js';
import {realCvPath, renderApp, stripEscapes} from './helpers.js';
import {run} from './run-command.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const tabs = (path: string) => buildSections(loadCv(path).cv).map((section) => section.id);

describe('the tabs follow what the CV holds', () => {
	test("an engineer's CV opens on the work, a researcher's on the papers", () => {
		assert.deepEqual(tabs(fixture('resume-engineer.json')), ['research', 'experience', 'projects', 'skills', 'education', 'awards']);
		assert.deepEqual(tabs(fixture('resume-odd.json')).slice(0, 4), ['research', 'experience', 'projects', 'skills']);
		assert.deepEqual(tabs(fixture('resume.json')), ['research', 'publications', 'awards', 'education', 'experience', 'skills']);
		assert.deepEqual(tabs(realCvPath), ['research', 'publications', 'awards', 'talks', 'education', 'experience']);
	});

	test("an engineer's first screen lists the jobs in brief, each to open; a researcher's lists the papers", async () => {
		const viewer = await renderApp({cv: loadCv(fixture('resume-engineer.json')).cv, columns: 100, rows: 40});
		const frame = stripEscapes(await viewer.until('[1 Profile]'));
		assert.match(frame, /^› Staff Engineer, Fjordpay · Mar 2021 – Present\s*$/m, frame);
		assert.match(frame, /^ {2}Senior Software Engineer, Kettle Systems · Aug 2017 – Feb 2021\s*$/m);
		// The footer offers moving among the jobs, and names the link once.
		assert.match(frame, /↑↓ select {2}o open fjordpay\.example\.com {2}y copy link /);
		viewer.unmount();
		const [research] = buildSections(loadCv(realCvPath).cv);
		assert.deepEqual(
			research?.overview?.entries.map((entry) => entry.key),
			['park2022how', 'park2022blurs', 'park2021vector'],
		);
	});
});

describe('skills', () => {
	test('with a level or keywords they have a tab, a skill a line: name: level — keywords', () => {
		const skills = buildSections(loadCv(fixture('resume-engineer.json')).cv).find((section) => section.id === 'skills');
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
		assert.deepEqual(
			skills?.outro.map((block) => spansText([...(block.lead ?? []), ...block.spans])),
			['Languages: Swedish (Native speaker), English (Fluent)'],
			'languages under the skills, as themes have them, not under the jobs',
		);
	});

	test('a skill whose keywords wrap goes on indented under it, not at the left edge like a heading', async () => {
		const skills = [
			{name: 'Front-end development', keywords: ['React', 'TypeScript', 'HTML', 'CSS', 'Redux', 'Redux Toolkit', 'Vite', 'JSON']},
			{name: 'Go'},
		];
		const path = fixtureFile('wrapped-skills.json', {basics: {name: 'Ines Varga'}, skills});
		const {stdout} = await run(['--data', path, '--plain']);
		assert.match(stdout, /\nSKILLS\n\nFront-end development — React, TypeScript, HTML, CSS, Redux, Redux Toolkit,\n {2}Vite, JSON\nGo\n/);
	});

	test('names alone stay a line under Experience, as the bundled CV has them', () => {
		const sections = buildSections(loadCv(realCvPath).cv);
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
		const [job] = buildSections(loadCv(fixture('resume-engineer.json')).cv).find((section) => section.id === 'experience')?.entries ?? [];
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
		const jobs = buildSections(loadCv(realCvPath).cv).find((section) => section.id === 'experience')?.entries ?? [];
		assert.deepEqual(
			jobs.map((job) => text(job.heading.spans)),
			['Visiting Researcher at NAVER AI Lab', 'Co-founder and CEO, Probe Technology'],
		);
		const cv = loadCv(fixture('resume-engineer.json')).cv;
		const roleless = buildSections({...cv, experience: [{organization: 'Brightlane'}]}).find((section) => section.id === 'experience');
		assert.equal(text(roleless?.entries[0]?.heading.spans), 'Brightlane');
		// Only a whole word names it: the organization stays beside a role that merely contains its letters.
		const headings = buildSections({
			...cv,
			experience: [
				{organization: 'Meta', role: 'Metadata Engineer'},
				{organization: 'Box', role: 'Sandbox Lead'},
				{organization: 'box', role: 'Engineer at Box (storage)'},
			],
		})
			.find((section) => section.id === 'experience')
			?.entries.map((job) => text(job.heading.spans));
		assert.deepEqual(headings, ['Metadata Engineer, Meta', 'Sandbox Lead, Box', 'Engineer at Box (storage)']);
	});
});

describe('the contacts in the header', () => {
	test('stand two to a line in their order, a contact too wide for a neighbour on a line of its own', async () => {
		const viewer = await renderApp({cv: loadCv(fixture('resume-engineer.json')).cv, columns: 100, rows: 30});
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
				'  Location: Gothenburg, Västra Götaland, Sweden',
			],
		);
	});
});

describe('the help of a CV without papers', () => {
	test('offers no key that only a paper answers, and says nothing of papers', () => {
		const {cv} = loadCv(fixture('resume-engineer.json'));
		const layout = createLayout(buildSections(cv), headerBlocks(cv), {columns: 100, rows: 30}, {links: 'text', ascii: false});
		const help = layout.helpLines().map(spansText).join('\n');
		assert.match(help, /Open the selected item’s link in the browser/);
		assert.doesNotMatch(help, /paper|BibTeX/, help);
	});
});

describe('what loading a file adjusted or left out', () => {
	const notesOf = (path: string) => {
		const notes: NoteItems[] = [];
		const cv = loadCv(path, (_, items) => notes.push(items)).cv;
		return {cv, notes};
	};

	test('is in the view: the first tab says so, and ? lists each with how to fix it', () => {
		const {cv, notes} = notesOf(fixture('resume.json'));
		const sections = buildSections(cv);
		const layout = createLayout(
			sections,
			{...headerBlocks(cv), ...notesHeader(notes)},
			{columns: 100, rows: 30},
			{links: 'text', ascii: false},
		);
		const text = (lines: readonly (readonly {text: string}[])[]) => lines.map((line) => spansText(line).trimEnd());
		assert.equal(
			text(layout.document(0).lines)[0],
			'Loading this file adjusted or left out some of it: ? lists what, and how to fix each.',
		);
		assert.deepEqual(text(layout.helpLines()).slice(0, 5), [
			'Notes on loading this file',
			'• publications[1] has no authors: it is shown and cited without them',
			'  Fix: add an `authors` list to show and cite it with its authors',
			'• Not shown: basics.phone',
			'  Fix: this viewer has no place for them; put what matters in a summary or a highlight',
		]);
	});

	test('the notice is on the tab the viewer opens on, a list of papers too, and on no other', async () => {
		// No summary: the viewer opens on the papers, a list, where the notice went to the first document tab.
		const resume = {
			basics: {name: 'Ines Varga'},
			publications: [{name: 'Sparse probes', releaseDate: '2022'}],
			education: [{institution: 'University of Lund', area: 'Physics'}],
		};
		const notes: NoteItems[] = [];
		const {cv} = parseCv(JSON.stringify(resume), 'papers.json', (_, items) => notes.push(items));
		const notice = 'Loading this file adjusted or left out some of it: ? lists what, and how to fix each.';
		const viewer = await renderApp({cv, notes, columns: 100, rows: 30});
		assert.ok(stripEscapes(await viewer.until('Sparse probes')).includes(notice));
		await viewer.press('2');
		assert.doesNotMatch(stripEscapes(await viewer.until('University of Lund')), /Loading this file/);
		viewer.unmount();
		const onEducation = await renderApp({cv, notes, columns: 100, rows: 30, initialTab: 1});
		assert.match(stripEscapes(await onEducation.until('University of Lund')), /Loading this file adjusted/, '--section 2');
		onEducation.unmount();
	});

	test('items that share a fix are listed under one Fix line; a field merely not shown raises no notice', async () => {
		const resume = {
			basics: {name: 'Ines Varga', phone: '+46 70 000 00 00', summary: 'Cartographer.'},
			education: [
				{institution: 'University of Lund', startDate: "'16", endDate: "'19"},
				{institution: 'Malmö Gymnasium', startDate: "'13", endDate: "'16"},
			],
		};
		const notes: NoteItems[] = [];
		const {cv} = parseCv(JSON.stringify(resume), 'dates.json', (_, items) => notes.push(items));
		const layout = createLayout(
			buildSections(cv),
			{...headerBlocks(cv), ...notesHeader(notes)},
			{columns: 140, rows: 30},
			{
				links: 'text',
				ascii: false,
			},
		);
		const help = layout.helpLines().map((line) => spansText(line).trimEnd());
		// The view is at most 100 columns wide, however wide the window.
		assert.deepEqual(help.slice(0, 9), [
			'Notes on loading this file',
			`• education[0].startDate "'16" shown as written`,
			`• education[1].startDate "'13" shown as written`,
			'  Fix: write it as 2021-06-14, 2021-06 or 2021 to have it read as a date',
			`• education[0].endDate "'19" shown as written`,
			`• education[1].endDate "'16" shown as written`,
			'  Fix: write it as 2021-06-14, 2021-06 or 2021 to have it read as a date; leave endDate out for',
			'       one that goes on',
			'• Not shown: basics.phone',
		]);
		const phoneOnly = notes.filter((note) => note.kind === 'notShown');
		const viewer = await renderApp({cv, notes: phoneOnly, columns: 100, rows: 30});
		assert.doesNotMatch(stripEscapes(await viewer.until('Cartographer.')), /Loading this file/);
		await viewer.press('?');
		await viewer.until('Not shown: basics.phone');
		viewer.unmount();
	});

	test('each kind of adjustment has its fix', () => {
		const {notes} = notesOf(fixture('resume-odd.json'));
		const items = notes.filter((note) => note.kind === 'adjusted').flatMap((note) => note.items);
		assert.ok(items.length >= 8, items.join('\n'));
		for (const item of items) assert.ok(fixOf(item), item);
	});

	test('on a terminal, the notes on standard error are broken between words, not at the edge of the window', async () => {
		const result = await run(['--data', fixture('resume-odd.json'), '--plain'], {}, {columns: 60, rows: 20});
		const lines = result.stderr.trimEnd().split('\n');
		assert.ok(lines.length > 2, result.stderr);
		// A word wider than the window (a long URL) has a line of its own.
		for (const line of lines) assert.ok((line.length <= 60 || !line.trim().includes(' ')) && !line.endsWith(' '), line);
		const piped = await run(['--data', fixture('resume-odd.json'), '--plain']);
		assert.equal(result.stderr.replaceAll('\n  ', ' '), piped.stderr, 'the same words, each note one line when piped');
	});
});
