import {type ChildProcess, type SpawnOptions, spawn} from 'node:child_process';
import {sanitizeText} from '../cv/sanitize.js';
import {waitTied} from './browser.js';

/**
 * What came of opening a link: opened (the browser, or the system's opener, exited 0), started (a system opener still
 * running after a while, not known to have opened anything), or not opened, and why.
 */
export type OpenResult = {opened: true} | {opened: 'started'; command: string} | {opened: false; reason: string};

type Command = {command: string; args: string[]};

/** Lends the terminal to a program while `run` runs, and takes it back after; the view's own drawing waits meanwhile. */
export type HandOver = <T>(run: () => Promise<T>) => Promise<T>;

/**
 * How to open links here: the commands to try in order, and whether they run in the foreground with the terminal
 * (`BROWSER`, which may be w3m or lynx) or detached from it (the system's opener, which hands the page to a browser).
 */
type Launcher = {commands: Command[]; foreground: boolean};

/** Splits a command line into words at spaces; quotes ('…' or "…") keep spaces in a word. */
function words(commandLine: string): string[] {
	return [...commandLine.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/**
 * The commands `BROWSER` names, to try in order, as its convention has it: a list separated by `:` (`;` on
 * Windows), each a command line, `%s` in it standing for the URL (and `%%` for a `%`), else the URL added last.
 */
export function browserCommands(browser: string, url: string, platform: NodeJS.Platform = process.platform): Command[] {
	return (
		browser
			.split(platform === 'win32' ? ';' : ':')
			.map(words)
			// A quoted empty word ("" or '') names no program, as an empty entry names none.
			.filter((entry) => (entry[0] ?? '') !== '')
			.map(([command = '', ...rest]) => {
				const placed = rest.some((word) => /%s/.test(word.replaceAll('%%', '')));
				const args = rest.map((word) => word.replace(/%([%s])/g, (_, code: string) => (code === 's' ? url : '%')));
				return {command, args: placed ? args : [...args, url]};
			})
	);
}

/** Whether a link opens in a `BROWSER` that runs with the terminal. */
export function browserTakesTerminal(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
	return browserCommands(env.BROWSER ?? '', '', platform).length > 0;
}

/** How to open a URL in this environment, or why it cannot be done (SSH, no display). `BROWSER` wins where set. */
export function browserLauncher(
	url: string,
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): Launcher | {reason: string} {
	const browsers = env.BROWSER ? browserCommands(env.BROWSER, url, platform) : [];
	if (browsers.length > 0) return {commands: browsers, foreground: true};
	if (env.SSH_CONNECTION || env.SSH_TTY) return {reason: 'this is an SSH session'};
	const opener = (command: string, ...args: string[]): Launcher => ({commands: [{command, args}], foreground: false});
	if (platform === 'darwin') return opener('open', url);
	if (platform === 'win32') return opener('rundll32', 'url.dll,FileProtocolHandler', url);
	if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return {reason: 'there is no display'};
	return opener('xdg-open', url);
}

/** How long a detached opener may take to say whether it opened the page (some stay until the browser closes). */
const settleTime = 2000;

const ended = (command: string, code: number | null): OpenResult =>
	code === 0 ? {opened: true} : {opened: false, reason: `${command} failed`};
// BROWSER comes from outside: no control character of it reaches the view.
const notStarted = (command: string): OpenResult => ({opened: false, reason: `${sanitizeText(command)} could not be started`});

/** Starts a program, or says why not: Node.js throws at once for some commands (a NUL byte in one), rather than emitting an error. */
function start(command: string, args: string[], options: SpawnOptions): ChildProcess | undefined {
	try {
		return spawn(command, args, options);
	} catch {
		return undefined;
	}
}

/** Runs a browser with the terminal, as a shell runs a command, and waits for it to exit. */
async function runInForeground({command, args}: Command, env: NodeJS.ProcessEnv): Promise<OpenResult> {
	const child = start(command, args, {stdio: 'inherit', env});
	if (!child) return notStarted(command);
	return waitTied(child).then(
		(code) => ended(command, code),
		() => notStarted(command),
	);
}

/**
 * Runs an opener detached from the terminal; resolves once it has exited, or kept running for a while. Neither it
 * nor the wait holds the process open: quitting right after `o` quits at once.
 */
function runDetached({command, args}: Command, env: NodeJS.ProcessEnv): Promise<OpenResult> {
	return new Promise((resolve) => {
		const child = start(command, args, {stdio: 'ignore', detached: true, env});
		if (!child) return resolve(notStarted(command));
		child.unref();
		const timer = setTimeout(() => resolve({opened: 'started', command}), settleTime);
		timer.unref();
		child.on('error', () => {
			clearTimeout(timer);
			resolve(notStarted(command));
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve(ended(command, code));
		});
	});
}

type OpenOptions = {env?: NodeJS.ProcessEnv; handOver?: HandOver};

/**
 * Opens `url`, trying each command in turn, a `BROWSER` with the terminal handed over to it; says why where none
 * could.
 */
export async function openUrl(url: string, {env = process.env, handOver = (run) => run()}: OpenOptions = {}): Promise<OpenResult> {
	const launcher = browserLauncher(url, env);
	if ('reason' in launcher) return {opened: false, reason: launcher.reason};
	const tryEach = async () => {
		let result: OpenResult = {opened: false, reason: 'no browser to start'};
		for (const command of launcher.commands) {
			result = await (launcher.foreground ? runInForeground : runDetached)(command, env);
			if (result.opened !== false) break;
		}
		return result;
	};
	return launcher.foreground ? handOver(tryEach) : tryEach();
}
