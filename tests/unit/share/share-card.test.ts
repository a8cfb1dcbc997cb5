import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sharePath } from '../../../src/core/urls.ts';
import { familyList, fontsFor, readSubsets, subsetsFor } from '../../../src/site/share/fonts.ts';
import { clip, lines } from '../../../src/site/share/render.ts';

const require = createRequire(import.meta.url);

describe('share images', () => {
	it('name one image per page, the home page’s for the 404 page', () => {
		expect(sharePath('/2024/full/part-2/')).toBe('/share/2024/full/part-2.png');
		expect(sharePath('/2024/')).toBe('/share/2024.png');
		expect(sharePath('/')).toBe('/share/index.png');
		expect(sharePath('/404.html')).toBe('/share/index.png');
		expect(sharePath('/search/')).toBe('/share/search.png');
	});

	it('read the font package’s subsets and pick only those holding a card’s characters', () => {
		const css =
			"/* a */\n@font-face {\n  src: url(./files/x-1-700-normal.woff2) format('woff2'), url(./files/x-1-700-normal.woff) format('woff');\n  unicode-range: U+4e00-4e0f,U+3002;\n}\n@font-face {\n  src: url(./files/x-2-700-normal.woff2) format('woff2'), url(./files/x-2-700-normal.woff) format('woff');\n  unicode-range: U+30-39;\n}";
		const subsets = readSubsets(css);
		expect(subsets).toEqual([
			{
				file: 'x-1-700-normal.woff',
				ranges: [
					[0x4e00, 0x4e0f],
					[0x3002, 0x3002],
				],
			},
			{ file: 'x-2-700-normal.woff', ranges: [[0x30, 0x39]] },
		]);
		expect(subsetsFor('一。', subsets).map((s) => s.file)).toEqual(['x-1-700-normal.woff']);
		expect(subsetsFor('2024', subsets).map((s) => s.file)).toEqual(['x-2-700-normal.woff']);
		expect(subsetsFor('abc', subsets)).toEqual([]);
	});

	it('load the package’s files for every character of the text, in each weight', () => {
		const css = readFileSync(require.resolve('@fontsource/noto-sans-sc/700.css'), 'utf8');
		const subsets = readSubsets(css);
		expect(subsets.length).toBeGreaterThan(50);
		const text = '内蒙古自治区政府工作报告2024（全文）';
		for (const char of text) expect(subsetsFor(char, subsets).length, char).toBeGreaterThan(0);
		const fonts = fontsFor(text);
		expect(new Set(fonts.map((f) => f.weight))).toEqual(new Set([400, 700]));
		expect(familyList(fonts).split(', ').length).toBe(new Set(fonts.map((f) => f.name)).size);
	});

	it('clip long text with a mark and cut it into lines, keeping every character shown', () => {
		expect(clip('一二三', 5)).toBe('一二三');
		expect(clip('一二三四五六', 4)).toBe('一二三四…');
		expect(clip('一二三…', 5)).toBe('一二三…');
		// Never inside a figure: 近 1.4 万亿元 cut after 1. would misquote the number.
		expect(clip('产值近 1.4 万亿元', 6)).toBe('产值近…');
		expect(clip('增长16.1%，建成', 7)).toBe('增长16.1%…');
		expect(lines('一二三四五', 2)).toEqual(['一二', '三四', '五']);
	});
});
