import {render} from 'ink';
import {App, type AppProps} from './app.js';
import type {TerminalSession} from './session.js';

/** Runs the Ink view in a terminal session opened (and maybe painted) before it loaded, until the reader quits. */
export async function runInteractive(props: Omit<AppProps, 'session'>, session: TerminalSession): Promise<void> {
	session.clearIfResized();
	const instance = render(<App {...props} session={session} />, {
		// A terminal on both ends is a person reading, even where CI variables are set.
		interactive: true,
		// Ctrl+C is a key of the key table, like q.
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 60,
		// Only the lines that changed are written: about half the bytes of a key press (npm run bench), the same screens.
		incrementalRendering: true,
	});
	// Where a terminal keeps what lay beyond the edge of a narrower window (xterm.js, as in VS Code), widening it shows
	// that again: Ink clears the screen only when the window narrows, so the view clears it when it widens too.
	const {stdout} = process;
	let columns = stdout.columns;
	const clearWhenWider = () => {
		if (stdout.columns > columns) instance.clear();
		columns = stdout.columns;
	};
	stdout.prependListener('resize', clearWhenWider);
	try {
		await instance.waitUntilExit();
	} finally {
		stdout.off('resize', clearWhenWider);
		// The CLI gives the terminal back (session.restore) once this returns or throws.
		process.stdin.pause();
	}
}
