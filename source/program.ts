import packageJson from '../package.json' with {type: 'json'};

/**
 * How the program names itself: namukpark with the CV bundled in it, or a card package made with --init, whose bin
 * hands its own name, version, description and CV file over (bin/card.js). Every message, the help and every command
 * offered speak of it.
 */
export type Program = {
	/** The command: its bin's name, the start of every message. */
	name: string;
	/** What `npx` fetches to run it: the package's name, `@scope/name` for a scoped card. */
	packageName: string;
	version: string;
	/** The first line of --help. */
	description: string;
	/** A card's CV file, read as --data reads one; namukpark shows the CV bundled in it. */
	data?: string;
};

/** namukpark itself, as its package.json names it. */
export const ownProgram: Program = {
	name: packageJson.name,
	packageName: packageJson.name,
	version: packageJson.version,
	description: packageJson.description,
};

/**
 * The command as the reader runs it, for a message that offers one: under `npx` the command is not on the PATH, so
 * `npx NAME` there (npm sets npm_lifecycle_event=npx, and npm_command=exec for `npm exec`), else the bin's name.
 */
export function commandAsRun(program: Program, env: NodeJS.ProcessEnv): string {
	return env.npm_lifecycle_event === 'npx' || env.npm_command === 'exec' ? `npx ${program.packageName}` : program.name;
}
