#!/usr/bin/env node
// CommonJS (see bin/package.json), in syntax that old Node.js versions still parse: an older Node.js is told so in
// one line before anything else loads; `--version` is answered from package.json alone; everything else starts in
// one CommonJS file, the whole path to the first frame (see scripts/build.js).
const version = process.versions.node;
const args = process.argv.slice(2);
// Whatever is written: a reader that stops early (`| head`) is no error; any other failure to write is one line.
process.stdout.on('error', (error) => {
	if (error.code !== 'EPIPE') process.stderr.write(`namukpark: cannot write the output: ${error.message.replace(/, write$/, '')}\n`);
	process.exit(error.code === 'EPIPE' ? 0 : 1);
});
if (Number(version.split('.')[0]) < 22) {
	process.stderr.write(`namukpark: needs Node.js 22 or newer; this is ${version}\n`);
	process.exitCode = 1;
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
	process.stdout.write(`${require('../package.json').version}\n`);
} else {
	// Node's compile cache keeps V8's compiled code between runs, in the system's temporary folder.
	require('node:module').enableCompileCache();
	require('../dist/namukpark.cjs').run(args, () => import('../dist/view.mjs'));
}
