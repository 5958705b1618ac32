import type {Cv, Publication} from './schema.js';

/** The person's role and affiliation on one line: "Visiting Researcher, NAVER AI Lab". */
export function roleText(person: Cv['person']): string {
	return [person.role, person.affiliation].filter(Boolean).join(', ');
}

/** Where and when a paper appeared, as far as the CV says: "ICLR 2022". */
export function venueAndYear(publication: Publication): string {
	return [publication.venue, publication.year].filter((part) => part !== undefined).join(' ');
}

/** Where and when a paper appeared, and its distinction: "ICLR 2022 Spotlight". */
export function distinction(publication: Publication): string {
	return [venueAndYear(publication), publication.badge].filter(Boolean).join(' ');
}
