import {spawnSync} from 'node:child_process';
import {runCommand} from '../source/cli.js';
import {binPath} from './pty.js';

/** This environment less what would turn colours or hyperlinks on or off, with `env` over it. */
export function environment(env: Record<string, string> = {}) {
	const {NO_COLOR: _, FORCE_COLOR: __, FORCE_HYPERLINK: ___, ...inherited} = process.env;
	return {...inherited, ...env};
}

/**
 * Runs a command line in this process, as the built CLI runs it with stdin and stdout as pipes (`namukpark | less`),
 * or, given a `terminal` size, with both on a terminal of that size: what it writes to each, and the exit code. A run
 * that gets as far as the viewer ends in an error (exit 70): the viewer takes the process's own terminal.
 */
export async function run(args: string[], env: Record<string, string> = {}, terminal?: {columns: number; rows: number}) {
	let stdout = '';
	let stderr = '';
	const code = await runCommand(args, () => Promise.reject(new Error('no view in a test')), {
		stdout: {isTTY: terminal !== undefined, ...terminal, write: (text: string) => (stdout += text)},
		stderr: {isTTY: terminal !== undefined, write: (text: string) => (stderr += text)},
		stdinIsTTY: terminal !== undefined,
		env: environment(env),
	});
	return {code, stdout, stderr};
}

/** Runs the built CLI with stdin and stdout as pipes, Node.js given `nodeFlags`: for what only the bin and a real process do. */
export function spawnCli(args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []) {
	const result = spawnSync(process.execPath, [...nodeFlags, binPath, ...args], {
		encoding: 'utf8',
		env: environment(env),
		maxBuffer: 256 * 1024 * 1024,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
