import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {keys, prose, realCv, renderApp} from './helpers.js';

afterEach(() => cleanup());

const frameFits = (frame: string, columns: number, rows: number) => {
	const lines = frame.split('\n');
	assert.ok(lines.length <= rows - 1, `frame of ${lines.length} lines in a window of ${rows} rows:\n${frame}`);
	for (const line of lines) assert.ok(stringWidth(line) <= columns, `line wider than ${columns}: "${line}"`);
};

describe('each tab shows its content', () => {
	test('header and Research', async () => {
		const app = await renderApp();
		const frame = await app.until('[1 Research]');
		assert.match(frame, /Namuk Park/);
		assert.match(frame, /Visiting Researcher, NAVER AI Lab/);
		assert.match(frame, /https:\/\/github\.com\/xxxnell/);
		assert.match(frame, /mailto:namuk\.park@gmail\.com/);
		assert.match(frame, /The focus of my research/);
		for (const topic of ['(i) empirical analysis of Vision Transformers', '(ii) ensemble method', '(v) multimodal Transformer']) {
			assert.ok(frame.includes(topic), topic);
		}
	});

	test('Publications: list with venue and year, the selected paper in full', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		const frame = await app.press('2');
		assert.match(frame, /\[2 Publications\]/);
		assert.match(frame, /› ICLR 2022 {2}How Do Vision Transformers Work\?/);
		assert.match(frame, /ICML 2022 {2}Blurs Behave Like Ensembles/);
		assert.match(frame, /AAAI 2021 {2}Vector Quantized Bayesian/);
		assert.match(frame, /Namuk Park and Songkuk Kim/);
		assert.match(frame, /★ Spotlight/);
		assert.match(frame, /See also \[2\] Blurs Behave Like Ensembles/);
		assert.match(frame, /arXiv https:\/\/arxiv\.org\/abs\/2202\.06709/);
		assert.match(frame, /code https:\/\/github\.com\/xxxnell\/how-do-vits-work/);
	});

	test('Awards: every award, who gave it and when, and the NIPA footnote', async () => {
		const app = await renderApp({rows: 60});
		await app.until('[1 Research]');
		const frame = prose(await app.press('3'));
		for (const award of realCv.awards.list) {
			assert.ok(frame.includes(award.title), award.title);
			assert.ok(frame.includes(award.when), award.when);
			if (award.by) assert.ok(frame.includes(award.by), award.by);
		}
		assert.match(frame, /NIPA¹/);
		assert.match(frame, /¹ NIPA is the National IT Industry Promotion Agency/);
	});

	test('Talks: all nine venues and the Flip link', async () => {
		const app = await renderApp({rows: 40});
		await app.until('[1 Research]');
		const frame = await app.press('4');
		const venues = realCv.talks.flatMap((talk) => talk.venues);
		assert.equal(venues.length, 9);
		for (const venue of venues) assert.ok(frame.includes(venue.when), venue.event);
		assert.match(frame, /Scala Night Korea organized by Scala User Group Korea · Apr 2018/);
		assert.match(frame, /Flip, the Scala probability library https:\/\/github\.com\/xxxnell\/flip/);
	});

	test('Education and Experience', async () => {
		const app = await renderApp({rows: 40});
		await app.until('[1 Research]');
		let frame = await app.press('5');
		assert.match(frame, /Thesis: “Practical Bayesian Neural Networks: A Data Uncertainty Perspective”/);
		assert.match(frame, /Advisor: Prof\. Songkuk Kim/);
		assert.match(frame, /GPA: 4\.18\/4\.30/);
		assert.match(frame, /Daejeon Science High School, Daejeon, South Korea/);
		frame = await app.press('6');
		assert.match(frame, /NAVER, Seongnam, South Korea/);
		assert.match(frame, /Probe Technology, Seoul, South Korea/);
		assert.match(frame, /Co-founder and CEO/);
		assert.match(frame, /Skills: PyTorch, TensorFlow, Python, Scala/);
	});
});

describe('keys', () => {
	test('next and previous tab, wrapping, with arrows, h/l and Tab/Shift+Tab', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		assert.match(await app.press(keys.right), /\[2 Publications\]/);
		assert.match(await app.press('l'), /\[3 Awards\]/);
		assert.match(await app.press(keys.tab), /\[4 Talks\]/);
		assert.match(await app.press(keys.shiftTab), /\[3 Awards\]/);
		assert.match(await app.press('h'), /\[2 Publications\]/);
		assert.match(await app.press(keys.left), /\[1 Research\]/);
		assert.match(await app.press(keys.left), /\[6 Experience\]/);
		assert.match(await app.press(keys.right), /\[1 Research\]/);
	});

	test('selection moves with arrows, j/k, g/G, Home/End', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		await app.press('2');
		assert.match(await app.press('j'), /› ICML 2022/);
		assert.match(await app.press(keys.down), /› AAAI 2021/);
		assert.match(await app.press(keys.down), /› AAAI 2021/, 'stops at the last paper');
		assert.match(await app.press('k'), /› ICML 2022/);
		assert.match(await app.press(keys.up), /› ICLR 2022/);
		assert.match(await app.press('G'), /› AAAI 2021/);
		assert.match(await app.press('g'), /› ICLR 2022/);
		assert.match(await app.press(keys.end), /Vector Quantized Bayesian Neural Network Inference for Data Streams\n/);
		assert.match(await app.press(keys.home), /› ICLR 2022/);
	});

	test('several keys in one read all act, in order', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		assert.match(await app.press('2jj'), /› AAAI 2021/);
		assert.match(await app.press(`${keys.up}${keys.right}`), /\[3 Awards\]/);
		assert.match(await app.press('2'), /› ICML 2022/, 'the up arrow before the right arrow moved the selection');
	});

	test('PgDn and PgUp move by a page', async () => {
		const app = await renderApp({rows: 24});
		await app.until('[1 Research]');
		await app.press('3');
		const paged = await app.press(keys.pageDown);
		assert.doesNotMatch(paged, /› Outstanding Thesis Award/);
		assert.match(paged, /▲/);
		const back = await app.press(keys.pageUp);
		assert.match(back, /› Outstanding Thesis Award/);
	});

	test('s goes to the paper under See also', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		await app.press('2');
		assert.match(await app.press('s'), /› ICML 2022/);
		assert.match(await app.press('s'), /› AAAI 2021/);
	});

	test('o and Enter open the main link; a notice shows the URL when no browser can be opened', async () => {
		const opened: string[] = [];
		const app = await renderApp({
			openUrl: async (url) => {
				opened.push(url);
				return {opened: false, reason: 'there is no display'};
			},
		});
		await app.until('[1 Research]');
		await app.press('2');
		await app.press('o');
		const frame = await app.until('Cannot open a browser');
		assert.match(frame, /there is no display/);
		assert.match(frame, /https:\/\/arxiv\.org\/abs\/2202\.06709/);
		await app.press('j');
		await app.press(keys.enter);
		assert.deepEqual(opened, ['https://arxiv.org/abs/2202.06709', 'https://arxiv.org/abs/2105.12639']);
	});

	test('? shows every key of the table, Esc closes it', async () => {
		const app = await renderApp({rows: 40});
		await app.until('[1 Research]');
		const help = await app.press('?');
		for (const text of ['Next tab', 'Previous tab', 'Shift+Tab', 'PgDn', 'PgUp', 'Home', 'End', 'Enter', 'Ctrl+C', 'Quit']) {
			assert.ok(help.includes(text), text);
		}
		assert.match(help, /Esc close/);
		const closed = await app.press(keys.escape);
		assert.match(closed, /The focus of my research/);
	});

	test('q quits: the view stops listening, and a key after it changes nothing', async () => {
		const app = await renderApp();
		await app.until('[1 Research]');
		app.stdin.write('q');
		await new Promise((resolve) => setTimeout(resolve, 50));
		const framesAfterQuit = app.frames.length;
		app.stdin.write('2');
		await new Promise((resolve) => setTimeout(resolve, 100));
		assert.ok(!app.frames.slice(framesAfterQuit).some((frame) => frame.includes('[2 Publications]')), 'a key after q drew nothing');
		assert.equal(app.stdin.listenerCount('readable'), 0, 'no input listener left');
	});
});

describe('window sizes', () => {
	test('narrow window (40 columns): every tab fits, nothing is cut off without a marker', async () => {
		const app = await renderApp({columns: 40, rows: 12});
		await app.until('[1 Research]');
		for (const tab of ['1', '2', '3', '4', '5', '6', '?']) {
			const frame = await app.press(tab);
			frameFits(frame, 40, 12);
			if (tab !== '?') assert.match(frame, /▼/, `tab ${tab} shows there is more below`);
		}
	});

	test('no frame is taller than the window or wider than it, from 30x8 to 200x60', async () => {
		for (const [columns, rows] of [
			[30, 8],
			[40, 12],
			[60, 20],
			[100, 30],
			[200, 60],
		] as const) {
			const app = await renderApp({columns, rows});
			await app.until('Research');
			for (const input of ['1', 'j', '2', 'jjjj', '3', 'G', '4', '5', '6', '?', 'G']) {
				frameFits(await app.press(input), columns, rows);
			}
			app.unmount();
		}
	});

	test('the selection stays in view while moving through a long tab', async () => {
		const app = await renderApp({columns: 30, rows: 8});
		await app.until('Research');
		await app.press('3');
		// The selected award's heading stays in view; past the last award, the view scrolls on into the footnote.
		for (let press = 0; press < 60; press++) {
			const frame = await app.press('j');
			assert.match(frame, /^(› |│ )|Agency|Korea\./m, frame);
		}
		assert.match(app.frame(), /Korea\./);
	});

	test('resizing redraws at the new size', async () => {
		const app = await renderApp({columns: 100, rows: 30});
		await app.until('[1 Research]  2 Publications');
		app.resize(30, 8);
		const frame = await app.until('[1 Research] 2 3 4 5 6');
		frameFits(frame, 30, 8);
	});
});

describe('links', () => {
	test('without hyperlinks every URL is shown as text, never split across lines', async () => {
		const app = await renderApp({columns: 50, rows: 40});
		await app.until('[1 Research]');
		const urls = [...realCv.person.contacts.map((contact) => contact.url)];
		let frame = app.frame();
		for (const url of urls) assert.ok(frame.includes(url), url);
		await app.press('2');
		for (const publication of realCv.publications) {
			frame = await app.press(publication === realCv.publications[0] ? 'g' : 'j');
			for (const url of [publication.arxiv, publication.code]) assert.ok(url && frame.includes(url), url);
		}
	});
});
