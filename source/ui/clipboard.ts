/** Whether a copy sent with OSC 52 reaches the clipboard: known to, known not to, or up to the terminal's settings. */
export type ClipboardReach = 'yes' | 'unknown' | 'no';

/**
 * What this terminal does with OSC 52, by what it says of itself: kitty, WezTerm, iTerm2, Ghostty, Alacritty, foot
 * and Windows Terminal take it; Apple's Terminal and VTE-based terminals (GNOME Terminal, Tilix) do not; xterm,
 * tmux and screen take it or not as they are set up.
 */
export function clipboardReach(env: NodeJS.ProcessEnv = process.env): ClipboardReach {
	const term = env.TERM ?? '';
	const program = env.TERM_PROGRAM ?? '';
	if (program === 'Apple_Terminal' || env.VTE_VERSION) return 'no';
	if (env.TMUX || env.STY || term.startsWith('screen')) return 'unknown';
	const known =
		env.KITTY_WINDOW_ID !== undefined ||
		env.WT_SESSION !== undefined ||
		env.ALACRITTY_WINDOW_ID !== undefined ||
		['WezTerm', 'iTerm.app', 'ghostty'].includes(program) ||
		/^(xterm-kitty|xterm-ghostty|alacritty|foot)/.test(term);
	return known ? 'yes' : 'unknown';
}

/** Base64 pieces of this length fit GNU screen's limit on the strings it passes through. */
const screenChunk = 76;

/**
 * The escape sequence that puts `text` on the clipboard (OSC 52), which works over SSH too. Inside tmux it goes
 * both to tmux (which keeps it with `set-clipboard`) and, wrapped, through to the terminal outside; inside GNU screen
 * it is wrapped in pieces screen passes through.
 */
export function osc52(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const payload = Buffer.from(text, 'utf8').toString('base64');
	const sequence = `\u001B]52;c;${payload}\u0007`;
	if (env.TMUX) return `${sequence}\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	if (env.STY || (env.TERM ?? '').startsWith('screen')) {
		const pieces = `\u001B]52;c;${payload}`.match(new RegExp(`.{1,${screenChunk}}`, 'gs')) ?? [];
		return `${pieces.map((piece) => `\u001BP${piece}\u001B\\`).join('')}\u001BP\u0007\u001B\\`;
	}
	return sequence;
}
