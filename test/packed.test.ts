// The packed package, checked offline: what it holds. Installing it, npx running it, and the runs on each Node.js
// major, which download those, are `npm run smoke` (test/tarball.smoke.ts).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {pack, root} from './packed.js';

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let packed: ReturnType<typeof pack>;
before(() => {
	packed = pack();
});
after(() => packed.remove());

describe('the packed package', () => {
	test('holds only what users need, under 220 KB (the build refuses a module bundled twice)', () => {
		const {paths, size} = packed;
		for (const path of paths)
			assert.match(
				path,
				/^(bin\/(namukpark|start|card)\.js|bin\/package\.json|dist\/(namukpark\.cjs|command-line\.cjs|load\.cjs|init\.cjs|view\.mjs|yoga\.wasm)|readme\.md|LICENSE|package\.json)$/,
			);
		for (const needed of [
			'bin/namukpark.js',
			'bin/start.js',
			'bin/card.js',
			'dist/namukpark.cjs',
			'dist/command-line.cjs',
			'dist/load.cjs',
			'dist/init.cjs',
			'dist/view.mjs',
			'dist/yoga.wasm',
			'readme.md',
			'LICENSE',
			'package.json',
		]) {
			assert.ok(paths.includes(needed), needed);
		}
		// About 216 KB (of 1,000 bytes, as npm counts): the Ink view (React's reconciler, Ink, Yoga) is most of it; reading
		// any JSON Resume people keep (load.cjs, with zod, loaded for --data alone) is 18 KB, meow and the help 17 KB.
		assert.ok(size < 220_000, `${size} bytes`);
		assert.deepEqual(packageJson.engines, {node: '>=22'});
		// What an install would bring besides the package itself (the smoke test installs it and reads the lock).
		for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies'])
			assert.equal(packageJson[field], undefined, `no ${field}`);
	});
});
