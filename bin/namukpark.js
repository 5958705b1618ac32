#!/usr/bin/env node
// CommonJS (see bin/package.json), in syntax that old Node.js versions still parse: an older Node.js is told so in
// one line before anything else loads; `--version` is answered from package.json alone; everything else starts in
// one CommonJS file, the whole path to the first frame (see scripts/build.js).
const version = process.versions.node;
/** The command as package.json names it, for the messages written here. */
const commandName = () => require('../package.json').name;
const args = process.argv.slice(2);
// Whatever is written: a reader that stops early (`| head`) is no error; any other failure to write is one line.
process.stdout.on('error', (error) => {
	if (error.code !== 'EPIPE') process.stderr.write(`${commandName()}: cannot write the output: ${error.message.replace(/, write$/, '')}\n`);
	process.exit(error.code === 'EPIPE' ? 0 : 1);
});

/**
 * Requires dist/namukpark.cjs through a V8 code cache of its own. Node's compile cache keeps only what V8 compiles
 * before a file runs; this one keeps every function the run compiled, which spares the next start compiling them
 * again. It is written as the process ends (a first run pays nothing for it before its first frame), in the system's
 * temporary folder, under the file's size and time and the Node.js version; a cache that cannot be read or written is
 * no error, only a slower start.
 */
function requireFirstFramePath() {
	const Module = require('node:module');
	const fs = require('node:fs');
	const path = require('node:path');
	const vm = require('node:vm');
	const file = path.join(__dirname, '..', 'dist', 'namukpark.cjs');
	const stat = fs.statSync(file);
	const cacheFile = path.join(require('node:os').tmpdir(), `namukpark-${stat.size}-${Math.round(stat.mtimeMs)}-${process.version}.cache`);
	let cachedData;
	try {
		cachedData = fs.readFileSync(cacheFile);
	} catch {}
	const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {filename: file, cachedData});
	const module = new Module(file, null);
	module.filename = file;
	// Registered as required, so that the files loaded later (the help, the loader, the view) share this instance.
	require.cache[file] = module;
	script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
	module.loaded = true;
	if (cachedData === undefined || script.cachedDataRejected) {
		process.once('exit', () => {
			try {
				const written = `${cacheFile}.${process.pid}`;
				fs.writeFileSync(written, script.createCachedData());
				fs.renameSync(written, cacheFile);
			} catch {}
		});
	}
	return module.exports;
}

if (Number(version.split('.')[0]) < 22) {
	process.stderr.write(`${commandName()}: needs Node.js 22 or newer; this is ${version}\n`);
	process.exitCode = 1;
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
	process.stdout.write(`${require('../package.json').version}\n`);
} else {
	// Node's compile cache serves the files loaded later (the help, the loader).
	require('node:module').enableCompileCache();
	requireFirstFramePath().run(args, () => import('../dist/view.mjs'));
}
