import {type ChildProcess, execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

/** The signals that end a process from outside (kill, a closed terminal, Ctrl+\ of a cooked program), bar Ctrl+C. */
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
/** How long a program has to end on its own, putting the terminal back as it found it, before it is killed. */
const graceTime = 1000;

/** Each running process's id and its parent's: from /proc on Linux, else from ps. */
function parentsOfProcesses(): [number, number][] {
	try {
		return readdirSync('/proc')
			.filter((name) => /^\d+$/.test(name))
			.flatMap((name): [number, number][] => {
				try {
					const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
					// After the command's name in parentheses, which may hold spaces: state, then ppid.
					return [[Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])]];
				} catch {
					return [];
				}
			});
	} catch {
		try {
			const lines = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], {encoding: 'utf8'}).trim().split('\n');
			return lines.map((line): [number, number] => {
				const [pid = 0, ppid = 0] = line.trim().split(/\s+/).map(Number);
				return [pid, ppid];
			});
		} catch {
			return [];
		}
	}
}

/** The processes under `pid`: its children, theirs, and so on. */
function descendants(pid: number): number[] {
	const parents = parentsOfProcesses();
	const found: number[] = [];
	for (let level = [pid]; level.length > 0; ) {
		level = parents.filter(([, parent]) => level.includes(parent)).map(([child]) => child);
		found.push(...level);
	}
	return found;
}

/** Whether a process is still there and not a zombie (one ended, whose parent has not yet taken its status). */
function isRunning(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	}
}

const send = (pid: number, name: NodeJS.Signals) => {
	try {
		process.kill(pid, name);
	} catch {
		// Gone already.
	}
};

/**
 * Waits for a program lent the terminal (a terminal browser) to exit, tied to this process: a signal that would end
 * this process goes to the program first, and to every process under it (`BROWSER` may be a script that runs the
 * browser), and once they have all ended (killed if still there after `graceTime`), this process ends by that signal,
 * so that no program is left behind writing over the shell's prompt. Resolves with the exit code when the program
 * exits of its own accord, rejects if it could not be started, and never settles when a signal ends both.
 */
export function waitTied(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve, reject) => {
		let ending: NodeJS.Signals | undefined;
		let killer: NodeJS.Timeout | undefined;
		let killed = false;
		// Every process the signal went to: one whose parent has ended is no longer found under the program.
		const signalled = new Set<number>();
		const tree = () => (child.pid === undefined ? [] : [child.pid, ...descendants(child.pid)]);
		const pass = (name: NodeJS.Signals) => {
			for (const pid of tree()) signalled.add(pid);
			// Deepest first: the browser before the script that runs it.
			for (const pid of [...signalled].reverse()) send(pid, name);
			if (ending !== undefined) return;
			ending = name;
			killer = setTimeout(() => {
				for (const pid of [...tree(), ...signalled]) send(pid, 'SIGKILL');
				killed = true;
			}, graceTime);
		};
		const untie = () => {
			for (const name of endingSignals) process.off(name, pass);
		};
		for (const name of endingSignals) process.on(name, pass);
		child.on('error', (error) => {
			untie();
			reject(error);
		});
		child.on('exit', (code) => {
			untie();
			if (ending === undefined) return resolve(code);
			const signal = ending;
			// The signal again, once the program and all under it are gone: the exit handlers give the terminal back, and
			// the shell sees it.
			const endOnceGone = () => {
				// Killed ones write nothing more, even before they are gone.
				if (!killed && [...signalled].some(isRunning)) return void setTimeout(endOnceGone, 20);
				clearTimeout(killer);
				process.kill(process.pid, signal);
			};
			endOnceGone();
		});
	});
}
