// Bundles source/ into dist/: every runtime dependency inside, so `npx namukpark` installs one package.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';

const outdir = 'dist';

/** Ink imports its React devtools bridge only when DEV=true; an empty module keeps react-devtools-core out of the bundle. */
const stubInkDevtools = {
	name: 'stub-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			args.importer.includes('/ink/') ? {path: 'ink-devtools', namespace: 'stub'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/**
 * Yoga (Ink's layout engine) ships its WebAssembly as base64 inside its JavaScript and, on Node 20, decodes it
 * through fetch(), which loads Node's whole HTTP client at start-up. Ship the binary as dist/yoga.wasm instead and
 * hand it over as `wasmBinary`: a smaller package and a faster first frame.
 */
const yogaWasmFile = {
	name: 'yoga-wasm-file',
	setup(builder) {
		const dataUrl = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
		builder.onLoad({filter: /yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const base64 = dataUrl.exec(source)?.[1];
			if (!base64) throw new Error('yoga-layout: embedded WebAssembly not found; check the yoga-wasm-file build step');
			writeFileSync(`${outdir}/yoga.wasm`, Buffer.from(base64, 'base64'));
			return {contents: source.replace(dataUrl, '"data:application/octet-stream;base64,"'), loader: 'js'};
		});
		builder.onLoad({filter: /yoga-layout\/dist\/src\/index\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const call = 'await loadYoga()';
			if (!source.includes(call)) throw new Error('yoga-layout: loadYoga() call not found; check the yoga-wasm-file build step');
			const contents = `import {readFileSync as readYogaWasm} from 'node:fs';\n${source.replace(
				call,
				"await loadYoga({wasmBinary: readYogaWasm(new URL('./yoga.wasm', import.meta.url))})",
			)}`;
			return {contents, loader: 'js'};
		});
	},
};

/**
 * meow normalises package.json with normalize-package-data (and semver, spdx, hosted-git-info), which its bundle
 * loads eagerly at import. The CLI hands meow its package data and never asks for the normalised copy, so that
 * code is dead weight at every start: leave it out.
 */
const meowWithoutPackageNormalising = {
	name: 'meow-without-package-normalising',
	setup(builder) {
		const eagerLoad = 'var normalizeExports = requireNormalize();';
		builder.onLoad({filter: /meow\/build\/dependencies\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(eagerLoad)) throw new Error('meow: normalize-package-data load not found; check the meow build step');
			const contents = source.replace(
				eagerLoad,
				"var normalizeExports = {default() { throw new Error('namukpark: package normalising left out of the build'); }};",
			);
			return {contents, loader: 'js'};
		});
	},
};

rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});
const requireBanner = "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);";
await build({
	entryPoints: {namukpark: 'source/cli.tsx'},
	outdir,
	// The interactive view (Ink, React, Yoga) is a chunk of its own, loaded only when it opens: printing the
	// version, the help or the plain text does not pay to compile it.
	splitting: true,
	chunkNames: '[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	minify: true,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies (React) call require() for Node's own modules, which ESM does not provide.
	banner: {js: requireBanner},
	plugins: [stubInkDevtools, yogaWasmFile, meowWithoutPackageNormalising],
	logLevel: 'warning',
});

// The banner costs an import at every start; the files that never call require() (the entry among them) go without.
for (const file of readdirSync(outdir).filter((name) => name.endsWith('.js'))) {
	const path = `${outdir}/${file}`;
	const code = readFileSync(path, 'utf8');
	const body = code.slice(requireBanner.length);
	if (code.startsWith(requireBanner) && !body.includes('require')) writeFileSync(path, body.replace(/^\n/, ''));
}
