// Terminal escape sequences (CSI, OSC, DCS and the rest), then any control character that is left: C0, DEL, C1,
// plus the bidirectional overrides that can make text read differently from what it is.
const escapeSequence =
	/\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|[PX^_][^\u001B\u009C]*(?:\u001B\\|\u009C)?|[ -/]*[0-~]?)|\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u009D\u009E\u009F][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?/g;
const whitespaceControl = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const otherControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const anyControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Makes a string from a data file safe to print: no escape sequence or control character survives. */
export function sanitizeText(value: string, keepLineBreaks = false): string {
	if (!anyControl.test(value)) return value;
	if (keepLineBreaks)
		return value
			.split(/\r?\n/)
			.map((line) => sanitizeText(line))
			.join('\n');
	return value.replace(escapeSequence, '').replace(whitespaceControl, ' ').replace(otherControl, '');
}

/**
 * Cleans every string (and key) of freshly parsed JSON, which it may change in place, so nothing from the file can
 * drive the terminal; line breaks in strings stay where `keepLineBreaks` says so.
 */
export function sanitizeJson(value: unknown, keepLineBreaks = false): unknown {
	if (typeof value === 'string') {
		return sanitizeText(value, keepLineBreaks);
	}
	if (Array.isArray(value)) {
		return value.map((item) => sanitizeJson(item, keepLineBreaks));
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value);
		if (entries.every(([key]) => sanitizeText(key) === key)) {
			// The common case: clean keys. Clean the values in place rather than copy the whole tree.
			const record = value as Record<string, unknown>;
			for (const [key, item] of entries) record[key] = sanitizeJson(item, keepLineBreaks);
			return record;
		}
		return Object.fromEntries(entries.map(([key, item]) => [sanitizeText(key), sanitizeJson(item, keepLineBreaks)]));
	}
	return value;
}

/** The longest a value from the command line is shown in a message. */
const echoLength = 60;

/**
 * A value from the command line as a message shows it: cleaned like data, and cut short where it is long, at its
 * end, or for a path at its start, so that the file name stays.
 */
export function echo(value: string, keep: 'start' | 'end' = 'start'): string {
	const clean = sanitizeText(value);
	const characters = [...clean];
	if (characters.length <= echoLength) return clean;
	return keep === 'start' ? `${characters.slice(0, echoLength - 1).join('')}…` : `…${characters.slice(1 - echoLength).join('')}`;
}

/** A value from a file as a message quotes it: cleaned, shortened, in double quotes. */
export const quoted = (value: string) => JSON.stringify(echo(value));
