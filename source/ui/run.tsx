import {render} from 'ink';
import terminalLink from 'terminal-link';
import {App, type AppProps} from './app.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** Runs the interactive view on its own screen; whatever ends it (q, Ctrl+C, a signal, a crash) gives the terminal back as it was. */
export async function runInteractive({hyperlinks, ...props}: AppProps & {hyperlinks: boolean}): Promise<void> {
	const {stdin, stdout} = process;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen + showCursor);
	};
	// Raw mode before the first frame: from the moment the CV shows, Ctrl+C is a key press that quits cleanly.
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen);
	process.on('exit', restore);
	// terminal-link knows whether this terminal shows hyperlinks (FORCE_HYPERLINK=0 says no); --no-links says no too.
	const link =
		hyperlinks && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url, {fallback: false}) : undefined;
	const painter = link ? {...props.painter, link} : props.painter;
	const instance = render(<App {...props} painter={painter} />, {
		exitOnCtrlC: true,
		patchConsole: false,
	});
	const signals = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1} as const;
	for (const [signal, number] of Object.entries(signals)) {
		process.once(signal, () => {
			instance.unmount();
			restore();
			process.exit(128 + number);
		});
	}
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		stdin.pause();
	}
}
