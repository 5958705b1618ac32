import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';

type FakeBrowserOptions = {
	/** Ignores SIGTERM, SIGHUP and SIGQUIT (it says it got them), as a browser stuck in a slow page may. */
	stubborn?: boolean;
	/** Turns on mouse reports, the kitty keyboard protocol, keypad mode and its alternate screen, and leaves them on. */
	modes?: boolean;
	/** Run by a shell script that waits for it (`#!/bin/sh` then `browser "$@"`), as a BROWSER of one's own may be. */
	wrapped?: boolean;
};

/** The modes the fake browser turns on, and what turns each off. */
export const modesLeftOn = {
	'\u001B[?1000h': '\u001B[?1000l',
	'\u001B[?1006h': '\u001B[?1006l',
	'\u001B[>1u': '\u001B[<u',
	'\u001B[?1h': '\u001B[?1l',
	'\u001B=': '\u001B>',
	'\u001B[?1049h': '\u001B[?1047l',
};

/**
 * A terminal browser to put in BROWSER: it shows the URL, reads the terminal in cooked mode as a line-reading program
 * does, writes each read and each ending signal to a log, and exits after a line with "quit" in it, or on a signal.
 */
export function fakeBrowser({stubborn = false, modes = false, wrapped = false}: FakeBrowserOptions = {}) {
	const directory = mkdtempSync(join(tmpdir(), 'namukpark-fake-browser-'));
	after(() => rmSync(directory, {recursive: true, force: true}));
	const logPath = join(directory, 'log');
	const script = join(directory, 'browser.mjs');
	writeFileSync(
		script,
		`import {appendFileSync} from 'node:fs';
const log = (line) => appendFileSync(${JSON.stringify(logPath)}, line + '\\n');
for (const signal of ['SIGTERM', 'SIGHUP', 'SIGQUIT']) {
	process.on(signal, () => {
		log('got ' + signal);
		if (!${stubborn}) process.exit(0);
	});
}
if (${modes}) process.stdout.write(${JSON.stringify(Object.keys(modesLeftOn).join(''))});
process.stdout.write('browser shows ' + process.argv[2] + '\\n');
let typed = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (data) => {
	log('read ' + JSON.stringify(data));
	typed += data;
	if (/quit/.test(typed)) process.exit(0);
});
process.on('exit', () => log('exit'));
log('pid ' + process.pid);
`,
	);
	const path = join(directory, 'browser');
	writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`, {mode: 0o755});
	const wrapper = join(directory, 'wrapper');
	writeFileSync(wrapper, `#!/bin/sh\n"${path}" "$@"\necho wrapper done\n`, {mode: 0o755});
	const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n').filter(Boolean) : []);
	return {
		path: wrapped ? wrapper : path,
		log,
		/** The browser's process id, once it has started. */
		pid: () =>
			Number(
				log()
					.find((line) => line.startsWith('pid '))
					?.slice(4),
			) || undefined,
		/** What it read from the terminal, all reads joined. */
		typed: () =>
			log()
				.filter((line) => line.startsWith('read '))
				.map((line) => JSON.parse(line.slice(5)) as string)
				.join(''),
	};
}

/** Whether a process is still running: not a zombie, which an orphan stays where nothing takes its status. */
export function isRunning(pid: number): boolean {
	if (existsSync(`/proc/${pid}/stat`) && readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
