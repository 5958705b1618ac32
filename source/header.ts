import {distinction, roleText} from './cv/phrases.js';
import type {Cv} from './cv/schema.js';
import {linkSpans} from './entry-parts.js';
import {joinParts, mailAddress, parseMarkup, spansText, styled} from './format/text.js';
import type {Header} from './model.js';

/** What the header shows of a CV: the name, role and topics, what stands out, the contacts, the date it was updated. */
export function headerBlocks(cv: Cv): Header {
	const {person} = cv;
	const width = Math.max(0, ...person.contacts.map((contact) => contact.kind.length)) + 2;
	const badged = cv.publications.filter((publication) => publication.badge !== undefined);
	const badges = new Set(badged.map((publication) => publication.badge));
	const topAward = cv.awards.list.find((award) => !badges.has(award.title));
	const star = styled('★ ', 'badge');
	return {
		name: person.name,
		title: {spans: [styled(person.name, 'name')]},
		role: {spans: roleText(person) ? [styled(roleText(person))] : []},
		...(cv.updated && {updated: {spans: [styled(`Updated ${cv.updated}`, 'muted')]}}),
		// "(i) ensemble method" is "ensemble method" on a line of topics.
		topics: (cv.research?.topics ?? []).map((topic) => spansText(parseMarkup(topic)).replace(/^\((?:[ivxlc]+|\d+|[a-z])\)\s+/, '')),
		highlights: [
			// The star is part of the link: a styled neighbour with another link would share its attributes (paint.ts).
			...badged.map((publication) => ({
				spans: [
					publication.arxiv
						? {text: `★ ${distinction(publication)}`, url: publication.arxiv, style: 'badge' as const}
						: styled(`★ ${distinction(publication)}`, 'badge'),
				],
			})),
			...(topAward
				? [
						{
							lead: [star],
							spans: joinParts([
								[styled(topAward.title, 'badge')],
								topAward.by && [styled(topAward.by)],
								topAward.when && [styled(topAward.when, 'muted')],
							]),
						},
					]
				: []),
		],
		contactLabels: {spans: linkSpans(person.contacts)},
		contactFields: person.contacts.map((contact) => ({
			lead: [styled(`${contact.kind}:`.padEnd(width), 'muted')],
			spans: [contact.url === undefined ? styled(contact.label) : {text: contactText(contact.url), url: contact.url, style: 'link'}],
		})),
	};
}

/** A contact's link as text: an email address, any other link in full. */
function contactText(url: string): string {
	return mailAddress(url) ?? url;
}
