import pty from '@lydell/node-pty';
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

type TerminalOptions = {
	columns?: number;
	rows?: number;
	env?: Record<string, string>;
	/** The Node.js binary and the script to run: this Node.js and the built CLI by default. */
	command?: [string, string];
};

/** Runs the built CLI in a real pseudo-terminal, as a person would. */
export function spawnInTerminal(
	args: string[] = [],
	{columns = 100, rows = 30, env = {}, command = [process.execPath, binPath]}: TerminalOptions = {},
) {
	const terminal = pty.spawn(command[0], [command[1], ...args], {
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: {...personalEnvironment(), TERM: 'xterm-256color', FORCE_HYPERLINK: '0', ...env} as Record<string, string>,
	});
	running.add(terminal);
	let output = '';
	let exit: {exitCode: number; signal?: number} | undefined;
	terminal.onData((data) => {
		output += data;
	});
	terminal.onExit((result) => {
		exit = result;
		running.delete(terminal);
	});
	return {
		terminal,
		output: () => output,
		/** Everything written since `from`, escape sequences removed. */
		text: (from = 0) => stripEscapes(output.slice(from)),
		async until(text: string, from = 0) {
			return waitFor(() => stripEscapes(output.slice(from)).includes(text), `"${text}" on the terminal`, 10_000);
		},
		/** Types `keys` and waits for `expect` to appear in what is drawn after. */
		async press(keys: string, expect: string) {
			const from = output.length;
			terminal.write(keys);
			await waitFor(() => stripEscapes(output.slice(from)).includes(expect), `"${expect}" after ${JSON.stringify(keys)}`, 10_000);
		},
		exited: () => waitFor(() => exit, 'the program to exit', 10_000),
	};
}
