// Colours that read on the terminal's background: the palettes' contrast, and how the background is found out.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {backgroundOfColorFgBg, backgroundOfReply, palettes} from '../source/format/paint.js';

/** xterm's standard palette, the eight colours chalk names. */
const xterm = {red: 'cd0000', green: '00cd00', yellow: 'cdcd00', blue: '0000ee', magenta: 'cd00cd', cyan: '00cdcd'};

/** WCAG's contrast ratio of two sRGB colours. */
function contrast(one: string, other: string): number {
	const luminance = (hex: string) => {
		const [red, green, blue] = [0, 2, 4].map((at) => {
			const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
			return channel <= 0.039_28 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
	};
	const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

test("every coloured style is at least 3:1 against its background with xterm's palette: the dark one on black, the light one on white", () => {
	for (const [background, hex] of [
		['dark', '000000'],
		['light', 'ffffff'],
	] as const) {
		for (const [style, color] of Object.entries(palettes[background])) {
			const ratio = contrast(xterm[color], hex);
			assert.ok(ratio >= 3, `${style} (${color}) on ${background}: ${ratio.toFixed(2)}`);
		}
	}
	// What the issue measured: the dark palette's badge and links on white are what the light one replaces.
	assert.ok(contrast(xterm[palettes.dark.badge], 'ffffff') < 2);
	assert.ok(contrast(xterm[palettes.dark.link], 'ffffff') < 3);
});

describe('the background', () => {
	test('from an OSC 11 answer, in any of the precisions terminals use', () => {
		assert.equal(backgroundOfReply('11;rgb:ffff/ffff/ffff'), 'light');
		assert.equal(backgroundOfReply('11;rgb:fdf6/e3e3/ffff'), 'light');
		assert.equal(backgroundOfReply('11;rgb:1e/1e/2e'), 'dark');
		assert.equal(backgroundOfReply('11;rgba:0000/0000/0000/ffff'), 'dark');
		assert.equal(backgroundOfReply('10;rgb:ffff/ffff/ffff'), undefined, 'the foreground is not the background');
		assert.equal(backgroundOfReply('11;?'), undefined);
	});

	test('from COLORFGBG: 7 and 9 to 15 are light backgrounds', () => {
		assert.equal(backgroundOfColorFgBg('0;15'), 'light');
		assert.equal(backgroundOfColorFgBg('0;default;7'), 'light');
		assert.equal(backgroundOfColorFgBg('15;0'), 'dark');
		assert.equal(backgroundOfColorFgBg('15;8'), 'dark');
		assert.equal(backgroundOfColorFgBg('default;default'), undefined);
		assert.equal(backgroundOfColorFgBg(undefined), undefined);
	});
});

// How the answer is read, never as keys: test/keys-input.test.ts. In a real terminal (COLORFGBG before the first paint, an OSC 11 answer after it, NO_COLOR asking nothing): test/e2e.test.tsx.
