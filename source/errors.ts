// The errors a user makes or meets, each reported in one line with its exit code. They live on the first-frame path,
// so that the parts loaded later (the command line, the loader) throw the very classes cli.tsx recognises.

/** A failure the user can act on: `message` is one line for them, and the command exits with `exitCode`. */
export class UserError extends Error {
	readonly exitCode: number = 1;
}

/** A CV file that cannot be used; the message names the file. */
export class CvError extends UserError {
	override name = 'CvError';
}

/** A mistake in the command line: exit code 2, and a pointer to --help. */
export class UsageError extends UserError {
	override name = 'UsageError';
	override readonly exitCode = 2;
}

/** A search or a section that finds nothing. */
export class NoMatch extends UserError {
	override name = 'NoMatch';
}
