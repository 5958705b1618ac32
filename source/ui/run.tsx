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
	try {
		await instance.waitUntilExit();
	} finally {
		// The CLI gives the terminal back (session.restore) once this returns or throws.
		process.stdin.pause();
	}
}
