import {spawn} from 'node:child_process';

export type OpenResult = {opened: true} | {opened: false; reason: string};

type Launcher = {command: string; args: string[]} | {reason: string};

/** How to open a URL in this environment, or why it cannot be done (SSH, no display). `BROWSER` wins where set. */
export function browserLauncher(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Launcher {
	if (env.BROWSER) return {command: env.BROWSER, args: [url]};
	if (env.SSH_CONNECTION || env.SSH_TTY) return {reason: 'this is an SSH session'};
	if (platform === 'darwin') return {command: 'open', args: [url]};
	if (platform === 'win32') return {command: 'rundll32', args: ['url.dll,FileProtocolHandler', url]};
	if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return {reason: 'there is no display'};
	return {command: 'xdg-open', args: [url]};
}

/** Starts the browser on `url`; resolves once the launcher has exited (or kept running for a while, as some do). */
export function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<OpenResult> {
	const launcher = browserLauncher(url, env);
	if ('reason' in launcher) return Promise.resolve({opened: false, reason: launcher.reason});
	return new Promise((resolve) => {
		const child = spawn(launcher.command, launcher.args, {
			stdio: 'ignore',
			detached: true,
			env,
		});
		const timer = setTimeout(() => {
			child.unref();
			resolve({opened: true});
		}, 2000);
		child.on('error', () => {
			clearTimeout(timer);
			resolve({
				opened: false,
				reason: `${launcher.command} could not be started`,
			});
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve(code === 0 ? {opened: true} : {opened: false, reason: `${launcher.command} failed`});
		});
	});
}
