import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {stripEscapes, waitFor} from './helpers.js';

const running = new Set<{kill: () => void}>();

/** Ends every terminal still open, so that a failed test does not keep the runner waiting. */
export function killAll() {
	for (const terminal of running) terminal.kill();
	running.clear();
}

/** This process's environment less what marks a CI machine: a pseudo-terminal stands for a person's terminal. */
function personalEnvironment() {
	return Object.fromEntries(
		Object.entries(process.env).filter(([name]) => name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION' && !name.startsWith('CI_')),
	);
}

export const binPath = new URL('../bin/namukpark.js', import.meta.url).pathname;

/**
 * The built CLI run by a shell, which then reports how it ended and the terminal modes it was left with: what a
 * person's shell would find after it. The CLI's process id is the shell's child. The shell then waits for a line,
 * so that the terminal stays open until the test has read the report.
 */
export const underShell = [
	'sh',
	'-c',
	`"${process.execPath}" "${binPath}" "$@"; echo "[exit $?]"; stty -a | tr '\\n' ' '; echo; echo '[modes]'; read -r _`,
	'sh',
];

/** The process ids of a process's children (Linux). */
export function childPids(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

type TerminalOptions = {
	columns?: number;
	rows?: number;
	env?: Record<string, string>;
	/** The program and its first arguments, before `args`: this Node.js and the built CLI by default. */
	command?: string[];
};

/** Runs the built CLI in a real pseudo-terminal, as a person would. */
export function spawnInTerminal(
	args: string[] = [],
	{columns = 100, rows = 30, env = {}, command = [process.execPath, binPath]}: TerminalOptions = {},
) {
	const [program = '', ...programArgs] = command;
	const terminal = pty.spawn(program, [...programArgs, ...args], {
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: {...personalEnvironment(), TERM: 'xterm-256color', FORCE_HYPERLINK: '0', ...env} as Record<string, string>,
	});
	running.add(terminal);
	// What a terminal emulator makes of the output: the screen as a person sees it.
	const emulator = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	let output = '';
	let exit: {exitCode: number; signal?: number} | undefined;
	terminal.onData((data) => {
		output += data;
		emulator.write(data);
	});
	terminal.onExit((result) => {
		exit = result;
		running.delete(terminal);
	});
	/**
	 * The lines of the screen as the emulator shows them (the normal or the alternate screen), trailing spaces
	 * dropped; text in reverse video between the spaces that pad it (the active tab) reads as "[text]".
	 */
	const screenLines = () => {
		const buffer = emulator.buffer.active;
		return Array.from({length: emulator.rows}, (_, row) => {
			const line = buffer.getLine(buffer.viewportY + row);
			let text = '';
			let reverse = '';
			const flush = () => {
				const padded = reverse.length > 2 && reverse.startsWith(' ') && reverse.endsWith(' ');
				text += padded ? `[${reverse.slice(1, -1)}]` : reverse;
				reverse = '';
			};
			for (let column = 0; line && column < emulator.cols; column++) {
				const cell = line.getCell(column);
				if (cell === undefined || cell.getWidth() === 0) continue;
				const character = cell.getChars() || ' ';
				if (cell.isInverse()) {
					reverse += character;
				} else {
					flush();
					text += character;
				}
			}
			flush();
			return text.trimEnd();
		});
	};
	const screenText = () => screenLines().join('\n');
	return {
		terminal,
		output: () => output,
		/** Everything written since `from`, escape sequences removed. */
		text: (from = 0) => stripEscapes(output.slice(from)),
		/** Waits until the screen shows `text`. */
		async until(text: string, timeout = 10_000) {
			return waitFor(() => screenText().includes(text), `"${text}" on the screen:\n${screenText()}`, timeout);
		},
		/** Waits until the screen is `expected`, its lines joined by newlines, failing with the difference if it never is. */
		async untilScreen(expected: string, timeout = 10_000) {
			const deadline = Date.now() + timeout;
			for (;;) {
				const screen = screenText();
				if (screen === expected) return;
				if (Date.now() > deadline) assert.equal(screen, expected);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
		/** Types `keys` and waits for the screen to change and show `expect`. */
		async press(keys: string, expect: string) {
			const before = screenText();
			terminal.write(keys);
			await waitFor(
				() => {
					const now = screenText();
					return now !== before && now.includes(expect);
				},
				`"${expect}" after ${JSON.stringify(keys)}:\n${screenText()}`,
				10_000,
			);
		},
		/**
		 * Waits until the view reads keys: Ink turns bracketed paste on (again, after the first paint) right after it
		 * starts reading input. Keys written before may come in one read with the first paint's keys (Esc, then "[B").
		 */
		listening: () => waitFor(() => output.split('\u001B[?2004h').length > 2, 'the view to read keys', 10_000),
		exited: () => waitFor(() => exit, 'the program to exit', 10_000),
		resize(newColumns: number, newRows: number) {
			terminal.resize(newColumns, newRows);
			emulator.resize(newColumns, newRows);
		},
		/** Whether the emulator shows the alternate screen, once it has taken in everything written so far. */
		async onAlternateScreen(): Promise<boolean> {
			await new Promise<void>((resolve) => emulator.write('', resolve));
			return emulator.buffer.active.type === 'alternate';
		},
		/** The screen once the emulator has taken in everything written so far. */
		async screen(): Promise<string[]> {
			await new Promise<void>((resolve) => emulator.write('', resolve));
			return screenLines();
		},
	};
}
