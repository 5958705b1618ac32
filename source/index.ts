// The first module the executable loads: it answers `--version` at once and loads the CLI for everything else,
// so that the most common quick question does not pay for flag parsing, the data and the views.
import packageJson from '../package.json' with {type: 'json'};

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
	process.stdout.write(`${packageJson.version}\n`);
} else {
	await import('./cli.js');
}
