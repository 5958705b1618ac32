// The first module the executable loads: it answers `--version` at once and loads the CLI for everything else,
// so that the most common quick question does not pay for flag parsing, the data and the views.
declare const NAMUKPARK_VERSION: string;

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
	// The build writes the package version in (scripts/build.js); this module only ever runs built.
	process.stdout.write(`${NAMUKPARK_VERSION}\n`);
} else {
	await import('./cli.js');
}
