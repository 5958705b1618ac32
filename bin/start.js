// CommonJS (see bin/package.json), in syntax that old Node.js versions still parse: an older Node.js is told so in
// one line before anything else loads; `--version` is answered from the package data alone; everything else starts in
// one CommonJS file, the whole path to the first frame (see scripts/build.js). namukpark's bin and every card's bin
// (bin/card.js) start here.

/** Whether the command was started with standard output closed (`>&-`): Node.js then puts /dev/null there, opened for
 * reading too, where the shell's `>/dev/null` is opened for writing only, so only a closed one can be read from.
 */
function outputClosed() {
	const fs = require('node:fs');
	try {
		const output = fs.fstatSync(1);
		const devNull = fs.statSync('/dev/null');
		if (output.rdev !== devNull.rdev || output.ino !== devNull.ino) return false;
		fs.readSync(1, Buffer.alloc(1), 0, 1, null);
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs the command line as `program` names itself (see source/program.ts): a card's name, version, description and
 * CV file, or namukpark's own where none is given.
 */
function start(program) {
	const version = process.versions.node;
	/** The command, for the messages written here. */
	const commandName = () => (program ? program.name : require('../package.json').name);
	const args = process.argv.slice(2);
	// Whatever is written: a reader that stops early (`| head`) is no error; any other failure to write is one line.
	process.stdout.on('error', (error) => {
		if (error.code !== 'EPIPE')
			process.stderr.write(`${commandName()}: cannot write the output: ${error.message.replace(/, write$/, '')}\n`);
		process.exit(error.code === 'EPIPE' ? 0 : 1);
	});
	if (Number(version.split('.')[0]) < 22) {
		process.stderr.write(`${commandName()}: needs Node.js 22 or newer; this is ${version}\n`);
		process.exitCode = 1;
	} else if (outputClosed()) {
		process.stderr.write(`${commandName()}: cannot write the output: standard output is closed\n`);
		process.exitCode = 1;
	} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
		process.stdout.write(`${program ? program.version : require('../package.json').version}\n`);
	} else {
		require('../dist/namukpark.cjs').run(args, () => import('../dist/view.mjs'), program);
	}
}

module.exports = {start};
