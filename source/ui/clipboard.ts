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
	if (innermostMultiplexer(env)) return 'unknown';
	const known =
		env.KITTY_WINDOW_ID !== undefined ||
		env.WT_SESSION !== undefined ||
		env.ALACRITTY_WINDOW_ID !== undefined ||
		['WezTerm', 'iTerm.app', 'ghostty'].includes(program) ||
		/^(xterm-kitty|xterm-ghostty|alacritty|foot)/.test(term);
	return known ? 'yes' : 'unknown';
}

/** The multiplexer the program runs in directly, whose wrapping an OSC 52 needs: tmux, GNU screen, or none. */
function innermostMultiplexer(env: NodeJS.ProcessEnv = process.env): 'tmux' | 'screen' | undefined {
	const term = env.TERM ?? '';
	// Each passes TMUX or STY on to the other; TERM is the inner one's: screen sets screen or screen.<outer>, tmux its
	// default-terminal (tmux-256color, or screen where that is missing). Unless it says tmux, screen's wrapping, which
	// tmux swallows unpainted, not tmux's, which screen paints.
	if (env.TMUX && env.STY) return term.startsWith('tmux') ? 'tmux' : 'screen';
	if (env.TMUX) return 'tmux';
	if (env.STY || term.startsWith('screen')) return 'screen';
	return undefined;
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
	const multiplexer = innermostMultiplexer(env);
	if (multiplexer === 'tmux') return `${sequence}\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	if (multiplexer === 'screen') {
		const pieces = `\u001B]52;c;${payload}`.match(new RegExp(`.{1,${screenChunk}}`, 'gs')) ?? [];
		return `${pieces.map((piece) => `\u001BP${piece}\u001B\\`).join('')}\u001BP\u0007\u001B\\`;
	}
	return sequence;
}
