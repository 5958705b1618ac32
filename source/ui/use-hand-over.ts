import {type TerminalSuspension, useApp} from 'ink';
import {useRef} from 'react';
import {browserTakesTerminal, type HandOver} from './open-url.js';
import type {TerminalSession} from './session.js';

/**
 * How the view lends the terminal to a browser: Ink hands it over (raw mode and bracketed paste off) and draws the
 * whole frame again on the way back. A read of keys that starts a browser which takes the terminal (`startsBrowser`)
 * hands it over at once, before the frame that answers it is drawn: what is typed after it is the browser's, Enter as
 * Enter, and none of it is the view's (`takesKeys` says no until the terminal is back).
 */
export function useHandOver<Keys>(session: Pick<TerminalSession, 'lend' | 'release'> | undefined, startsBrowser: (keys: Keys) => boolean) {
	const {suspendTerminal} = useApp();
	const early = useRef<Promise<TerminalSuspension> | undefined>(undefined);
	const takesKeys = (keys: Keys) => {
		if (early.current) return false;
		if (session && browserTakesTerminal() && startsBrowser(keys)) {
			// Raw mode off first, at once; Ink then stops reading (and draws no frame until the terminal is back).
			void session.release();
			early.current = suspendTerminal();
		}
		return true;
	};
	const handOver: HandOver = async (run) => {
		if (!session) return run();
		const suspension = await (early.current ?? suspendTerminal());
		try {
			return await session.lend(run);
		} finally {
			early.current = undefined;
			await suspension.resume();
		}
	};
	return {handOver, takesKeys};
}
