import type {ChildProcess} from 'node:child_process';

/** The signals that end a process from outside (kill, a closed terminal, Ctrl+\ of a cooked program), bar Ctrl+C. */
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
/** How long a program has to end on its own, putting the terminal back as it found it, before it is killed. */
const graceTime = 1000;

/**
 * Waits for a program lent the terminal (a terminal browser) to exit, tied to this process: a signal that would end
 * this process goes to the program first, and once the program has ended (killed if it is still there after
 * `graceTime`), this process ends by that signal, so that no program is left behind writing over the shell's prompt.
 * Resolves with the exit code when the program exits of its own accord, rejects if it could not be started, and never
 * settles when a signal ends both.
 */
export function waitTied(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve, reject) => {
		let ending: NodeJS.Signals | undefined;
		let killer: NodeJS.Timeout | undefined;
		const pass = (signal: NodeJS.Signals) => {
			child.kill(signal);
			if (ending !== undefined) return;
			ending = signal;
			killer = setTimeout(() => child.kill('SIGKILL'), graceTime);
		};
		const untie = () => {
			clearTimeout(killer);
			for (const signal of endingSignals) process.off(signal, pass);
		};
		for (const signal of endingSignals) process.on(signal, pass);
		child.on('error', (error) => {
			untie();
			reject(error);
		});
		child.on('exit', (code) => {
			untie();
			// The signal again, now that the program is gone: the exit handlers give the terminal back, and the shell sees it.
			if (ending !== undefined) process.kill(process.pid, ending);
			else resolve(code);
		});
	});
}
