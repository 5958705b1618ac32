import {spawn} from 'node:child_process';

export type OpenResult = {opened: true} | {opened: false; reason: string};

type Command = {command: string; args: string[]};

/** Splits a command line into words at spaces; quotes ('…' or "…") keep spaces in a word. */
function words(commandLine: string): string[] {
	return [...commandLine.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/**
 * The commands `BROWSER` names, to try in order, as its convention has it: a list separated by `:` (`;` on
 * Windows), each a command line, `%s` in it standing for the URL (and `%%` for a `%`), else the URL added last.
 */
export function browserCommands(browser: string, url: string, platform: NodeJS.Platform = process.platform): Command[] {
	return browser
		.split(platform === 'win32' ? ';' : ':')
		.map(words)
		.filter((entry) => entry.length > 0)
		.map(([command = '', ...rest]) => {
			const placed = rest.some((word) => /%s/.test(word.replaceAll('%%', '')));
			const args = rest.map((word) => word.replace(/%([%s])/g, (_, code: string) => (code === 's' ? url : '%')));
			return {command, args: placed ? args : [...args, url]};
		});
}

/** How to open a URL in this environment, or why it cannot be done (SSH, no display). `BROWSER` wins where set. */
export function browserLauncher(
	url: string,
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): {commands: Command[]} | {reason: string} {
	const browsers = env.BROWSER ? browserCommands(env.BROWSER, url, platform) : [];
	if (browsers.length > 0) return {commands: browsers};
	if (env.SSH_CONNECTION || env.SSH_TTY) return {reason: 'this is an SSH session'};
	if (platform === 'darwin') return {commands: [{command: 'open', args: [url]}]};
	if (platform === 'win32') return {commands: [{command: 'rundll32', args: ['url.dll,FileProtocolHandler', url]}]};
	if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return {reason: 'there is no display'};
	return {commands: [{command: 'xdg-open', args: [url]}]};
}

/** A launcher still running after this long has opened the page (some stay until the browser closes). */
const settleTime = 2000;

/**
 * Runs one command; resolves once it has exited, or kept running for a while. Neither it nor the wait holds the
 * process open: quitting right after `o` quits at once.
 */
function run({command, args}: Command, env: NodeJS.ProcessEnv): Promise<OpenResult> {
	return new Promise((resolve) => {
		const child = spawn(command, args, {stdio: 'ignore', detached: true, env});
		child.unref();
		const timer = setTimeout(() => resolve({opened: true}), settleTime);
		timer.unref();
		child.on('error', () => {
			clearTimeout(timer);
			resolve({opened: false, reason: `${command} could not be started`});
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve(code === 0 ? {opened: true} : {opened: false, reason: `${command} failed`});
		});
	});
}

/** Starts the browser on `url`, trying each command in turn; says why where none could. */
export async function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<OpenResult> {
	const launcher = browserLauncher(url, env);
	if ('reason' in launcher) return {opened: false, reason: launcher.reason};
	let result: OpenResult = {opened: false, reason: 'no browser to start'};
	for (const command of launcher.commands) {
		result = await run(command, env);
		if (result.opened) break;
	}
	return result;
}
