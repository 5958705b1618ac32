// signal-exit 3 (the version Ink uses, so that the bundle has one) ships no types.
declare module 'signal-exit' {
	export default function onExit(
		callback: (code: number | null, signal: NodeJS.Signals | null) => void,
		options?: {alwaysLast?: boolean},
	): () => void;
}
