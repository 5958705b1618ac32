import {render} from 'ink';
import {App, type AppProps} from './app.js';
import type {TerminalSession} from './session.js';

/** Runs the Ink view in a terminal session opened (and maybe painted) before it loaded, until the reader quits. */
export async function runInteractive(props: AppProps, session: TerminalSession): Promise<void> {
	session.clearIfResized();
	const instance = render(<App {...props} />, {exitOnCtrlC: true, patchConsole: false, maxFps: 60});
	session.onSignal(() => instance.unmount());
	try {
		await instance.waitUntilExit();
	} finally {
		// The CLI gives the terminal back (session.restore) once this returns or throws.
		process.stdin.pause();
	}
}
