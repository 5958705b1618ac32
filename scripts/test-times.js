// A test reporter for scripts/test.js: how long each file's tests took, in milliseconds, as JSON.
import {relative} from 'node:path';

export default async function* fileTimes(source) {
	const times = {};
	for await (const event of source) {
		if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
			const file = relative(process.cwd(), event.data.file);
			times[file] = Math.round((times[file] ?? 0) + event.data.details.duration_ms);
		}
	}
	yield JSON.stringify(times);
}
