// JSON Resume both ways: the export checked by the official schema package, a CV that goes out and comes back the
// same, and a resume from elsewhere (test/fixtures/resume.json, a fictional person) read, shown and refused.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {after, describe, test} from 'node:test';
import {command, withCommand} from './command.js';
import {fixtureFile} from './fixtures.js';
import {fixtureCvPath} from './helpers.js';
import {binPath, killAll, spawnInTerminal} from './pty.js';

after(killAll);

const sampleResumePath = new URL('./fixtures/resume.json', import.meta.url).pathname;
const sampleResume = () => JSON.parse(readFileSync(sampleResumePath, 'utf8'));

type SchemaError = {stack: string};
const {validate} = createRequire(import.meta.url)('@jsonresume/schema') as {
	validate: (resume: unknown, done: (errors: SchemaError[] | null, valid: boolean) => void) => void;
};

/** The problems the official @jsonresume/schema package finds, none for a valid resume. */
function officialSchemaProblems(resume: unknown): string[] {
	let problems: string[] = [];
	validate(resume, (errors) => {
		problems = (errors ?? []).map((error) => error.stack);
	});
	return problems;
}

function run(args: string[]) {
	const {NO_COLOR: _, FORCE_COLOR: __, FORCE_HYPERLINK: ___, ...env} = process.env;
	const result = spawnSync(process.execPath, [binPath, ...args], {encoding: 'utf8', env});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function exported(cvArgs: string[]) {
	const result = run([...cvArgs, '--json-resume']);
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stderr, '');
	return JSON.parse(result.stdout);
}

describe('--json-resume', () => {
	test('the official schema checks what it is given: a date it does not take is a problem', () => {
		assert.deepEqual(officialSchemaProblems(sampleResume()), []);
		const broken = sampleResume();
		broken.work[0].startDate = 'Sep 2021';
		assert.equal(officialSchemaProblems(broken).length, 1);
	});

	test('validates against the official schema, for the real CV and the fixture', () => {
		for (const cvArgs of [[], ['--data', fixtureCvPath]]) {
			assert.deepEqual(officialSchemaProblems(exported(cvArgs)), [], cvArgs.join(' '));
		}
	});

	test('standard fields where JSON Resume has them: ISO dates, no end for "Present", papers as name, publisher, date, url', () => {
		const resume = exported([]);
		assert.deepEqual(resume.basics.email, 'namuk.park@gmail.com');
		assert.deepEqual(resume.basics.url, 'https://namukpark.com');
		assert.deepEqual(
			resume.basics.profiles.map((profile: {network: string}) => profile.network),
			['GitHub', 'Homepage', 'Blog'],
		);
		assert.match(resume.basics.summary, /^The focus of my research/);
		const naver = resume.work[0];
		assert.equal(naver.name, 'NAVER');
		assert.equal(naver.startDate, '2022-02');
		assert.equal('endDate' in naver, false, 'Present is an absent end date');
		assert.deepEqual([resume.education[0].startDate, resume.education[0].endDate], ['2011-03', '2022-02']);
		assert.deepEqual(
			[resume.education[1].studyType, resume.education[1].area, resume.education[1].score],
			['B.S.', 'Physics', '4.18/4.30'],
		);
		const vits = resume.publications[0];
		assert.deepEqual(
			[vits.name, vits.publisher, vits.releaseDate, vits.url],
			['How Do Vision Transformers Work?', 'ICLR', '2022', 'https://arxiv.org/abs/2202.06709'],
		);
		assert.equal(resume.awards[0].date, '2022-06');
		assert.equal(resume.meta.lastModified, '2022-07-01');
	});

	test('and extra fields for the rest: authors, code, badges, see-also, citations, talks, footnotes, a range on an award', () => {
		const resume = exported([]);
		const blurs = resume.publications[1];
		assert.deepEqual(blurs.authors, ['Namuk Park', 'Songkuk Kim']);
		assert.equal(blurs.code, 'https://github.com/xxxnell/spatial-smoothing');
		assert.equal(blurs.badge, 'Winner of Qualcomm Innovative Fellowship South Korea');
		assert.deepEqual(blurs.seeAlso, [1]);
		assert.equal(blurs.citation.pages, '17390–17419');
		assert.equal(resume.meta.talks.length, 3);
		assert.match(resume.meta.footnotes[0].text, /^NIPA is the National IT Industry Promotion Agency/);
		const grant = resume.awards[2];
		assert.deepEqual([grant.date, grant.when], ['2021-06', 'Jun 2021 – Feb 2022']);
		assert.equal(resume.awards[3].footnote, 1);
	});

	test('comes back the same: --json-resume, then --data, then --json equals --json (and --plain equals --plain)', () => {
		for (const cvArgs of [[], ['--data', fixtureCvPath]]) {
			const resumePath = fixtureFile('exported.json', exported(cvArgs));
			for (const output of ['--json', '--plain', '--bibtex']) {
				const again = run(['--data', resumePath, output]);
				assert.equal(again.code, 0, again.stderr);
				assert.equal(again.stderr, '', 'nothing left unshown');
				assert.equal(again.stdout, run([...cvArgs, output]).stdout, `${cvArgs.join(' ')} ${output}`);
			}
		}
	});
});

describe('--data with a JSON Resume from elsewhere', () => {
	const sample = ['--data', sampleResumePath];

	test('--plain shows the sections it has, none it lacks, with defaults and dates in our style', () => {
		const result = run([...sample, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		const headings = result.stdout.match(/^[A-Z]+$/gm);
		assert.deepEqual(headings, ['RESEARCH', 'PUBLICATIONS', 'AWARDS', 'EDUCATION', 'EXPERIENCE'], 'no Talks');
		assert.match(
			result.stdout,
			/^Lena Marsh\nResearch Engineer\nEmail: {4}lena\.marsh@example\.org\nHomepage: https:\/\/marsh\.example\.org\nGitHub: {3}https:\/\/github\.example\.org\/lenamarsh\n/,
		);
		// Authors default to the person, the venue to the publisher; a paper's own page is its link.
		assert.match(
			result.stdout,
			/\[2\] Forgetting in Small Speech Models\n {2}Lena Marsh\n {2}Workshop on Tiny Speech 2021\n {2}paper https:\/\/papers\.example\.org\/forgetting\n/,
		);
		assert.match(result.stdout, /\[1\] Noise-Robust Keyword Spotting\n {2}Lena Marsh\n {2}2020\n/);
		assert.match(
			result.stdout,
			/Best Student Paper\n {2}Workshop on Tiny Speech · Jun 2021\n {2}For Forgetting in Small Speech Models\.\n/,
		);
		assert.match(
			result.stdout,
			/University of Porto\n {2}Sep 2019 – Jul 2021\n {2}M\.Sc\. in Computer Science\n {2}GPA: 18\/20\n {2}• Courses: Speech Processing, Probabilistic Models\n/,
		);
		assert.match(
			result.stdout,
			/Harbour Labs, Lisbon, Portugal\n {2}Sep 2021 – Present\n {2}Research Engineer\n {2}Speech recognition on small devices\.\n {2}• Cut the word error rate in cafés by a third\n/,
		);
		assert.match(result.stdout, /Northwind Audio\n {2}Jun 2019 – Sep 2019\n {2}Intern\n/, 'the pre-1.0 "company"');
		assert.match(result.stdout, /Skills: Speech \(ASR, keyword spotting\), PyTorch\n/);
		assert.match(result.stdout, /\nUpdated March 2, 2026\n$/);
	});

	test('what it has no place for is named on stderr, in one line, and the rest still shows', () => {
		const result = run([...sample, '--json']);
		assert.equal(result.code, 0);
		assert.equal(
			result.stderr,
			`${command}: note: ${sampleResumePath}: not shown, as this CV has no place for them: basics.phone, basics.location, work[].description, work[].url, education[].url, skills[].level, languages, basics.profiles[] without a url\n`,
		);
		const cv = JSON.parse(result.stdout);
		assert.deepEqual(
			cv.publications.map((paper: {key: string}) => paper.key),
			['marsh2021forgetting', 'marsh2020noiserobust'],
		);
		assert.equal('talks' in cv && cv.talks.length, 0);
	});

	test('--bibtex cites a paper from a resume by its made key, linking its own page', () => {
		const result = run([...sample, '--bibtex', 'marsh2021forgetting']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^@inproceedings\{marsh2021forgetting,\n/);
		assert.match(result.stdout, /\n {2}booktitle += \{Workshop on Tiny Speech\},\n {2}year += \{2021\},\n/);
		assert.match(result.stdout, /\n {2}url += \{https:\/\/papers\.example\.org\/forgetting\}\n\}\n$/);
	});

	test('the viewer has a tab for each section it has, and none for the others', async () => {
		const viewer = spawnInTerminal(sample, {columns: 100, rows: 30});
		await viewer.until('[1 Research]');
		const tabBar = (await viewer.screen()).find((line) => line.includes('[1 Research]'));
		assert.match(tabBar ?? '', /^ *\[1 Research\] +2 Publications +3 Awards +4 Education +5 Experience$/);
		await viewer.press('5', '[5 Experience]');
		await viewer.until('Harbour Labs, Lisbon, Portugal');
		await viewer.press('2', '[2 Publications]');
		await viewer.until('Workshop on Tiny Speech 2021');
		viewer.terminal.write('q');
		assert.equal((await viewer.exited()).exitCode, 0);
	});

	test('without a summary there is no Research tab, and the first tab opens with what the header had no room for', async () => {
		const {summary: _, ...basics} = sampleResume().basics;
		const withoutSummary = fixtureFile('no-summary.json', {...sampleResume(), basics, interests: undefined});
		const plain = run(['--data', withoutSummary, '--plain']);
		assert.deepEqual(plain.stdout.match(/^[A-Z]+$/gm), ['PUBLICATIONS', 'AWARDS', 'EDUCATION', 'EXPERIENCE']);
		// At 40x12 the tab bar shows the active tab's name alone, and the header has no room for the contacts.
		const viewer = spawnInTerminal(['--data', withoutSummary], {columns: 40, rows: 12});
		await viewer.until('[1] 2  3  4  Publications');
		assert.doesNotMatch((await viewer.screen()).join('\n'), /lena\.marsh@example\.org/);
		await viewer.press('2', '1 [2] 3  4  Awards');
		await viewer.until('lena.marsh@example.org');
		viewer.terminal.write('q');
		await viewer.exited();
	});

	test('--section of a section the CV lacks says so, rather than print nothing or open another tab', async () => {
		const plain = run([...sample, '--section', 'talks', '--plain']);
		assert.equal(plain.code, 1, plain.stderr);
		assert.equal(plain.stdout, '');
		assert.match(plain.stderr, withCommand(/^COMMAND: note: .*\nCOMMAND: this CV has no talks\n$/));
		assert.deepEqual(run([...sample, '--section', 'talks', '--json']), plain, '--json as --plain');
		const viewer = spawnInTerminal([...sample, '--section', '4']);
		assert.equal((await viewer.exited()).exitCode, 1);
		assert.match(viewer.text(), withCommand(/COMMAND: this CV has no talks/));
	});

	test('problems are named by their JSON Resume path, in one line, exit 1', () => {
		const cases: [unknown, RegExp][] = [
			[
				{...sampleResume(), work: [{name: 'A'}, {name: 'B'}, {name: 'C', startDate: 'March 2020'}]},
				/work\[2\]\.startDate: expected a date such as 2011, 2011-03 or 2011-03-01/,
			],
			[{basics: {}}, /basics\.name: missing \(expected a string\)/],
			[{basics: 'Lena'}, /basics: expected an object, got a string/],
			[{basics: {name: 'Lena'}, work: [{position: 'Intern'}]}, /work\[0\]\.name: missing/],
			[
				{basics: {name: 'Lena', url: 'ftp://marsh.example.org'}, work: [{name: 'A'}]},
				/basics\.url: expected an https:, http: or mailto: link/,
			],
			[{basics: {name: 'Lena', email: 'lena at example'}, work: [{name: 'A'}]}, /basics\.email: expected an email address/],
			[
				{basics: {name: 'Lena'}, publications: [{name: 'T', seeAlso: [9]}], awards: [{title: 'A', footnote: 2}]},
				/publications\[0\]\.seeAlso\[0\]: no publication has number 9; awards\[0\]\.footnote: no footnote has number 2/,
			],
			[{basics: {name: 'Lena', email: 'lena.marsh@example.org'}}, /nothing to show: a CV needs research, publications, awards/],
		];
		for (const [resume, pattern] of cases) {
			const result = run(['--data', fixtureFile('broken.json', resume), '--plain']);
			assert.equal(result.code, 1, result.stderr);
			assert.equal(result.stdout, '');
			assert.match(result.stderr, withCommand(/^COMMAND: \S+broken\.json: not a valid JSON Resume: [^\n]+\n$/));
			assert.match(result.stderr, pattern);
		}
	});

	test('empty strings, which other tools write for "none", are nothing rather than a problem', () => {
		const resume = {basics: {name: 'Lena', image: '', email: '', url: ''}, work: [{name: 'A', position: '', startDate: ''}]};
		const result = run(['--data', fixtureFile('empty.json', resume), '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stdout, 'Lena\n\nEXPERIENCE\n\nA\n');
	});
});

test('the real CV, read back from JSON Resume, still refuses what the schema refuses', () => {
	const resume = JSON.parse(run(['--json-resume']).stdout);
	resume.publications[0].key = resume.publications[1].key;
	const result = run(['--data', fixtureFile('twice.json', resume), '--json']);
	assert.equal(result.code, 1);
	assert.match(result.stderr, /publications\[1\]\.key: key "park2022blurs" is used twice/);
});
