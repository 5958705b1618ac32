import {scoreName, venueAndYear} from './cv/phrases.js';
import type {Cv, Experience, Link, Publication, Skill} from './cv/schema.js';
import {bullet, field, linked, linkSpans, markedText, optional, prose} from './entry-parts.js';
import {bibtexEntry} from './format/bibtex.js';
import {joinParts, kept, parseMarkup, separator, spansText, styled} from './format/text.js';
import {type Block, type Entry, type Section, type SectionId, type Span, sectionIds, sectionTitles} from './model.js';

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function footnoteMark(number: number): string {
	return [...String(number)].map((digit) => superscripts[Number(digit)]).join('');
}

function joinAuthors(authors: readonly string[], name: string): Span[] {
	const spans: Span[] = [];
	for (const [index, author] of authors.entries()) {
		if (index > 0) {
			const last = index === authors.length - 1;
			spans.push({
				text: last ? (authors.length > 2 ? ', and ' : ' and ') : ', ',
			});
		}
		spans.push(styled(author, author === name ? 'strong' : undefined));
	}
	return spans;
}

/** A paper's links: arXiv, its own page and code, then the proceedings and the DOI where the CV has them. */
function publicationLinks(publication: Publication): Link[] {
	const {citation} = publication;
	return [
		...(publication.arxiv ? [{label: 'arXiv', url: publication.arxiv}] : []),
		...(publication.url ? [{label: 'paper', url: publication.url}] : []),
		...(publication.code ? [{label: 'code', url: publication.code}] : []),
		...(citation?.url ? [{label: 'proceedings', url: citation.url}] : []),
		...(citation?.doi ? [{label: 'DOI', url: `https://doi.org/${citation.doi}`}] : []),
	];
}

/** The longest venue a list line starts with: a longer one would push the title out of a narrow window. */
const listVenueLength = 24;

/** Where and when, short enough for a list line: a long venue by what it ends with in brackets ("NDSS'23"), or cut. */
function listVenue(publication: Publication): string {
	const venue = publication.venue ?? '';
	const short =
		[...venue].length <= listVenueLength
			? venue
			: (/\(([^()]{1,20})\)\s*$/.exec(venue)?.[1] ??
				`${[...venue]
					.slice(0, listVenueLength - 1)
					.join('')
					.trimEnd()}…`);
	return venueAndYear({...publication, ...(short && {venue: short})});
}

/** Where and when a paper appeared, then its distinction: the parts of its venue line. */
function venueParts(publication: Publication): (Span[] | '' | undefined)[] {
	return [venueAndYear(publication) && [kept(venueAndYear(publication))], publication.badge && [styled(`★ ${publication.badge}`, 'badge')]];
}

function citeLabel(publication: Publication): string {
	return `[${publication.number}]`;
}

/**
 * A paper as its entry: in `full` with authors, links, summary and See also (the Publications tab); `brief` on one
 * block of title, venue, badge and arXiv link (Research's overview). Either way `o`, `y`, `b` and `s` act on it.
 */
function publicationEntry(
	cv: Cv,
	publication: Publication,
	indexByNumber: ReadonlyMap<number, number>,
	detail: 'full' | 'brief' = 'full',
): Entry {
	const relatedIndexes = publication.seeAlso.map((number) => indexByNumber.get(number)).filter((index) => index !== undefined);
	const related = relatedIndexes.map((index) => cv.publications[index]).filter((other) => other !== undefined);
	const links = publicationLinks(publication);
	const seeAlsoIndex = relatedIndexes[0] ?? -1;
	const venue = joinParts(venueParts(publication));
	const lead = [styled(`${citeLabel(publication)} `, 'muted')];
	const brief = detail === 'brief';
	return {
		label: listVenue(publication) ? `${listVenue(publication)}  ${publication.title}` : publication.title,
		heading: brief
			? {
					lead,
					// Its own page, arXiv's or the paper's, which come first among its links; not its code.
					spans: joinParts([
						[styled(publication.title, 'title')],
						venue,
						(publication.arxiv || publication.url) && linkSpans(links.slice(0, 1)),
					]),
				}
			: {lead, spans: [styled(publication.title, 'title')]},
		// Venue, badge and links come right under the title and authors, before the summary: on a short window they
		// are what must show.
		blocks: brief
			? []
			: [
					...(publication.authors ? [{spans: joinAuthors(publication.authors, cv.person.name)}] : []),
					...(venue.length > 0 ? [{spans: venue}] : []),
					...(links.length > 0 ? [{spans: linkSpans(links)}] : []),
					...prose(publication.summary),
					...related.map(
						(other): Block => ({
							lead: [styled('See also ', 'muted')],
							spans: [kept(citeLabel(other), 'muted'), {text: ' '}, styled(other.title, 'emphasis')],
							reference: true,
						}),
					),
				],
		...(links[0] && {primaryLink: links[0]}),
		links,
		key: publication.key,
		// Made when copied: making every paper's up front costs some 15% of --plain for 2,000 papers.
		get bibtex() {
			return bibtexEntry(publication);
		},
		...(seeAlsoIndex >= 0 && {seeAlso: seeAlsoIndex}),
	};
}

/**
 * What the opening tab shows under the summary, to select and act on: a researcher's papers in brief (venue, badge,
 * arXiv link, to open and cite), anyone else's jobs in brief (the role at the organization and when, to open its
 * site); then the topics. Plain text leaves them out: the papers and jobs follow in full, and the summary names the
 * topics.
 */
function researchOverview(cv: Cv, research: NonNullable<Cv['research']>): NonNullable<Section['overview']> {
	const indexByNumber = new Map(cv.publications.map((publication, index) => [publication.number, index]));
	const topics = research.topics.map((topic) => bullet(parseMarkup(topic)));
	return {
		entries: leadsWithResearch(cv)
			? cv.publications.map((publication) => publicationEntry(cv, publication, indexByNumber, 'brief'))
			: cv.experience.map(jobBrief),
		after: topics.length > 0 ? [{spans: [styled('Topics', 'strong')]}, ...topics] : [],
	};
}

/** A letter of a cased script, or a digit: what a word is made of, told without a \p{L} pattern (some 2 ms to build). */
const inWord = (character = '') => /[0-9_]/.test(character) || character.toLowerCase() !== character.toUpperCase();

/** Whether `text` holds `word` as a word of its own, in any case: "Meta" is not in "Metadata Engineer". */
function namesAsWord(text: string, word: string): boolean {
	const [folded, sought] = [text.toLowerCase(), word.toLowerCase()];
	for (let at = folded.indexOf(sought); at >= 0; at = folded.indexOf(sought, at + 1)) {
		if (!inWord(folded[at - 1]) && !inWord(folded[at + sought.length])) return true;
	}
	return false;
}

/** A job's heading, as résumés put it: the role at the organization ("Staff Engineer, Acme"), the role alone where it names it. */
function jobTitle(job: Experience): Span[] {
	const {role, organization} = job;
	if (!role) return [styled(organization, 'title')];
	return [styled(role, 'title'), ...(namesAsWord(role, organization) ? [] : [styled(`, ${organization}`)])];
}

/** A job, paid or volunteer: the role at the organization, when and where, what, and the organization's site. */
function jobEntry(job: Experience): Entry {
	const heading = jobTitle(job);
	return linked(
		{
			label: spansText(heading),
			heading: {spans: heading},
			blocks: [
				...optional(job.when ?? job.location, () =>
					joinParts([job.when && [kept(job.when, 'muted')], job.location && [styled(job.location, 'muted')]]),
				),
				...optional(job.about, (about) => [styled(about, 'muted')]),
				...prose(job.description),
				...(job.highlights ?? []).map((highlight) => bullet(markedText(highlight))),
			],
		},
		job.url,
	);
}

/** A job on one line, as the opening tab lists it: the role at the organization, and when; `o` opens its site. */
function jobBrief(job: Experience): Entry {
	const heading = jobTitle(job);
	return linked(
		{
			label: spansText(heading),
			heading: {spans: joinParts([heading, job.when && [kept(job.when, 'muted')]])},
			blocks: [],
		},
		job.url,
	);
}

/** A section's data under its name: its list, and the items of the entries asked for. */
const listData = (name: string, items: readonly unknown[]): Section['data'] => ({
	all: {[name]: items},
	of: (indices) => indices.map((index) => items[index]),
});

/** Names with their details in brackets, in one line: "Go (fluent), Rust". */
const namesWith = (items: readonly {name: string; detail?: string | undefined}[]) =>
	items.map((item) => (item.detail ? `${item.name} (${item.detail})` : item.name)).join(', ');

/** What a section builder makes: the section but for its id and title. */
type SectionBody = Omit<Section, 'id' | 'title'>;

/** A section of entries in full, one after another, a blank line apart. */
const documentOf = (entries: Entry[], data: Section['data'], outro: Block[] = []): SectionBody => ({
	layout: 'document',
	gap: 1,
	intro: [],
	entries,
	outro,
	data,
});

/** The summary; the view adds the papers or jobs and the topics under it, so that its first screen shows the work. */
function researchSection(cv: Cv): SectionBody {
	return {
		layout: 'document',
		gap: 0,
		intro: prose(cv.research?.summary),
		...(cv.research && {overview: researchOverview(cv, cv.research)}),
		entries: [],
		outro: [],
		data: {all: {research: cv.research}, of: () => cv.research},
	};
}

function publicationsSection(cv: Cv): SectionBody {
	const publicationIndex = new Map(cv.publications.map((publication, index) => [publication.number, index]));
	return {
		layout: 'list',
		gap: 1,
		intro: [],
		entries: cv.publications.map((publication) => publicationEntry(cv, publication, publicationIndex)),
		outro: [],
		data: listData('publications', cv.publications),
	};
}

function awardsSection(cv: Cv): SectionBody {
	const footnoteText = new Map(cv.awards.footnotes.map((footnote) => [footnote.number, footnote.text]));
	const entries = cv.awards.list.map(
		(award): Entry => ({
			label: award.title,
			heading: {spans: [styled(award.title, 'title')]},
			blocks: [
				...optional(award.by ?? award.when, () =>
					joinParts([
						award.by && [styled(award.by + (award.footnote === undefined ? '' : footnoteMark(award.footnote)))],
						award.when && [kept(award.when, 'muted')],
					]),
				),
				...prose(award.summary),
			],
			links: [],
		}),
	);
	const footnotes = [...footnoteText].map(([number, text]) => ({
		lead: [styled(`${footnoteMark(number)} `, 'muted')],
		spans: [styled(text, 'muted')],
	}));
	const data: Section['data'] = {
		all: {awards: cv.awards},
		// The shape of the whole: the awards found, and the footnotes they cite.
		of: (indices) => {
			const list = indices.map((index) => cv.awards.list[index]);
			return {list, footnotes: cv.awards.footnotes.filter((note) => list.some((award) => award?.footnote === note.number))};
		},
	};
	return documentOf(entries, data, footnotes);
}

function talksSection(cv: Cv): SectionBody {
	const entries = cv.talks.map(
		(talk): Entry => ({
			label: talk.title,
			heading: {spans: [styled(`“${talk.title}”`, 'title')]},
			blocks: [
				...talk.venues.map((venue) => bullet([styled(venue.event), separator, kept(venue.when, 'muted')])),
				...(talk.link ? [{spans: linkSpans([talk.link])}] : []),
			],
			...(talk.link && {primaryLink: talk.link}),
			links: talk.link ? [talk.link] : [],
		}),
	);
	return documentOf(entries, listData('talks', cv.talks));
}

/** Whether a school's name already ends with its location ("University of Zurich, Zurich, Switzerland"). */
const saysLocation = ({school, location = ''}: Cv['education'][number]) => school.toLowerCase().endsWith(location.toLowerCase());

function educationSection(cv: Cv): SectionBody {
	const entries = cv.education.map((school) =>
		linked(
			{
				label: school.school,
				heading: {
					spans: [styled(school.school, 'title'), ...(school.location && !saysLocation(school) ? [styled(`, ${school.location}`)] : [])],
				},
				blocks: [
					...optional(school.when, (when) => [kept(when, 'muted')]),
					...optional(school.degree, (degree) => [styled(degree)]),
					...field('Thesis', school.thesis && `“${school.thesis}”`),
					...field('Advisor', school.advisor),
					...field(scoreName(school.gpa ?? ''), school.gpa),
					...school.notes.map((note) => bullet([styled(note)])),
				],
			},
			school.url,
		),
	);
	return documentOf(entries, listData('education', cv.education));
}

const skillName = (skill: Skill) => (typeof skill === 'string' ? skill : skill.name);

/** Whether the skills have a tab of their own: where any has a level or keywords, which one line would run together. */
const skillsTabbed = (cv: Cv) => cv.skills.some((skill) => typeof skill !== 'string' && (skill.level || skill.keywords?.length));

/** Languages and interests, a line each. */
const languagesAndInterests = (cv: Cv): Block[] => [
	...(cv.languages?.length
		? field('Languages', namesWith(cv.languages.map(({language, fluency}) => ({name: language, detail: fluency}))))
		: []),
	...(cv.interests?.length
		? field('Interests', namesWith(cv.interests.map(({name, keywords}) => ({name, detail: keywords?.join(', ')}))))
		: []),
];

/**
 * Jobs, then the skills, languages and interests, which Experience carries in its outro and its data, where the skills
 * have no tab of their own.
 */
function experienceSection(cv: Cv): SectionBody {
	const tabbed = skillsTabbed(cv);
	const outro = tabbed
		? []
		: [...(cv.skills.length > 0 ? field('Skills', cv.skills.map(skillName).join(', ')) : []), ...languagesAndInterests(cv)];
	const data: Section['data'] = {
		all: {experience: cv.experience, ...(!tabbed && {skills: cv.skills, languages: cv.languages, interests: cv.interests})},
		of: (indices) => indices.map((index) => cv.experience[index]),
	};
	return documentOf(cv.experience.map(jobEntry), data, outro);
}

/** Each skill on a line, as JSON Resume themes show them: "name: level — keywords"; then languages and interests. */
function skillsSection(cv: Cv): SectionBody {
	const tabbed = skillsTabbed(cv);
	const entries = (tabbed ? cv.skills : []).map((skill): Entry => {
		const {name, level, keywords} = typeof skill === 'string' ? {name: skill} : skill;
		return {
			label: name,
			heading: {
				spans: [
					styled(name, 'title'),
					...(level ? [styled(': '), styled(level, 'muted')] : []),
					...(keywords?.length ? [styled(' — '), styled(keywords.join(', '))] : []),
				],
				// Keywords that wrap go on under the skill, not at the left edge where a heading would stand.
				hanging: 2,
			},
			blocks: [],
			links: [],
		};
	});
	const outro = tabbed ? languagesAndInterests(cv) : [];
	const data: Section['data'] = {
		all: {skills: cv.skills, languages: cv.languages, interests: cv.interests},
		of: (indices) => indices.map((index) => cv.skills[index]),
	};
	return {...documentOf(entries, data, outro), gap: 0};
}

function volunteerSection(cv: Cv): SectionBody {
	return documentOf((cv.volunteer ?? []).map(jobEntry), listData('volunteer', cv.volunteer ?? []));
}

function projectsSection(cv: Cv): SectionBody {
	const entries = (cv.projects ?? []).map((project) =>
		linked(
			{
				label: project.name,
				heading: {spans: [styled(project.name, 'title')]},
				blocks: [
					...optional(project.when, (when) => [kept(when, 'muted')]),
					...optional(project.role, (role) => [styled(role)]),
					...prose(project.description),
					...(project.highlights ?? []).map((highlight) => bullet(markedText(highlight))),
					...field('Keywords', project.keywords?.join(', ')),
				],
			},
			project.url,
		),
	);
	return documentOf(entries, listData('projects', cv.projects ?? []));
}

function certificatesSection(cv: Cv): SectionBody {
	const entries = (cv.certificates ?? []).map((certificate) =>
		linked(
			{
				label: certificate.name,
				heading: {spans: [styled(certificate.name, 'title')]},
				blocks: optional(certificate.by ?? certificate.when, () =>
					joinParts([certificate.by && [styled(certificate.by)], certificate.when && [kept(certificate.when, 'muted')]]),
				),
			},
			certificate.url,
		),
	);
	return documentOf(entries, listData('certificates', cv.certificates ?? []));
}

/** One builder per section: a new tab is a builder here, its id and title in model.ts, and its data in the schema. */
const sectionBuilders: Record<SectionId, (cv: Cv) => SectionBody> = {
	research: researchSection,
	publications: publicationsSection,
	awards: awardsSection,
	talks: talksSection,
	education: educationSection,
	experience: experienceSection,
	skills: skillsSection,
	volunteer: volunteerSection,
	projects: projectsSection,
	certificates: certificatesSection,
};

/** A researcher's CV leads with the papers, the model's order; anyone else's with the work, as JSON Resume themes do. */
const workRank: Record<SectionId, number> = {
	research: 0,
	experience: 1,
	projects: 2,
	skills: 3,
	education: 4,
	certificates: 5,
	awards: 6,
	volunteer: 7,
	publications: 8,
	talks: 9,
};
const workFirst = [...sectionIds].sort((one, other) => workRank[one] - workRank[other]);

/** Whether the CV is a researcher's, by what it holds: at least as many papers and talks as jobs and projects. */
function leadsWithResearch(cv: Cv): boolean {
	const papers = cv.publications.length + cv.talks.length;
	return papers > 0 && papers >= cv.experience.length + (cv.projects?.length ?? 0);
}

export function buildSections(cv: Cv): Section[] {
	// A section the CV has nothing for (a CV read from JSON Resume may lack talks) gets no tab.
	return (leadsWithResearch(cv) ? sectionIds : workFirst)
		.map((id) => ({id, title: (id === 'research' && cv.research?.title) || sectionTitles[id], ...sectionBuilders[id](cv)}))
		.filter((section) => section.intro.length > 0 || section.entries.length > 0 || section.outro.length > 0);
}
