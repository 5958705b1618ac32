import {readFileSync} from 'node:fs';
import {sanitizeText} from '../cv/sanitize.js';

// Cleared too: a terminal without an alternate screen (tmux with alternate-screen off) keeps what was printed before.
const enterAlternateScreen = '\u001B[?1049h\u001B[H\u001B[J';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const bracketedPasteOn = '\u001B[?2004h';
const bracketedPasteOff = '\u001B[?2004l';
const cursorHome = '\u001B[H';
/** Saves the window title on the terminal's title stack, and takes it back (xterm's window operations 22 and 23). */
const pushTitle = '\u001B[22;0t';
const popTitle = '\u001B[23;0t';
/**
 * Off, what a program lent the terminal may leave on: mouse reports (1000, 1002, 1003, 1006, 1015), the kitty
 * keyboard protocol (a pop of its stack), application cursor keys, keypad mode, and its alternate screen (1047, which
 * leaves it without moving the cursor, unlike 1049, and does nothing on the normal screen: so after the view's own).
 */
const programModesOff = '\u001B[?1000l\u001B[?1002l\u001B[?1003l\u001B[?1006l\u001B[?1015l\u001B[<u\u001B[?1l\u001B>\u001B[?1047l';

/**
 * Whether the terminal is known to keep a stack of window titles, so that the one it had comes back at exit: xterm
 * itself, VTE (GNOME Terminal, Tilix…), kitty, foot, Alacritty, WezTerm and iTerm2. Not inside tmux or screen,
 * whose own title would stay changed, and not anywhere else: a title that outlives the program is worse than none.
 */
export function keepsTitleStack(env: NodeJS.ProcessEnv): boolean {
	if (env.TMUX || env.STY || /^(screen|tmux)/.test(env.TERM ?? '')) return false;
	if (env.TERM_PROGRAM === 'iTerm.app' || env.TERM_PROGRAM === 'WezTerm') return true;
	if (/^(xterm-kitty|foot|alacritty|wezterm)/.test(env.TERM ?? '')) return true;
	return Boolean(env.VTE_VERSION || env.XTERM_VERSION) && (env.TERM ?? '').startsWith('xterm');
}

/** OSC 2: the window title, cleaned as the data is, so that no control character ends the sequence early. */
const setTitle = (title: string) => `\u001B]2;${sanitizeText(title)}\u0007`;
const clearScreen = '\u001B[2J\u001B[H';

/**
 * Whether this process is in the terminal's foreground process group, where it may set the terminal's modes without
 * being stopped (SIGTTOU): on Linux, fields 5 (pgrp) and 8 (tpgid) of /proc/self/stat; elsewhere assumed so.
 */
function inForeground(): boolean {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		// After the command's name in parentheses, which may hold spaces: state, ppid, pgrp, session, tty_nr, tpgid.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return fields[2] === fields[5];
	} catch {
		return true;
	}
}

export type TerminalSession = {
	/** Draws a whole frame from the top left corner, before the Ink view has loaded to take over. */
	paint: (frame: string) => void;
	/** Clears what `paint` drew if the window has changed size since: Ink's first frame would not cover it all. */
	clearIfResized: () => void;
	/**
	 * Gives the terminal back to the shell and stops the process, as Ctrl+Z does; takes it again once continued in the
	 * terminal's foreground (`fg`), not in the background (`bg`, or the SIGCONT that `kill %1` sends after its SIGTERM).
	 */
	stop: () => Promise<void>;
	/**
	 * Lends the terminal to a program in the foreground (a terminal browser) while `run` runs: the normal screen,
	 * cooked input that this process does not read, Ctrl+C for that program, and a stop (Ctrl+Z) stops both, as a
	 * shell stops a job; a signal that ends this process ends that program first (ui/browser.ts). Modes it leaves on
	 * are turned off when the terminal comes back.
	 */
	lend: <T>(run: () => Promise<T>) => Promise<T>;
	/** Stops reading the terminal, its input cooked again, before `lend`: what is typed from then on is the program's. */
	release: () => Promise<void>;
	/** Who answers a SIGTSTP (a stop asked for from outside): the view, once it runs; until then, `stop` and a repaint. */
	onStopRequest: (handler: () => void) => void;
	/** Writes `text` on the normal screen once the terminal has been given back (the card left after quitting). */
	leaveBehind: (text: string) => void;
	/** Gives the terminal back; safe to call more than once. */
	restore: () => void;
};

/**
 * Takes the terminal for the viewer: a screen of its own, raw input (so typed keys neither echo nor wait for Enter,
 * and Ctrl+C is a key), bracketed paste, no cursor. Whatever ends the process gives the terminal back as it was: q,
 * Ctrl+C, a crash, and every signal that ends a process (through signal-exit, the one exit path Ink uses too).
 * Node's warnings, which would land inside the view, are held back and written after it. `title` names the window
 * meanwhile, where the terminal is known to restore its own title after.
 */
export async function openTerminalSession(title?: string): Promise<TerminalSession> {
	// Loaded here: printing plain text has no terminal to give back.
	const {default: onExit} = await import('signal-exit');
	const {stdin, stdout, stderr} = process;
	let restored = false;
	let farewell = '';
	const warnings: string[] = [];
	const printers = process.listeners('warning');
	const holdWarning = (warning: Error) => {
		warnings.push(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
	};
	// The window title names the CV while it is shown, where the terminal gives the old one back afterwards.
	const titled = title !== undefined && keepsTitleStack(process.env);
	// Whether the view's own screen is shown: leaving a screen one is not on would move the cursor over the shell's lines.
	let onOwnScreen = false;
	const enter = () => {
		if (stdin.isTTY) stdin.setRawMode(true);
		onOwnScreen = true;
		stdout.write(enterAlternateScreen + hideCursor + bracketedPasteOn + (titled ? pushTitle + setTitle(title) : ''));
	};
	// The cursor shown last, after every mode is off, as less and vim leave it.
	const leave = () => {
		if (stdin.isTTY) stdin.setRawMode(false);
		const ownScreenOff = onOwnScreen ? leaveAlternateScreen + (titled ? popTitle : '') : '';
		onOwnScreen = false;
		stdout.write(bracketedPasteOff + ownScreenOff + programModesOff + showCursor);
	};
	// Set while stopped, and while continued in the background: the terminal is the shell's, and its modes are as this
	// process left them, so an ending signal ends the process without touching it (a tcsetattr would stop it: SIGTTOU).
	let suspended = false;
	let backInForeground = () => {};
	let continued: Promise<void> = Promise.resolve();
	// What was stopped: the process group (0), or this process alone.
	let stopped = 0;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (!suspended) leave();
		if (farewell !== '') stdout.write(farewell);
		process.off('warning', holdWarning);
		for (const printer of printers) process.on('warning', printer);
		for (const warning of warnings) stderr.write(warning);
	};
	// Before the terminal is taken, so that no signal finds it taken and no one to give it back; last among the exit
	// handlers, so that Ink's has drawn its final frame on the alternate screen before that screen is left.
	onExit(restore, {alwaysLast: true});
	// A read that fails (EIO) means the terminal is no longer this process's, as when the npx above it was ended from
	// outside and the shell took the terminal back: end as on a hang-up, which gives the terminal back.
	stdin.on('error', () => process.kill(process.pid, 'SIGHUP'));
	process.removeAllListeners('warning');
	process.on('warning', holdWarning);
	enter();
	let paintedFrame = '';
	let paintedSize = '';
	const size = () => `${stdout.columns}x${stdout.rows}`;
	const paint = (frame: string) => {
		paintedFrame = frame;
		paintedSize = size();
		stdout.write(frame + cursorHome);
	};
	/** Stops `target` (0: the whole process group), and resolves once continued in the terminal's foreground. */
	const suspend = (target: number) => {
		suspended = true;
		stopped = target;
		process.kill(target, 'SIGSTOP');
		if (inForeground()) {
			suspended = false;
			return Promise.resolve();
		}
		// Nothing else may hold the process open meanwhile: the view reads no input while it is stopped.
		const keepAlive = setInterval(() => {}, 60_000);
		continued = new Promise<void>((resolve) => {
			backInForeground = () => {
				clearInterval(keepAlive);
				suspended = false;
				resolve();
			};
		});
		return continued;
	};
	// Continued in the background (`bg`), the process stops again, as a full-screen program does, until `fg` continues
	// it in the foreground (the shell gives the terminal first). A moment later: an ending signal sent with the SIGCONT
	// (`kill %1`) is handled first, and ends the process.
	process.on('SIGCONT', () => {
		if (!suspended) return;
		setTimeout(() => {
			if (suspended && !inForeground()) process.kill(stopped, 'SIGSTOP');
			if (suspended && inForeground()) backInForeground();
		}, 100);
	});
	const stop = async () => {
		leave();
		// The whole process group stops, as with Ctrl+Z outside raw mode: under npx, the npm and the shell above this
		// process are in the job too, and the shell takes the terminal back only once they stop. SIGSTOP, not SIGTSTP:
		// the process's own SIGTSTP handler is what brought it here.
		await suspend(0);
		enter();
	};
	let stopRequest = () => {
		void stop().then(() => paint(paintedFrame));
	};
	let lent = false;
	// While lent, the terminal is the other program's to give back: this process only stops with it.
	process.on('SIGTSTP', () => (lent ? void suspend(process.pid) : stopRequest()));
	const keepRunning = () => {};
	const release = async () => {
		lent = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		// Ink stops listening on this tick, which leaves stdin neither paused nor flowing until Node takes that in on the
		// next tick; pausing it after that tick (and before any more is read) stops the reading, so every key typed is
		// the program's. Once the ticks are done, the promise's callback runs, even where Ink stops after this call.
		await new Promise((resolve) => process.nextTick(resolve));
		stdin.pause();
	};
	const lend = async <T>(run: () => Promise<T>): Promise<T> => {
		leave();
		process.on('SIGINT', keepRunning);
		await release();
		try {
			return await run();
		} finally {
			// The Ctrl+C that ended the program reached this process too, and may be read after the program's exit.
			setTimeout(() => process.off('SIGINT', keepRunning), 250).unref();
			lent = false;
			// Stopped with the program and continued in the background, the terminal is not this process's to take yet.
			await continued;
			// On the normal screen, where the program left them: the kitty protocol keeps a stack for each screen.
			stdout.write(programModesOff);
			enter();
		}
	};
	return {
		paint,
		clearIfResized: () => {
			if (paintedSize !== '' && paintedSize !== size()) stdout.write(clearScreen);
		},
		stop,
		release,
		lend,
		onStopRequest: (handler) => {
			stopRequest = handler;
		},
		leaveBehind: (text) => {
			farewell = text;
		},
		restore,
	};
}
