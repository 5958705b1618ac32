const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const cursorHome = '\u001B[H';
const clearScreen = '\u001B[2J\u001B[H';

export type TerminalSession = {
	/** Draws a whole frame from the top left corner, before the Ink view has loaded to take over. */
	paint: (frame: string) => void;
	/** Clears what `paint` drew if the window has changed size since: Ink's first frame would not cover it all. */
	clearIfResized: () => void;
	/** Called first when a signal ends the session (the Ink view unmounts). */
	onSignal: (handler: () => void) => void;
	/** Gives the terminal back; safe to call more than once. */
	restore: () => void;
};

/**
 * Takes the terminal for the viewer: a screen of its own, raw input (so typed keys neither echo nor wait for Enter,
 * and Ctrl+C is a key), no cursor. Whatever ends the process (q, Ctrl+C, SIGINT, SIGTERM, SIGHUP, a crash) gives
 * the terminal back as it was.
 */
export function openTerminalSession(): TerminalSession {
	const {stdin, stdout} = process;
	let restored = false;
	let signalHandler = () => {};
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen + showCursor);
	};
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen + hideCursor);
	process.on('exit', restore);
	const signals = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1} as const;
	for (const [signal, number] of Object.entries(signals)) {
		process.once(signal, () => {
			signalHandler();
			restore();
			process.exit(128 + number);
		});
	}
	let paintedSize = '';
	const size = () => `${stdout.columns}x${stdout.rows}`;
	return {
		paint: (frame) => {
			paintedSize = size();
			stdout.write(frame + cursorHome);
		},
		clearIfResized: () => {
			if (paintedSize !== '' && paintedSize !== size()) stdout.write(clearScreen);
		},
		onSignal: (handler) => {
			signalHandler = handler;
		},
		restore,
	};
}
