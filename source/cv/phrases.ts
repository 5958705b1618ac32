import type {Cv, Publication} from './schema.js';

/** The person's role and affiliation on one line: "Visiting Researcher, NAVER AI Lab". */
export function roleText(person: Cv['person']): string {
	return [person.role, person.affiliation].filter(Boolean).join(', ');
}

/**
 * Where and when a paper appeared, as far as the CV says: "ICLR 2022", "USENIX ATC 2023" where the venue names the
 * year, and "Journal of Sleep Research, submitted" for one with no year yet.
 */
export function venueAndYear({venue, year, status}: Publication): string {
	const named = year !== undefined && venue?.match(/\d+/g)?.includes(String(year));
	const venueYear = [venue, named ? undefined : year].filter((part) => part !== undefined).join(' ');
	return [venueYear, status].filter(Boolean).join(', ');
}

/** What a score of a school is called: a GPA where it reads as one ("3.9/4.0", "8.7 / 10"), else a score ("Distinction"). */
export function scoreName(score: string): 'GPA' | 'Score' {
	const [, grade, scale] = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/.exec(score) ?? [];
	return grade !== undefined && Number(grade) <= Number(scale ?? 5) && Number(scale ?? 5) <= 10 ? 'GPA' : 'Score';
}

/** Where and when a paper appeared, and its distinction: "ICLR 2022 Spotlight". */
export function distinction(publication: Publication): string {
	return [venueAndYear(publication), publication.badge].filter(Boolean).join(' ');
}
