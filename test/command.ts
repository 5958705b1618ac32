import packageJson from '../package.json' with {type: 'json'};

/** The command as package.json names it: `npx` runs it, and every message starts with it. */
export const command = packageJson.name;

/** `pattern` with COMMAND standing for the command, so that tests follow a package made under another name. */
export function withCommand(pattern: RegExp): RegExp {
	return new RegExp(pattern.source.replaceAll('COMMAND', command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), pattern.flags);
}
