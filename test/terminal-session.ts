// What the real-pty tests of the terminal given back share: the viewer under a shell, and what the shell found after it.
import assert from 'node:assert/strict';
import {withCommand} from './command.js';
import {fixtureCvPath, waitFor} from './helpers.js';
import {childPids, spawnInTerminal, underShell} from './pty.js';

export const fixture = ['--data', fixtureCvPath];

/** What the shell found after the CLI ended: its exit status, and the terminal's modes as `stty -a` lists them. */
export async function afterwards(run: ReturnType<typeof spawnInTerminal>) {
	await run.until('[modes]');
	const text = run.text();
	const status = Number(/\[exit (\d+)\]/.exec(text)?.[1]);
	const modes = /\[exit \d+\]\s*([^\n]*)/.exec(text)?.[1] ?? '';
	run.terminal.write('\r');
	return {status, modes};
}

/** No card after the view: the card is for a person who quit, not for a process ended by a signal. */
export function assertNoCard(output: string) {
	assert.doesNotMatch(output.slice(output.lastIndexOf('\u001B[?1049l')), withCommand(/npx COMMAND/), 'no card');
}

/** The terminal as the shell got it back: the normal screen, the cursor shown, canonical input with echo, no bracketed paste. */
export function assertGivenBack(output: string, modes: string) {
	const lastEnter = output.lastIndexOf('\u001B[?1049h');
	assert.ok(output.indexOf('\u001B[?1049l', lastEnter) > lastEnter, 'leaves the alternate screen');
	assert.ok(output.lastIndexOf('\u001B[?25h') > output.lastIndexOf('\u001B[?25l'), 'shows the cursor');
	assert.ok(output.lastIndexOf('\u001B[?2004l') > output.lastIndexOf('\u001B[?2004h'), 'turns bracketed paste off');
	// The window title is pushed and named after the CV, and the old one popped back (TERM_PROGRAM=WezTerm below).
	assert.ok(output.includes('\u001B[22;0t\u001B]2;Ada Quill — CV\u0007'), 'names the window');
	assert.ok(output.lastIndexOf('\u001B[23;0t') > output.lastIndexOf('\u001B[22;0t'), 'gives the old title back');
	assert.match(modes, /(^|\s)icanon(\s|$)/, 'canonical input');
	assert.match(modes, /(^|\s)echo(\s|$)/, 'echo');
}

/** Starts the viewer under a shell and returns it with the CLI's own process id. */
export async function viewerUnderShell(env: Record<string, string> = {}, args: string[] = []) {
	const run = spawnInTerminal([...args, ...fixture], {
		command: underShell,
		env: {TERM_PROGRAM: 'WezTerm', TMUX: '', STY: '', ...env},
		columns: 80,
		rows: 24,
	});
	const pid = await waitFor(() => childPids(run.terminal.pid)[0], 'the CLI process');
	return {run, pid};
}

export const signalNumbers = {
	SIGHUP: 1,
	SIGINT: 2,
	SIGQUIT: 3,
	SIGTRAP: 5,
	SIGABRT: 6,
	SIGUSR2: 12,
	SIGALRM: 14,
	SIGTERM: 15,
	SIGXCPU: 24,
	SIGXFSZ: 25,
	SIGVTALRM: 26,
	SIGSYS: 31,
} as const;
