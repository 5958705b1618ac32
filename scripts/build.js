// Bundles source/ into dist/: every runtime dependency inside, so `npx namukpark` installs one package.
//
// dist/namukpark.cjs is the whole path to the first frame (painted before Ink loads, about 2.5x sooner than any Ink
// app can draw: see source/ui/first-frame.ts), one CommonJS file that the bin requires: no ES module loader runs
// before the first frame. What only some runs need is a file of its own, loaded when needed: the help
// and meow (command-line.cjs), the loader that checks a --data file (load.cjs), --init (init.cjs), and the Ink view (view.mjs, an ES
// module, since Ink and Yoga are). Those take the code they share with the first-frame path from namukpark.cjs
// itself, the very module instances, rather than from copies.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename, relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const outdir = 'dist';
const cache = 'node_modules/.cache/namukpark-build';

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
 * meow reads and normalises package.json, with normalize-package-data (and semver, spdx, hosted-git-info) and
 * parse-json (and Babel's code frame for its errors), which its bundle loads eagerly at import. The CLI hands meow its
 * package data and never asks for it read or normalised, so that code is dead weight at every start: leave it out.
 */
const meowWithoutPackageReading = {
	name: 'meow-without-package-reading',
	setup(builder) {
		const eagerLoads = {
			'var normalizeExports = requireNormalize();':
				"var normalizeExports = {default() { throw new Error('namukpark: package normalising left out of the build'); }};",
			'var libExports = requireLib$1();': 'var libExports = {};',
		};
		builder.onLoad({filter: /meow\/build\/dependencies\.js$/}, (args) => {
			let contents = readFileSync(args.path, 'utf8');
			for (const [eagerLoad, stub] of Object.entries(eagerLoads)) {
				if (!contents.includes(eagerLoad)) throw new Error(`meow: "${eagerLoad}" not found; check the meow build step`);
				contents = contents.replace(eagerLoad, stub);
			}
			return {contents, loader: 'js'};
		});
	},
};

/** The CommonJS parts loaded only when needed, by the source path the first-frame path imports them by. */
const lazyParts = {
	'source/command-line.ts': './command-line.cjs',
	'source/cv/load.ts': './load.cjs',
	'source/init.ts': './init.cjs',
};

/** A pattern of alternatives, each name as it is. */
const anyOf = (names) => [...new Set(names)].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Imports of the lazy parts stay imports, of their own files: only relative imports by their file names come here. */
const lazyPartsApart = {
	name: 'lazy-parts-apart',
	setup(builder) {
		const fileNames = Object.keys(lazyParts).map((path) => basename(path, '.ts'));
		builder.onResolve({filter: new RegExp(`^\\..*/(${anyOf(fileNames)})\\.js$`)}, async (args) => {
			if (args.pluginData === 'resolving') return undefined;
			const resolved = await builder.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving'});
			const file = lazyParts[relative('.', resolved.path)];
			return file ? {path: file, external: true} : undefined;
		});
	},
};

/**
 * In a lazy part, every module of the first-frame path (ours and our dependencies', such as chalk, which Ink uses too)
 * comes from namukpark.cjs, already loaded: the package holds each module once. namukpark.cjs exports each module a
 * lazy part takes as a namespace (`shared`, by path), or, for one it loads only when needed (signal-exit), a function
 * that loads it; the lazy part reads it through a module of the same exports.
 */
function sharedFromFirstFramePath(sharedFiles, exportsOf, shared) {
	// Named by place in the sorted list, not by order of resolving (which varies): the same build each time.
	const names = new Map([...sharedFiles.keys()].sort().map((path, index) => [path, `shared${index}`]));
	// A package's own files reach each other by relative paths or its own `#` imports, and none of them is shared but
	// by the package's name: only an import by the name of a shared package, a `#` import, or one by the file name of a
	// shared file of ours may be of a shared module. Those alone come to the plugin: each import that esbuild hands to
	// JavaScript costs, and the view's some 2,000 took most of a second (the check for copies below holds).
	const paths = [...sharedFiles.keys()];
	const packageNames = paths.flatMap((path) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []);
	const ownFileNames = paths.filter((path) => !path.includes('/node_modules/')).map((path) => basename(path).replace(/\.\w+$/, ''));
	const mayBeShared = new RegExp(`^(#|(${anyOf(packageNames)})(/|$))|/(${anyOf(ownFileNames)})\\.(js|json)$`);
	return {
		name: 'shared-from-first-frame-path',
		setup(builder) {
			builder.onResolve({filter: mayBeShared}, async (args) => {
				if (args.pluginData === 'resolving' || args.namespace === 'shared') return undefined;
				if (args.importer.includes('/node_modules/') && args.path.startsWith('.')) return undefined;
				const resolved = await builder.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving'});
				if (!sharedFiles.has(resolved.path)) return undefined;
				shared.set(resolved.path, names.get(resolved.path));
				return {path: resolved.path, namespace: 'shared'};
			});
			builder.onLoad({filter: /.*/, namespace: 'shared'}, async (args) => {
				const name = shared.get(args.path);
				const names = exportsOf.get(args.path) ?? [];
				const named = names.filter((exported) => exported !== 'default');
				return {
					contents: [
						sharedFiles.get(args.path) === 'static'
							? `import {${name} as module} from './namukpark.cjs';`
							: `import {${name} as load} from './namukpark.cjs';\nconst module = await load();`,
						...(names.includes('default') ? ['export default module.default;'] : []),
						...(named.length > 0 ? [`export const {${named.join(', ')}} = module;`] : []),
					].join('\n'),
					loader: 'js',
					resolveDir: resolve(outdir),
				};
			});
			builder.onResolve({filter: /^\.\/namukpark\.cjs$/, namespace: 'shared'}, () => ({path: './namukpark.cjs', external: true}));
		},
	};
}

/** The names each module exports, as esbuild reads them, by path: one build of them all. */
async function exportNames(paths) {
	const result = await build({
		entryPoints: paths,
		bundle: true,
		write: false,
		metafile: true,
		format: 'esm',
		platform: 'node',
		logLevel: 'silent',
		outdir: cache,
		outbase: '.',
	});
	return new Map(
		Object.values(result.metafile.outputs)
			.filter((output) => output.entryPoint)
			.map((output) => [resolve(output.entryPoint), output.exports]),
	);
}

/**
 * The CV that ships inside the bundle is checked here, once, rather than at every start: the build fails on a CV the
 * schema refuses, or one that cleaning (sanitising) or the schema's order would change. Only a CV given with --data
 * goes through the schema at run time.
 */
async function checkBundledCv() {
	const checker = `${cache}/check-cv.mjs`;
	await build({entryPoints: ['source/cv/load.ts'], outfile: checker, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning'});
	const {parseCv} = await import(pathToFileURL(checker).href);
	const source = readFileSync('data/cv.json', 'utf8');
	let checked;
	try {
		checked = parseCv(source, 'data/cv.json').cv;
	} catch (error) {
		throw new Error(`the bundled CV is not valid: ${error.message}`);
	}
	const {$schema: _, ...raw} = JSON.parse(source);
	const {$schema: __, ...clean} = checked;
	if (JSON.stringify(clean) !== JSON.stringify(raw)) {
		throw new Error("data/cv.json would change on loading (a control character, or keys out of the schema's order): fix it first");
	}
}

/** In CommonJS files, `import.meta` (which meow asks for, and its dependencies use) is made from the file's own name. */
const commonJs = {
	format: 'cjs',
	outExtension: {'.js': '.cjs'},
	define: {'process.env.NODE_ENV': '"production"', 'import.meta': 'importMeta'},
	banner: {js: "const importMeta={url:require('node:url').pathToFileURL(__filename).href};"},
};

const common = {
	bundle: true,
	platform: 'node',
	target: 'node22',
	minify: !process.env.NAMUKPARK_PROFILE,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	logLevel: 'warning',
};

await checkBundledCv();
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});
mkdirSync(cache, {recursive: true});

// The first-frame path's modules; the lazy parts, built against them; then the first-frame path itself, an entry that
// runs the CLI and exports what the lazy parts take from it.
const graph = await build({
	...common,
	...commonJs,
	entryPoints: ['source/cli.tsx'],
	write: false,
	metafile: true,
	plugins: [lazyPartsApart],
});
/** Every module of the first-frame path, by path: 'static' where it runs at every start, else 'dynamic'. */
const sharedFiles = new Map(Object.keys(graph.metafile.inputs).map((path) => [resolve(path), 'dynamic']));
for (const pending = ['source/cli.tsx']; pending.length > 0; ) {
	const path = pending.pop();
	if (sharedFiles.get(resolve(path)) === 'static') continue;
	sharedFiles.set(resolve(path), 'static');
	for (const imported of graph.metafile.inputs[path]?.imports ?? []) {
		if (imported.kind !== 'dynamic-import' && !imported.external) pending.push(imported.path);
	}
}
sharedFiles.delete(resolve('source/cli.tsx'));
const used = new Map();
const shared = sharedFromFirstFramePath(sharedFiles, await exportNames([...sharedFiles.keys()]), used);
const lazyBuilds = await Promise.all([
	build({
		...common,
		...commonJs,
		entryPoints: {'command-line': 'source/command-line.ts'},
		outdir,
		write: false,
		metafile: true,
		plugins: [shared, meowWithoutPackageReading],
	}),
	build({
		...common,
		...commonJs,
		banner: {},
		entryPoints: {load: 'source/cv/load.ts'},
		outdir,
		write: false,
		metafile: true,
		plugins: [shared],
	}),
	// --init, which takes the loader from load.cjs.
	build({
		...common,
		...commonJs,
		banner: {},
		entryPoints: {init: 'source/init.ts'},
		outdir,
		write: false,
		metafile: true,
		plugins: [lazyPartsApart, shared],
	}),
	// CommonJS dependencies (React) call require() for Node's own modules, which ES modules do not have.
	build({
		...common,
		entryPoints: {view: 'source/ui/run.tsx'},
		outdir,
		outExtension: {'.js': '.mjs'},
		format: 'esm',
		write: false,
		metafile: true,
		banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"},
		plugins: [shared, stubInkDevtools, yogaWasmFile],
	}),
]);
const copies = lazyBuilds.flatMap((result) => Object.keys(result.metafile.inputs)).filter((path) => sharedFiles.has(resolve(path)));
if (copies.length > 0) throw new Error(`bundled twice, in namukpark.cjs and a lazy part: ${copies.join(', ')}`);
for (const output of lazyBuilds.flatMap((result) => result.outputFiles)) writeFileSync(output.path, output.contents);

const entry = `${cache}/namukpark.ts`;
writeFileSync(
	entry,
	[
		`export {run} from '${resolve('source/cli.tsx')}';`,
		...[...used]
			.sort()
			.map(([path, name]) =>
				sharedFiles.get(path) === 'static' ? `export * as ${name} from '${path}';` : `export const ${name} = () => import('${path}');`,
			),
		'',
	].join('\n'),
);
// The first-frame path has no use for import.meta: its file goes without the banner that makes one. Its imports of
// CommonJS parts become require() (no ES module loader); the view, an ES module, comes through the loader that the bin
// hands over (see cli.tsx).
await build({
	...common,
	...commonJs,
	banner: {},
	supported: {'dynamic-import': false},
	entryPoints: {namukpark: entry},
	outdir,
	plugins: [lazyPartsApart],
});
console.log(readdirSync(outdir).join(' '));
