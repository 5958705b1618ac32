// The shapes the whole program shares: text as styled spans, and the CV as sections of entries of blocks of them.
import type {Link} from './cv/schema.js';

/**
 * What a run of text is, for the painter: the person's `name`, a `title`, `strong` and `emphasis` from the data,
 * `muted` asides, a `link`, a `badge` (a distinction, such as a Spotlight), the selection `mark`, the `active` tab,
 * and where a search `match`ed.
 */
export type Style = 'name' | 'title' | 'strong' | 'emphasis' | 'muted' | 'link' | 'badge' | 'mark' | 'active' | 'match';

/** A run of text with one style; `url` makes it a link. */
export type Span = {
	text: string;
	style?: Style;
	url?: string;
	/** Kept on one line where it fits, like a date. */
	keep?: boolean;
	/** Stands between two items (" · "): never left at the end of a line or put at the start of one. */
	separator?: boolean;
};

/** One screen line, already fitted to its width. */
export type Line = Span[];

/**
 * A paragraph: spans wrapped to the width, after an optional lead ("• ", "Thesis: ") that later lines indent under;
 * where it has no lead, `hanging` indents its later lines by that many columns. A `reference` names another entry
 * ("See also"): it is not this entry's own text, which searching reads.
 */
export type Block = {spans: Span[]; lead?: Span[]; reference?: true; hanging?: number};

/** One selectable item of a section: a paper, an award, a talk… */
export type Entry = {
	/** One line naming the entry in a list. */
	label: string;
	heading: Block;
	blocks: Block[];
	/** What `o` opens and `y` copies: the first of `links`. */
	primaryLink?: Link;
	/** Every link of the entry, which searching reads too. */
	links: Link[];
	/** A paper's citation key, which searching and --bibtex know it by. */
	key?: string;
	/** A paper's BibTeX entry, which `b` copies: made when read, so ask `citable` whether there is one. */
	bibtex?: string;
	/** Index of another entry of the same section that this one refers to ("See also"). */
	seeAlso?: number;
};

export type SectionId =
	| 'research'
	| 'publications'
	| 'awards'
	| 'talks'
	| 'education'
	| 'experience'
	| 'skills'
	| 'volunteer'
	| 'projects'
	| 'certificates';

/** A section as both the interactive tab and the plain text read it. */
export type Section = {
	id: SectionId;
	title: string;
	intro: Block[];
	entries: Entry[];
	outro: Block[];
	/** `list`: a list of entries with the selected one in full below it; `document`: every entry in full. */
	layout: 'document' | 'list';
	/** Blank lines between entries. */
	gap: 0 | 1;
	/**
	 * What the tab shows after the intro and plain text leaves to the other sections: entries the reader acts on as on
	 * any tab's (Research's papers, which are the Publications tab's), then blocks (the topics). Not the section's own
	 * text, which searching reads.
	 */
	overview?: {entries: Entry[]; after: Block[]};
	/** The CV data the section is made from, as --json prints it: all of it, and what the entries at `indices` were made from. */
	data: {all: Record<string, unknown>; of: (indices: readonly number[]) => unknown};
};

/** Whether an entry has a BibTeX entry, without making it (a getter that costs some 5 ms of the first frame). */
export const citable = (entry: Entry | undefined): boolean => entry !== undefined && 'bibtex' in entry;

/** The entries a tab shows, to select and act on: its own, or where it has none, those of its overview. */
export function shownEntries(section: Section | undefined): Entry[] {
	if (section === undefined) return [];
	return section.entries.length > 0 ? section.entries : (section.overview?.entries ?? []);
}

export const sectionTitles: Record<SectionId, string> = {
	research: 'Research',
	publications: 'Publications',
	awards: 'Awards',
	talks: 'Talks',
	education: 'Education',
	experience: 'Experience',
	skills: 'Skills',
	volunteer: 'Volunteering',
	projects: 'Projects',
	certificates: 'Certificates',
};

export const sectionIds = Object.keys(sectionTitles) as SectionId[];

/** Shorter names for a tab bar too narrow for the titles. */
export const shortSectionTitles: Partial<Record<SectionId, string>> = {
	publications: 'Papers',
	education: 'Study',
	experience: 'Work',
	volunteer: 'Volunteer',
	certificates: 'Certs',
};

/** The lines that open the CV: who, what now, what stands out, and how to reach them. */
export type Header = {
	/** The name as the data spells it, for the big letters. */
	name: string;
	title: Block;
	role: Block;
	/** When the CV was last updated, which dates the role; a CV may not say. */
	updated?: Block;
	/** What the person works on: the research topics, as the CV words them, for the quiet line under the name. */
	topics: string[];
	/**
	 * What stands out, each kept whole: the distinctions of the papers with a badge ("ICLR 2022 Spotlight"), in CV
	 * order, then the first award that is not one of those badges. The titles are left to the list below.
	 */
	highlights: Block[];
	/** The contacts as clickable labels on one line, where the terminal shows hyperlinks. */
	contactLabels: Block;
	/** The contacts one per line with their kind, the address or URL in full, where it does not. */
	contactFields: Block[];
	/** What loading the file adjusted or left out, each with how to fix it: the help shows them, the tab the viewer opens on says so. */
	notes?: Block[];
	/** Whether loading the file adjusted or left out a value (not merely a field it cannot show): then the view says so. */
	adjustedOnLoad?: true;
	/** The tab the viewer opens on (the first where not given): it says there are notes, and shows what the header had no room for. */
	openingTab?: number;
};
