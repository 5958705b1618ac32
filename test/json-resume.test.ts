// JSON Resume both ways: the export checked by the official schema package, a CV that goes out and comes back the
// same, and a resume from elsewhere (test/fixtures/resume.json, a fictional person) read, shown and refused.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, test} from 'node:test';
import {loadCv, toJsonResume} from '../source/cv/load.js';
import {spansText} from '../source/format/text.js';
import {fixOf} from '../source/load-notes.js';
import {buildSections} from '../source/sections.js';
import {command, withCommand} from './command.js';
import {fixtureFile} from './fixtures.js';
import {fixtureCvPath, renderApp} from './helpers.js';
import {run, spawnCli} from './run-command.js';

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

async function exported(cvArgs: string[]) {
	const result = await run([...cvArgs, '--json-resume']);
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

	test('validates against the official schema, for the real CV and the fixture', async () => {
		for (const cvArgs of [[], ['--data', fixtureCvPath]]) {
			assert.deepEqual(officialSchemaProblems(await exported(cvArgs)), [], cvArgs.join(' '));
		}
	});

	test('standard fields where JSON Resume has them: ISO dates, no end for "Present", papers as name, publisher, date, url', async () => {
		const resume = await exported([]);
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

	test('and extra fields for the rest: authors, code, badges, see-also, citations, talks, footnotes, a range on an award', async () => {
		const resume = await exported([]);
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

	test('comes back the same: --json-resume, then --data, then --json equals --json (and --plain equals --plain)', async () => {
		for (const cvArgs of [[], ['--data', fixtureCvPath]]) {
			const resumePath = fixtureFile('exported.json', await exported(cvArgs));
			for (const output of ['--json', '--plain', '--bibtex']) {
				const again = await run(['--data', resumePath, output]);
				assert.equal(again.code, 0, again.stderr);
				assert.equal(again.stderr, '', 'nothing left unshown');
				assert.equal(again.stdout, (await run([...cvArgs, output])).stdout, `${cvArgs.join(' ')} ${output}`);
			}
		}
	});
});

describe('--data with a JSON Resume from elsewhere', () => {
	const sample = ['--data', sampleResumePath];

	test('--plain shows the sections it has, none it lacks, with defaults and dates in our style', async () => {
		const result = await run([...sample, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		const headings = result.stdout.match(/^[A-Z]+$/gm);
		assert.deepEqual(headings, ['RESEARCH', 'PUBLICATIONS', 'AWARDS', 'EDUCATION', 'EXPERIENCE', 'SKILLS'], 'no Talks');
		assert.match(
			result.stdout,
			/^Lena Marsh\nResearch Engineer\nEmail: {4}lena\.marsh@example\.org\nHomepage: https:\/\/marsh\.example\.org\nGitHub: {3}https:\/\/github\.example\.org\/lenamarsh\nMastodon: ada\n/,
		);
		// Authors as the file names them, none where it names none; the venue is the publisher; a paper's own page is its link.
		assert.match(
			result.stdout,
			/\[2\] Forgetting in Small Speech Models\n {2}Lena Marsh and Tomás Reis\n {2}Workshop on Tiny Speech 2021\n {2}paper https:\/\/papers\.example\.org\/forgetting\n/,
		);
		assert.match(result.stdout, /\[1\] Noise-Robust Keyword Spotting\n {2}2020\n/);
		assert.match(
			result.stdout,
			/Best Student Paper\n {2}Workshop on Tiny Speech · Jun 2021\n {2}For Forgetting in Small Speech Models\.\n/,
		);
		assert.match(
			result.stdout,
			/University of Porto\n {2}Sep 2019 – Jul 2021\n {2}M\.Sc\. in Computer Science\n {2}Score: 18\/20\n {2}• Courses: Speech Processing, Probabilistic Models\n/,
		);
		assert.match(
			result.stdout,
			/Research Engineer, Harbour Labs\n {2}Sep 2021 – Present · Lisbon, Portugal\n {2}A speech technology start-up\n {2}Speech recognition on small devices\.\n {2}• Cut the word error rate in cafés by a third\n {2}• Shipped an on-device model of 12 MB\n {2}https:\/\/harbour\.example\.org\n/,
		);
		assert.match(result.stdout, /Intern, Northwind Audio\n {2}Jun 2019 – Sep 2019\n/, 'the pre-1.0 "company"');
		assert.match(
			result.stdout,
			/\n {2}https:\/\/harbour\.example\.org\n\nIntern, Northwind Audio\n {2}Jun 2019 – Sep 2019\n\nSKILLS\n\nSpeech: Advanced — ASR, keyword spotting\nPyTorch\n\nLanguages: Portuguese \(Native speaker\)\nInterests: Sailing\n/,
		);
		assert.match(result.stdout, /\nUpdated March 2, 2026\n$/);
	});

	test('what it has no place for is named on stderr, in one line, and the rest still shows', async () => {
		const result = await run([...sample, '--json']);
		assert.equal(result.code, 0);
		assert.equal(
			result.stderr,
			`${command}: note: ${sampleResumePath}: adjusted to be shown: publications[1] has no authors: it is shown and cited without them\n${command}: note: ${sampleResumePath}: not shown, as this CV has no place for them: basics.phone\n`,
		);
		const cv = JSON.parse(result.stdout);
		assert.deepEqual(
			cv.publications.map((paper: {key: string}) => paper.key),
			['marsh2021forgetting', 'paper2020noiserobust'],
		);
		assert.equal('talks' in cv && cv.talks.length, 0);
	});

	test('--bibtex cites a paper from a resume by its made key, linking its own page', async () => {
		const result = await run([...sample, '--bibtex', 'marsh2021forgetting']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^@inproceedings\{marsh2021forgetting,\n/);
		assert.match(result.stdout, /\n {2}booktitle += \{Workshop on Tiny Speech\},\n {2}year += \{2021\},\n/);
		assert.match(result.stdout, /\n {2}url += \{https:\/\/papers\.example\.org\/forgetting\}\n\}\n$/);
	});

	test('a made key stays short whatever the title and names: a title of one 100 KB word, an author of one 100 KB name', async () => {
		const long = 'x'.repeat(100_000);
		const resume = {
			basics: {name: 'Ada Quill'},
			publications: [{name: long, publisher: 'Venue', releaseDate: '2021', author: `Ada ${long}`}],
		};
		const result = await run(['--data', fixtureFile('long-title.json', resume), '--bibtex']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^@\w+\{x{20}2021x{20},\n/);
	});

	test('a made key takes the family name however the name is written: "Smith, John", "Martin Luther King, Jr."', async () => {
		const paper = (author: string, name: string) => ({name, publisher: 'Venue', releaseDate: '2021', authors: [author]});
		const resume = {
			basics: {name: 'Ada Quill'},
			publications: [paper('Smith, John', 'Graphs'), paper('Martin Luther King, Jr.', 'Dreams'), paper('Jan van der Berg', 'Dikes')],
		};
		const result = await run(['--data', fixtureFile('name-keys.json', resume), '--json']);
		assert.equal(result.code, 0, result.stderr);
		assert.deepEqual(
			JSON.parse(result.stdout).publications.map((publication: {key: string}) => publication.key),
			['smith2021graphs', 'king2021dreams', 'berg2021dikes'],
		);
	});

	test('a DOI with a LaTeX command in it is left out, named by its path, and never reaches the BibTeX', async () => {
		const citation = {booktitle: 'Proceedings of Tiny Speech', doi: '10.1234/\\input{/etc/passwd}'};
		const resume = {basics: {name: 'Ada Quill'}, publications: [{name: 'Graphs', releaseDate: '2021', authors: ['Ada Quill'], citation}]};
		const result = await run(['--data', fixtureFile('doi-command-resume.json', resume), '--bibtex']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(
			result.stderr,
			/publications\[0\]\.citation\.doi: expected a DOI such as [^\n]*, got "10\.1234\/\\\\input\{\/etc\/passwd\}": it is left out\n$/,
		);
		assert.match(result.stdout, /booktitle = \{Proceedings of Tiny Speech\}/);
		assert.doesNotMatch(result.stdout, /doi|input/);
	});

	test('--bibtex of a resume without publications says so, rather than that nothing matches no words', async () => {
		const withoutPapers = fixtureFile('no-papers.json', {...sampleResume(), publications: undefined});
		const result = await run(['--data', withoutPapers, '--bibtex']);
		assert.equal(result.code, 1);
		assert.equal(result.stdout, '');
		assert.match(result.stderr, /\nnamukpark: this CV has no publications\n$/);
	});

	test('without a summary there is no Research tab, and the first tab opens with what the header had no room for', async () => {
		const {summary: _, ...basics} = sampleResume().basics;
		const withoutSummary = fixtureFile('no-summary.json', {...sampleResume(), basics, interests: undefined});
		const plain = await run(['--data', withoutSummary, '--plain']);
		assert.deepEqual(plain.stdout.match(/^[A-Z]+$/gm), ['PUBLICATIONS', 'AWARDS', 'EDUCATION', 'EXPERIENCE', 'SKILLS']);
		// At 40x12 the tab bar shows short names and the last tab's number, and the header has no room for the contacts:
		// the tab the viewer opens on, a list, shows them above its first paper.
		const viewer = await renderApp({cv: loadCv(withoutSummary).cv, columns: 40, rows: 12});
		const first = await viewer.until('[1 Papers]  2 Awards   3 Study   4');
		const [header = '', body = ''] = first.split('[1 Papers]');
		assert.doesNotMatch(header, /lena\.marsh@example\.org/, 'not in the header');
		assert.match(body, /── 1 of 2 ─+\n {2}Email: +lena\.marsh@example\.org/, first);
		assert.doesNotMatch(await viewer.press('2'), /lena\.marsh@example\.org/);
		viewer.unmount();
	});

	test('--section of a section the CV lacks says so, rather than print nothing or open another tab', async () => {
		const plain = await run([...sample, '--section', 'talks', '--plain']);
		assert.equal(plain.code, 1, plain.stderr);
		assert.equal(plain.stdout, '');
		assert.match(plain.stderr, withCommand(/^(?:COMMAND: note: .*\n)+COMMAND: this CV has no talks\n$/));
		assert.deepEqual(await run([...sample, '--section', 'talks', '--json']), plain, '--json as --plain');
		const onTerminal = await run([...sample, '--section', 'talks'], {}, {columns: 100, rows: 30});
		assert.equal(onTerminal.code, 1, onTerminal.stderr);
		assert.match(onTerminal.stderr, withCommand(/COMMAND: this CV has no talks/));
	});

	test('tab numbers follow the tabs this CV has: the bar, digit keys, --section N, ? and --help', async () => {
		const plain = await run([...sample, '--section', '4', '--plain']);
		assert.equal(plain.code, 0, plain.stderr);
		assert.match(plain.stdout, /^EDUCATION\n\nUniversity of Porto\n/);
		assert.deepEqual(Object.keys(JSON.parse((await run([...sample, '--section', '4', '--json'])).stdout)), ['education']);
		const beyond = await run([...sample, '--section', '7', '--plain']);
		assert.equal(beyond.code, 1);
		assert.match(beyond.stderr, /this CV has 6 tabs: 1 research, 2 publications, 3 awards, 4 education, 5 experience, 6 skills\n$/);
		const oneTab = fixtureFile('one-tab.json', {basics: {name: 'Ada Quill'}, work: [{name: 'Example Lab', position: 'Researcher'}]});
		assert.match((await run(['--data', oneTab, '--section', '2', '--plain'])).stderr, /this CV has 1 tab: 1 experience\n$/);
		const help = (await run([...sample, '--help'])).stdout;
		assert.match(help, /research, publications, awards, education, experience, skills \(or 1-6\)\n/);
		assert.match(help, /\n {4}1–6 +Go to that tab\n/);
	});

	// In-process, opened where --section 4 opens it (the fourth tab): --plain above checks that 4 is Education.
	test('the viewer has a tab for each section it has and none for the others, numbered as --section N and ? say', async () => {
		const viewer = await renderApp({cv: loadCv(sampleResumePath).cv, columns: 100, rows: 30, initialTab: 3});
		await viewer.until('[4 Education]');
		await viewer.press('5');
		await viewer.until('[5 Experience]');
		await viewer.until('Research Engineer, Harbour Labs');
		await viewer.press('4');
		await viewer.until('[4 Education]');
		await viewer.press('?');
		await viewer.until('1–6');
		await viewer.press('?');
		await viewer.until('[4 Education]');
		const tabBar = (await viewer.press('1')).split('\n').find((line) => line.includes('[1 Research]'));
		assert.match(tabBar?.trimEnd() ?? '', /^ *\[1 Research\] +2 Publications +3 Awards +4 Education +5 Experience +6 Skills$/);
		await viewer.press('2');
		await viewer.until('[2 Publications]');
		await viewer.until('Workshop on Tiny Speech 2021');
		viewer.unmount();
	});

	test('problems are named by their JSON Resume path, in one line, exit 1', async () => {
		const cases: [unknown, RegExp][] = [
			[{basics: {}}, /basics\.name: missing \(expected a string\)/],
			[{basics: 'Lena'}, /basics: expected an object, got a string/],
			[
				{basics: {name: 'Lena'}, publications: [{name: 'T', seeAlso: [9]}], awards: [{title: 'A', footnote: 2}]},
				/publications\[0\]\.seeAlso\[0\]: no publication has number 9; awards\[0\]\.footnote: no footnote has number 2/,
			],
			[{basics: {name: 'Lena', email: 'lena.marsh@example.org'}}, /nothing to show: a CV needs research, publications, awards/],
		];
		for (const [resume, pattern] of cases) {
			const result = await run(['--data', fixtureFile('broken.json', resume), '--plain']);
			assert.equal(result.code, 1, result.stderr);
			assert.equal(result.stdout, '');
			assert.match(result.stderr, withCommand(/^COMMAND: \S+broken\.json: not a valid JSON Resume: [^\n]+\n$/));
			assert.match(result.stderr, pattern);
		}
	});

	test('empty strings, which other tools write for "none", are nothing rather than a problem', async () => {
		const resume = {basics: {name: 'Lena', image: '', email: '', url: ''}, work: [{name: 'A', position: '', startDate: ''}]};
		const result = await run(['--data', fixtureFile('empty.json', resume), '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stdout, 'Lena\n\nEXPERIENCE\n\nA\n');
	});
});

test('the real CV, read back from JSON Resume, still refuses what the schema refuses', async () => {
	const resume = JSON.parse((await run(['--json-resume'])).stdout);
	resume.publications[0].key = resume.publications[1].key;
	const result = await run(['--data', fixtureFile('twice.json', resume), '--json']);
	assert.equal(result.code, 1);
	assert.match(result.stderr, /publications\[1\]\.key: key "park2022blurs" is used twice/);
});

describe('a JSON Resume as people keep it is shown whole, never refused for one odd value', () => {
	const oddResumePath = new URL('./fixtures/resume-odd.json', import.meta.url).pathname;

	test('odd dates as written, a link without a scheme given https://, a javascript: link as text, one note with field paths', async () => {
		const result = await run(['--data', oddResumePath, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^LinkedIn: https:\/\/www\.linkedin\.com\/in\/xiaoming-wang-fernandez-delacroix$/m);
		assert.match(result.stdout, /^Twitter: +xmwang$/m, 'the username, as text');
		assert.doesNotMatch(result.stdout, /javascript:/);
		assert.match(result.stdout, /\n {2}Mar 2024 – 至今（9个月）\n/);
		assert.match(result.stdout, /\n {2}Sep 2019 – Present\n/);
		assert.match(result.stdout, /\n {2}HackMadrid · 2023-2028\n/);
		assert.match(result.stdout, /Universidad Politécnica de Madrid\n {2}2023-2028\n/, 'a start that is not a date: no range to now');
		assert.match(result.stdout, /\n {2}Medium 2024\n/);
		const [adjusted] = result.stderr.split('\n');
		assert.match(adjusted ?? '', withCommand(/^COMMAND: note: \S+resume-odd\.json: adjusted to be shown: /));
		for (const item of [
			'basics.profiles[0].url "www.linkedin.com/in/xiaoming-wang-fernandez-delacroix" read as https://www.linkedin.com/in/xiaoming-wang-fernandez-delacroix',
			'basics.profiles[2].url "javascript:alert(document.cookie)" is not a web or mail link: shown as text',
			'publications[0].releaseDate "July, 2024" read as 2024',
			'awards[0].date "2023-2028" shown as written',
			'work[0].endDate "至今（9个月）" shown as written',
			'awards[1].title: missing (expected a string): its entry is left out',
		])
			assert.ok(adjusted?.includes(item), item);
	});

	test('an end date of "Present", "now" or "current", in any case, is an open end: shown as Present, no note', async () => {
		const resume = {
			basics: {name: 'Ines Varga'},
			work: [{name: 'Kestrel Maps', startDate: '2025-08', endDate: 'present'}],
			volunteer: [{organization: 'Code Club', startDate: '2019', endDate: 'Now'}],
			education: [{institution: 'University of Lund', startDate: '2022-09', endDate: 'CURRENT'}],
			projects: [{name: 'Tilemill', startDate: '2024-01', endDate: ' Present '}],
		};
		const path = fixtureFile('open-ends.json', resume);
		const result = await run(['--data', path, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stderr, '');
		assert.deepEqual(result.stdout.match(/^ {2}\S+ ?\S* – \S+.*$/gm), [
			'  Aug 2025 – Present',
			'  Jan 2024 – Present',
			'  Sep 2022 – Present',
			'  2019 – Present',
		]);
		const exported = JSON.parse((await run(['--data', path, '--json-resume'])).stdout);
		assert.deepEqual(officialSchemaProblems(exported), []);
		assert.deepEqual([exported.work[0].endDate, exported.work[0].when], [undefined, undefined], 'no end, as JSON Resume has it');
		assert.match(fixOf('work[0].endDate "soon" shown as written') ?? '', /leave endDate out/);
	});

	test('a profile of a username alone is labelled by its network, or as a username, and never given a URL', async () => {
		const profiles = [{username: 'ivarga'}, {network: 'GitHub', username: 'ivarga-maps'}, {network: 'Mastodon', username: '@ivarga'}];
		const path = fixtureFile('usernames.json', {basics: {name: 'Ines Varga', profiles}, skills: [{name: 'Go'}]});
		const result = await run(['--data', path, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^Ines Varga\nUsername: ivarga\nGitHub: {3}ivarga-maps\nMastodon: @ivarga\n\n/);
		const cv = JSON.parse((await run(['--data', path, '--json'])).stdout);
		assert.deepEqual(
			cv.person.contacts.map((contact: {url?: string}) => contact.url),
			[undefined, undefined, undefined],
		);
	});

	test('a javascript: link is never a link: neither a hyperlink nor a URL in the JSON', async () => {
		// Spawned: whether to write hyperlinks is what terminal-link reads from the environment of the process.
		const hyperlinks = spawnCli(['--data', oddResumePath, '--plain'], {FORCE_HYPERLINK: '1', FORCE_COLOR: '1'});
		assert.equal(hyperlinks.code, 0, hyperlinks.stderr);
		assert.doesNotMatch(hyperlinks.stdout, /javascript/);
		const cv = JSON.parse((await run(['--data', oddResumePath, '--json'])).stdout);
		assert.deepEqual(
			cv.person.contacts.find((contact: {kind: string}) => contact.kind === 'Twitter'),
			{label: 'xmwang', kind: 'Twitter'},
		);
	});

	test('values of the wrong kind are left out, with a note, rather than refuse the file', async () => {
		const resume = {
			basics: {name: 'Lena', email: 'lena at example', url: 'ftp://marsh.example.org'},
			work: [{name: 'A', startDate: 'March 2020', highlights: 'one string, not a list'}, {position: 'Intern'}],
			skills: [{keywords: ['Go']}, {name: 'Rust'}],
		};
		const result = await run(['--data', fixtureFile('odd.json', resume), '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(
			result.stdout,
			'Lena\nEmail:    lena at example\nHomepage: ftp://marsh.example.org\n\nEXPERIENCE\n\nA\n  March 2020\n\nSkills: Rust\n',
		);
		assert.match(result.stderr, /basics\.email "lena at example" is not an email address: shown as text/);
		assert.match(result.stderr, /basics\.url "ftp:\/\/marsh\.example\.org" is not a web or mail link: shown as text/);
		assert.match(result.stderr, /work\[0\]\.highlights: expected an array, got a string \("one string, not a list"\): it is left out/);
		assert.match(result.stderr, /work\[1\]\.name: missing \(expected a string\): its entry is left out/);
		assert.match(result.stderr, /skills\[0\]\.name: missing \(expected a string\): its entry is left out/);
	});

	test('what cannot be shown at all exits 1, saying why: not JSON (with line and column), no basics, not an object', async () => {
		const cases: [string, RegExp][] = [
			['{\n  "basics": {"name": "Lena"},\n  "skills": [{"name": "Go"},]\n}\n', /: not valid JSON: a trailing comma at line 3, column 28 /],
			['{"work": [{"name": "A"}]}', /: not a valid JSON Resume: a JSON Resume needs `basics` \(an object with the name at least\)$/],
			['[{"basics": {"name": "Lena"}}]', /: not a valid CV: \(top level\): expected an object, got an array$/],
		];
		for (const [source, pattern] of cases) {
			const path = fixtureFile('unshowable.json', source);
			const result = await run(['--data', path, '--plain']);
			assert.equal(result.code, 1, source);
			assert.equal(result.stdout, '');
			assert.match(result.stderr.trim(), pattern);
		}
	});
});

describe('papers from a JSON Resume say what the file says', () => {
	test('a release date out of range names the field as the file does, quotes it and states the rule', async () => {
		const resume = {basics: {name: 'Ada Quill'}, publications: [{name: 'Old paper', releaseDate: '1800-01-01', publisher: 'Nature'}]};
		const result = await run(['--data', fixtureFile('old-paper.json', resume), '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stderr, /publications\[0\]\.releaseDate "1800-01-01" is not a year from 1900 to 2100: left out/);
		assert.doesNotMatch(result.stderr, /\.year\b/);
	});

	test('a release date that is a state ("submitted", "in press") is shown as written; one of no words is left out', async () => {
		const resume = {
			basics: {name: 'Ines Varga'},
			publications: [
				{name: 'Sleep spindles in mice', publisher: 'Journal of Sleep Research', releaseDate: 'submitted'},
				{name: 'Tiling the seafloor', releaseDate: 'In press'},
				{name: 'A draft', publisher: 'Workshop on Maps', releaseDate: ' -- '},
			],
		};
		const path = fixtureFile('states.json', resume);
		const result = await run(['--data', path, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /\[3\] Sleep spindles in mice\n {2}Journal of Sleep Research, submitted\n/);
		assert.match(result.stdout, /\[2\] Tiling the seafloor\n {2}In press\n/);
		assert.match(result.stdout, /\[1\] A draft\n {2}Workshop on Maps\n/);
		assert.match(result.stderr, /publications\[0\]\.releaseDate "submitted" shown as written/);
		assert.match(result.stderr, /publications\[2\]\.releaseDate " -- " names no single year: left out/);
		const exported = (await run(['--data', path, '--json-resume'])).stdout;
		assert.deepEqual(officialSchemaProblems(JSON.parse(exported)), []);
		const again = await run(['--data', fixtureFile('states-again.json', exported), '--plain']);
		assert.equal(again.stdout, result.stdout, 'the state comes back from the export');
	});

	const academicPath = new URL('./fixtures/resume-academic.json', import.meta.url).pathname;
	const bibtex = () => run(['--data', academicPath, '--bibtex']);
	/** The entries of a BibTeX file by the title they cite. */
	const entries = (text: string) =>
		new Map(text.split(/\n(?=@)/).map((entry) => [/^ {2}title += \{(.*)\},$/m.exec(entry)?.[1]?.replace(/[{}]/g, ''), entry]));

	test('authors come from `authors` or `author`; where the file names none, none are shown or cited, said once', async () => {
		const result = await bibtex();
		assert.equal(result.code, 0, result.stderr);
		const byTitle = entries(result.stdout);
		assert.equal(byTitle.size, 20);
		const many = byTitle.get('Finding binary similarity at scale, part 1') ?? '';
		assert.equal(/author += \{(.*)\}/.exec(many)?.[1]?.split(' and ').length, 46, 'all 46, from the list');
		assert.match(
			byTitle.get('Measuring firmware bugs at scale, part 2') ?? '',
			/author {2}= \{Lee, Minji and Jung, Hyunwoo and Kim, Dongkwan\},/,
			'from the string',
		);
		assert.doesNotMatch(byTitle.get('Understanding kernel races at scale, part 3') ?? '', /author/);
		assert.equal(result.stderr.match(/no authors/g)?.length, 1);
		assert.match(
			result.stderr,
			/publications\[2\], publications\[5\], .*publications\[17\] have no authors: they are shown and cited without them/,
		);
		const plain = (await run(['--data', academicPath, '--plain'])).stdout;
		assert.match(plain, /\[18\] Understanding kernel races at scale, part 3\n {2}arXiv preprint arXiv:2305\.01234 2024\n/);
	});

	test('the entry type follows the publication: journal, thesis, preprint, proceedings; no booktitle from a publisher', async () => {
		const byTitle = entries((await bibtex()).stdout);
		const entry = (title: string) => byTitle.get(title) ?? '';
		assert.match(
			entry('Measuring firmware bugs at scale, part 2'),
			/^@article\{[\s\S]*\n {2}journal = \{IEEE Transactions on Software Engineering\},/,
		);
		assert.match(entry('Fuzzing baseband stacks at scale, part 5'), /^@article\{[\s\S]*journal = \{Journal of Systems and Software\}/);
		assert.match(entry('Finding binary similarity at scale, part 6'), /^@phdthesis\{[\s\S]*school = \{KAIST\}/);
		assert.match(
			entry('Understanding kernel races at scale, part 3'),
			/^@misc\{[\s\S]*eprint {8}= \{2305\.01234\},\n {2}archivePrefix = \{arXiv\}/,
		);
		assert.doesNotMatch(entry('Understanding kernel races at scale, part 3'), /booktitle|howpublished/);
		assert.match(
			entry('Finding binary similarity at scale, part 1'),
			/^@inproceedings\{[\s\S]*booktitle = \{Proceedings of the 2023 Network/,
		);
		assert.match(entry('Hardening smart contracts at scale, part 4'), /^@inproceedings\{[\s\S]*booktitle = \{USENIX Security Symposium\}/);
		const medium = (await run(['--data', new URL('./fixtures/resume-odd.json', import.meta.url).pathname, '--bibtex'])).stdout;
		assert.match(medium, /^@misc\{[\s\S]*howpublished = \{Medium\}/);
		assert.doesNotMatch(medium, /booktitle/);
		// A conference paper whose file names only its publisher: the publisher is no booktitle.
		const resume = {
			basics: {name: 'Ada Quill'},
			publications: [{name: 'Fast joins', type: 'conference', publisher: 'ACM', releaseDate: '2024'}],
		};
		const acm = (await run(['--data', fixtureFile('acm.json', resume), '--bibtex'])).stdout;
		assert.match(acm, /^@inproceedings\{[\s\S]*\n {2}publisher += \{ACM\}/);
		assert.doesNotMatch(acm, /booktitle/);
	});
});

describe('nothing in a JSON Resume is dropped without a word', () => {
	const oddResumePath = new URL('./fixtures/resume-odd.json', import.meta.url).pathname;

	test('pre-1.0 names read as their 1.0 names: basics.website, work[].website, publications[].website, education[].gpa', async () => {
		const result = await run(['--data', oddResumePath, '--plain']);
		assert.match(result.stdout, /^Homepage: https:\/\/xiaoming\.example\.com$/m);
		assert.match(result.stdout, /\n {2}• Migró el monolito a microservicios\n {2}https:\/\/tech\.example\.cn\n/);
		assert.match(result.stdout, /\n {2}paper https:\/\/medium\.com\/@xmwang\/scaling-payments\n/);
		assert.match(result.stdout, /\n {2}GPA: 9\.1\/10\n/);
		assert.match(result.stderr, /basics\.website "xiaoming\.example\.com" read as https:\/\/xiaoming\.example\.com/);
		assert.doesNotMatch(result.stderr, /not shown[^\n]*(website|gpa)/);
	});

	test('projects, volunteer work, certificates, languages and interests are shown, each with its tab or line and links', async () => {
		const resume = {
			...JSON.parse(readFileSync(oddResumePath, 'utf8')),
			volunteer: [{organization: 'Code Club', position: 'Mentor', url: 'https://codeclub.example.org', startDate: '2020-01'}],
			certificates: [{name: 'Kubernetes Administrator', date: '2022-11-01', issuer: 'CNCF', url: 'https://certs.example.org/cka'}],
		};
		const path = fixtureFile('everything.json', resume);
		const result = await run(['--data', path, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		assert.deepEqual(result.stdout.match(/^[A-Z]+$/gm), [
			'PROFILE',
			'EXPERIENCE',
			'PROJECTS',
			'SKILLS',
			'EDUCATION',
			'CERTIFICATES',
			'AWARDS',
			'VOLUNTEERING',
			'PUBLICATIONS',
		]);
		assert.match(
			result.stdout,
			/\nLanguages: 中文 \(Native speaker\), Español \(C1\), Français \(B2\)\nInterests: Escalade \(bloc, voie\)\n/,
		);
		assert.match(result.stdout, /\nMentor, Code Club\n {2}Jan 2020 – Present\n {2}https:\/\/codeclub\.example\.org\n/);
		assert.match(
			result.stdout,
			/\ntiny-queue\n {2}2021 – Present\n {2}A job queue in 300 lines of Go\.\n {2}• 2k stars\n {2}Keywords: Go\n {2}https:\/\/github\.com\/xmwang\/tiny-queue\n/,
		);
		assert.match(result.stdout, /\nKubernetes Administrator\n {2}CNCF · Nov 2022\n {2}https:\/\/certs\.example\.org\/cka\n/);
		assert.match(result.stderr, /not shown, as this CV has no place for them: [^\n]*references/);
		// Every link shown is the entry's to open and copy.
		const cv = loadCv(path).cv;
		const sections = buildSections(cv);
		for (const id of ['experience', 'volunteer', 'projects', 'certificates'])
			assert.ok(
				sections.find((section) => section.id === id)?.entries.some((entry) => entry.primaryLink?.url.startsWith('https://')),
				id,
			);
		const projects = sections.findIndex((section) => section.id === 'projects');
		const viewer = await renderApp({cv, columns: 100, rows: 30, initialTab: projects});
		await viewer.until('[3 Projects]');
		await viewer.until('o open github.com/xmwang/tiny-queue');
		viewer.unmount();
	});
});

describe('text from a JSON Resume reads as it was written', () => {
	const oddResumePath = new URL('./fixtures/resume-odd.json', import.meta.url).pathname;

	test('a line-break list stays separate lines, [text](url) is a link, HTML tags are removed', async () => {
		const result = await run(['--data', oddResumePath, '--plain']);
		assert.match(
			result.stdout,
			/\n\nIngeniero de software con 8 años de experiencia\.\n• 负责后端服务的设计与开发\n• Conçu une API utilisée par 400 équipes https:\/\/api\.example\.com\/case-study\n• Open source maintainer\n\n/,
		);
		const [profile] = buildSections(loadCv(oddResumePath).cv);
		assert.deepEqual(
			profile?.intro.flatMap((block) => block.spans).find((span) => span.url),
			{text: '400 équipes', url: 'https://api.example.com/case-study', style: 'link'},
		);
		const academic = (await run(['--data', new URL('./fixtures/resume-academic.json', import.meta.url).pathname, '--plain'])).stdout;
		assert.match(academic, /\n {2}Cited by many; see the artifact https:\/\/artifacts\.example\.org\/3\.\n/);
		assert.doesNotMatch(academic, /<i>|\]\(/);
	});

	test('a summary is headed by what it is: Profile for a developer, Research for a researcher', async () => {
		assert.match((await run(['--data', oddResumePath, '--plain'])).stdout, /\n\nPROFILE\n\n/);
		const academic = (await run(['--data', new URL('./fixtures/resume-academic.json', import.meta.url).pathname, '--plain'])).stdout;
		assert.match(academic, /\n\nRESEARCH\n\nI study the security/);
	});
});

describe('--json-resume of an imported resume keeps what came in', () => {
	const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
	const exportOf = async (path: string) => {
		const result = await run(['--data', path, '--json-resume']);
		assert.equal(result.code, 0, result.stderr);
		return result.stdout;
	};

	test('full dates, keywords, courses, studyType and area, usernames; no authors, key or number the file lacks', async () => {
		const resume = JSON.parse(await exportOf(sampleResumePath));
		const input = sampleResume();
		assert.equal(resume.work[0].startDate, '2021-09-01');
		assert.equal(resume.awards[0].date, '2021-06-14');
		assert.equal(resume.publications[1].releaseDate, '2020-11-02');
		assert.deepEqual(resume.skills, input.skills);
		assert.deepEqual(resume.education, input.education);
		assert.deepEqual(resume.basics.profiles, input.basics.profiles);
		for (const paper of resume.publications) for (const field of ['key', 'number']) assert.equal(field in paper, false, field);
		assert.equal('authors' in resume.publications[1], false);
		assert.equal('image' in resume.basics, false, 'an empty string is nothing');
	});

	test('exported twice gives the same bytes, and the export is valid where the file was not', async () => {
		for (const name of ['resume.json', 'resume-odd.json', 'resume-academic.json']) {
			const once = await exportOf(fixture(name));
			assert.equal(await exportOf(fixtureFile('again.json', once)), once, name);
			assert.deepEqual(officialSchemaProblems(JSON.parse(once)), [], name);
		}
		assert.notDeepEqual(officialSchemaProblems(JSON.parse(readFileSync(fixture('resume-odd.json'), 'utf8'))), []);
		const odd = JSON.parse(await exportOf(fixture('resume-odd.json')));
		assert.deepEqual([odd.work[0].startDate, odd.work[0].endDate, odd.work[0].when], ['2024-03', undefined, 'Mar 2024 – 至今（9个月）']);
		assert.equal(odd.basics.profiles[0].url, 'https://www.linkedin.com/in/xiaoming-wang-fernandez-delacroix');
		assert.deepEqual(odd.basics.profiles[2], {network: 'Twitter', username: 'xmwang'}, 'no javascript: link');
		assert.equal(odd.publications[0].releaseDate, '2024');
	});

	test('a copy of the CV read exports as the CV itself does: the export follows the data, not which object it is', () => {
		for (const name of ['resume.json', 'resume-odd.json', 'resume-academic.json']) {
			const loaded = loadCv(fixture(name));
			assert.deepEqual(toJsonResume(structuredClone(loaded)), toJsonResume(loaded), name);
		}
	});
});

describe('a JSON Resume in a small window', () => {
	test('at 40x12 a long name and a LinkedIn URL leave the tabs and three rows; a long publisher leaves the title', async () => {
		const odd = await renderApp({cv: loadCv(new URL('./fixtures/resume-odd.json', import.meta.url).pathname).cv, columns: 40, rows: 12});
		const screen = (await odd.until('Profile')).split('\n').map((line) => line.trimEnd());
		const tabBar = screen.findIndex((line) => /^ *\[1 Profile\] +2 +3 /.test(line));
		assert.ok(tabBar >= 0, screen.join('\n'));
		const footer = screen.findIndex((line) => line.includes('q quit'));
		assert.ok(footer - tabBar - 1 >= 3, screen.join('\n'));
		odd.unmount();
		const academicCv = loadCv(new URL('./fixtures/resume-academic.json', import.meta.url).pathname).cv;
		const publications = buildSections(academicCv).findIndex((section) => section.id === 'publications');
		const academic = await renderApp({cv: academicCv, columns: 40, rows: 12, initialTab: publications});
		await academic.until("› NDSS'23 2024  Finding binary");
		academic.unmount();
	});
});

describe("a staff engineer's JSON Resume, shown as its data says (issue 27)", () => {
	const staffPath = new URL('./fixtures/resume-staff.json', import.meta.url).pathname;
	const plain = async (path = staffPath) => {
		const result = await run(['--data', path, '--plain']);
		assert.equal(result.code, 0, result.stderr);
		return result;
	};

	test('a publisher that already names the year is not followed by it again', async () => {
		const {stdout} = await plain();
		assert.match(stdout, /\[1\] Compaction Without Stalls\n {2}USENIX ATC 2023\n/);
		const paper = (venue: string, year: number) => ({
			name: 'Compaction Without Stalls',
			authors: ['Jonas Feld'],
			publisher: venue,
			releaseDate: String(year),
		});
		const resume = {basics: {name: 'Jonas Feld'}, publications: [paper('ATC 2023', 2024), paper('ATC2023', 2023), paper("ATC '23", 2023)]};
		const papers = (await plain(fixtureFile('venue-years.json', resume))).stdout;
		assert.match(
			papers,
			/\n {2}ATC 2023 2024\n[\s\S]*\n {2}ATC2023\n[\s\S]*\n {2}ATC '23 2023\n/,
			'another year, or the year in two digits',
		);
	});

	test("on the Profile tab a paper's line ends in its own page where it has no arXiv link", () => {
		const [profile] = buildSections(loadCv(staffPath).cv);
		const paper = profile?.overview?.entries.find((entry) => spansText(entry.heading.spans).startsWith('Compaction'))?.heading;
		assert.equal(spansText(paper?.spans ?? []), 'Compaction Without Stalls · USENIX ATC 2023 · paper');
		assert.deepEqual(paper?.spans.at(-1), {text: 'paper', url: 'https://papers.example.org/compaction-without-stalls', style: 'link'});
	});

	test('a score is shown as a GPA only where it reads as one; any other score as given', async () => {
		assert.match((await plain()).stdout, /\n {2}M\.Sc\. in Computer Science\n {2}Score: Distinction\n/);
		const scores: [string, string][] = [
			['3.9/4.0', 'GPA: 3.9/4.0'],
			['3.9', 'GPA: 3.9'],
			['8.7 / 10', 'GPA: 8.7 / 10'],
			['18/20', 'Score: 18/20'],
			['95%', 'Score: 95%'],
			['First Class Honours', 'Score: First Class Honours'],
		];
		const education = scores.map(([score]) => ({institution: `School ${score}`, score}));
		const {stdout} = await plain(fixtureFile('scores.json', {basics: {name: 'Jonas Feld'}, education}));
		assert.deepEqual(
			stdout.match(/^ {2}(?:GPA|Score): .*$/gm),
			scores.map(([, shown]) => `  ${shown}`),
		);
	});

	test("a school's location is not said twice where its name already ends with it", async () => {
		const education = [
			{institution: 'University of Basel, Basel, Switzerland', location: 'Basel, Switzerland'},
			{institution: 'University of Bern', location: 'Bern, Switzerland'},
		];
		const {stdout} = await plain(fixtureFile('schools.json', {basics: {name: 'Jonas Feld'}, education}));
		assert.match(stdout, /^University of Basel, Basel, Switzerland$/m);
		assert.match(stdout, /^University of Bern, Bern, Switzerland$/m);
	});

	test('basics.location is shown with the contacts: city, region and country, each once, where the file has them', async () => {
		const {stdout, stderr} = await plain();
		assert.match(
			stdout,
			/^Jonas Feld\nStaff Software Engineer\nEmail: {4}jonas\.feld@example\.org\n[\s\S]*\nLocation: Berlin, Germany\n\n/,
		);
		assert.match(stderr, /not shown, as this CV has no place for them: basics\.location\.address, basics\.location\.postalCode\n$/);
		assert.deepEqual(loadCv(staffPath).cv.person.contacts.at(-1), {label: 'Berlin, Germany', kind: 'Location'});
		const located = (location: unknown) => ({basics: {name: 'Jonas Feld', location}, skills: [{name: 'Go'}]});
		for (const [location, shown] of [
			[{city: 'Lisbon', countryCode: 'PT'}, 'Lisbon, Portugal'],
			[{region: 'Bavaria', countryCode: 'de'}, 'Bavaria, Germany'],
			[{city: 'Springfield', region: 'Oregon', countryCode: 'US'}, 'Springfield, Oregon, United States'],
			[{city: 'Atlantis', countryCode: 'Atlantic Ocean'}, 'Atlantis, Atlantic Ocean'],
			// A part already said is not said again: the same words, or the country named in its own language.
			[{city: 'Kyoto', region: 'kyoto', countryCode: 'JP'}, 'Kyoto, Japan'],
			[{city: 'Казань', region: 'Россия', countryCode: 'RU'}, 'Казань, Россия'],
			[{city: '大阪', region: '日本', countryCode: 'JP'}, '大阪, 日本'],
			[{city: 'Lyon', region: 'France', countryCode: 'FR'}, 'Lyon, France'],
			[{city: 'Bern', region: 'Bern', countryCode: 'Switzerland'}, 'Bern, Switzerland'],
		] as const) {
			const result = await plain(fixtureFile('located.json', located(location)));
			assert.match(result.stdout, new RegExp(`^Jonas Feld\\nLocation: ${shown}\\n\\n`), shown);
		}
		const {stdout: nowhere} = await plain(fixtureFile('nowhere.json', located({address: 'Hafenstraße 7'})));
		assert.match(nowhere, /^Jonas Feld\n\nEXPERIENCE\n/, 'a street address alone is no location to show');
	});
});
