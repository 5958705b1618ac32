// Dates both ways between JSON Resume's ISO dates ("2011-03") and the CV's ("Mar 2011", "Mar 2011 – Feb 2022").
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const rangeSeparator = ' – ';
const present = 'Present';
export const isoPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** "Mar 2011" as "2011-03", "2022" as "2022"; undefined for anything else. */
function isoMonth(shown: string): string | undefined {
	const match = /^(?:([A-Z][a-z]{2}) )?(\d{4})$/.exec(shown);
	if (!match?.[2]) return undefined;
	if (match[1] === undefined) return match[2];
	const month = months.indexOf(match[1]);
	return month < 0 ? undefined : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** "2011-03" and "2011-03-01" as "Mar 2011", "2011" as "2011": dates as the CV shows them; any other text as written. */
export function shownMonth(date: string): string {
	const [, year, month] = isoPattern.exec(date) ?? [];
	if (year === undefined) return date;
	return month === undefined ? year : `${months[Number(month) - 1]} ${year}`;
}

/** A start and an end as the CV shows them: one date, a range, or a range to "Present" where there is no end. */
export function shownRange(start: string | undefined, end: string | undefined): string | undefined {
	if (start === undefined) return end === undefined ? undefined : shownMonth(end);
	// A start that is not a date ("2023-2028") is shown as written, not as the start of a range to now.
	if (end === undefined) return isoPattern.test(start) ? `${shownMonth(start)}${rangeSeparator}${present}` : start;
	return shownMonth(start) === shownMonth(end) ? shownMonth(start) : `${shownMonth(start)}${rangeSeparator}${shownMonth(end)}`;
}

/** "Mar 2011 – Feb 2022" as its dates, and the text itself where they do not read back as it. */
export function isoRange(when: string | undefined): {startDate?: string; endDate?: string; when?: string} {
	if (when === undefined) return {};
	const [start = '', end = start, ...rest] = when.split(rangeSeparator);
	const startDate = isoMonth(start);
	const endDate = end === present ? undefined : isoMonth(end);
	const dates = {...(startDate && {startDate}), ...(endDate && {endDate})};
	return rest.length === 0 && startDate && shownRange(startDate, endDate) === when ? dates : {...dates, when};
}

/** "July 1, 2022" as "2022-07-01"; undefined for anything else. */
export function isoDay(shown: string): string | undefined {
	const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(shown);
	const month = monthNames.indexOf(match?.[1] ?? '');
	if (!match || month < 0) return undefined;
	const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]?.padStart(2, '0')}`;
	return isoPattern.test(iso) ? iso : undefined;
}

/** "2022-07-01" as "July 1, 2022" (and "2022-07" as "July 2022"); the date part of a date and time will do. */
export function shownDay(iso: string): string | undefined {
	const [, year, month, day] = isoPattern.exec(iso.split(/[T ]/)[0] ?? '') ?? [];
	if (year === undefined) return undefined;
	const name = month === undefined ? undefined : monthNames[Number(month) - 1];
	if (name === undefined) return year;
	return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}
