// Bundles source/ into dist/namukpark.js: one ESM file with every runtime dependency inside, so `npx namukpark` installs one package.
import {build} from 'esbuild';

/** Ink imports its React devtools bridge only when DEV=true; an empty module keeps react-devtools-core out of the bundle. */
const stubInkDevtools = {
	name: 'stub-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			args.importer.includes('/ink/') ? {path: 'ink-devtools', namespace: 'stub'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: 'export {};',
			loader: 'js',
		}));
	},
};

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/namukpark.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies (React) call require() for Node's own modules, which ESM does not provide.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	plugins: [stubInkDevtools],
	logLevel: 'warning',
});
