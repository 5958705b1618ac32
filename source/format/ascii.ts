import {forEachCluster} from './text.js';

/** ASCII stand-ins for the characters the view and the CV use most, each as wide as what it stands for. */
const standIns: Record<string, string> = {
	'–': '-',
	'—': '-',
	'‒': '-',
	'―': '-',
	'−': '-',
	'“': '"',
	'”': '"',
	'„': '"',
	'‘': "'",
	'’': "'",
	'‚': "'",
	'…': '~',
	'·': '-',
	'•': '*',
	'★': '*',
	'☆': '*',
	'›': '>',
	'‹': '<',
	'→': '>',
	'←': '<',
	'↑': '^',
	'↓': 'v',
	'▲': '^',
	'▼': 'v',
	'┃': '#',
	'│': '|',
	'─': '-',
	'━': '-',
	'╭': '+',
	'╰': '+',
	'×': 'x',
	'\u00A0': ' ',
	'⁰': '0',
	'¹': '1',
	'²': '2',
	'³': '3',
	'⁴': '4',
	'⁵': '5',
	'⁶': '6',
	'⁷': '7',
	'⁸': '8',
	'⁹': '9',
};

/**
 * Text for a terminal that does not speak UTF-8 (LANG=C, ISO-8859-1), where other bytes turn into mojibake or
 * control characters: each character becomes ASCII of the same width, so that every layout still fits. Accents
 * are dropped (é → e), and what has no stand-in becomes "?".
 */
export function asciiStandIn(text: string): string {
	if (/^[\x20-\x7E\n]*$/.test(text)) return text;
	if (text.includes('\n')) return text.split('\n').map(asciiStandIn).join('\n');
	let result = '';
	forEachCluster(text, (cluster, width) => {
		if (width === 0) return;
		const known = standIns[cluster];
		if (known !== undefined) {
			result += known;
			return;
		}
		const base = cluster.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
		result += /^[\x20-\x7E]$/.test(base) ? base : '?'.repeat(width);
	});
	return result;
}

/** Whether the locale's character set is UTF-8; where none is set, the terminal's is taken to be. */
export function isUtf8Locale(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
	return platform === 'win32' || locale === '' || /utf-?8/i.test(locale);
}

/** JSON that says the same in ASCII: every other character as a \u escape. */
export function asciiJson(json: string): string {
	return json.replace(/[^\x00-\x7E]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
