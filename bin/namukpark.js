#!/usr/bin/env node
// CommonJS (see bin/package.json): `--version` is answered before Node.js starts its ES module loader, and
// everything else loads the bundle, with Node's compile cache on where there is one (22+).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
	process.stdout.write(`${require('../package.json').version}\n`);
} else {
	require('node:module').enableCompileCache?.();
	import('../dist/namukpark.js');
}
