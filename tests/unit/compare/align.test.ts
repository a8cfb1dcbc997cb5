import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignEditions, pageBlocks, type EditionBlock } from '../../../src/site/compare/align.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';

const reports = new URL('../../../content/publication-pages/', import.meta.url);
function blocks(publication: string): EditionBlock[] {
	return readdirSync(new URL(publication, reports))
		.sort()
		.flatMap((file) => pageBlocks(parseMarkdown(readFileSync(new URL(`${publication}/${file}`, reports), 'utf8')), `/${publication}/${file}`));
}

describe('the 2024 newspaper against the full text', () => {
	const { pairs, unpaired } = alignEditions(blocks('2024-full'), blocks('2024-newspaper'));
	const status = (s: string) => pairs.filter((p) => p.status === s);

	it('pairs every newspaper paragraph with a full-text paragraph', () => {
		expect(unpaired).toEqual([]);
		expect(pairs.length).toBe(35);
	});

	it('finds the paragraphs whose wording differs, and the one the newspaper continues elsewhere', () => {
		expect(status('differs').map((p) => p.b.id)).toEqual(['i2', 'i3', 'p1', 's4-p5', 's5-p3', 's5-p4']);
		expect(status('partial').map((p) => p.b.id)).toEqual(['s6-p3']);
		expect(status('spacing').length + status('same').length).toBe(28);
	});

	it('marks 铈 against 铌 in item 二', () => {
		const item = pairs.find((p) => p.b.id === 'i2')!;
		expect(item.diff.a.filter((r) => r.changed).map((r) => r.text)).toContain('铈');
		expect(item.diff.b.filter((r) => r.changed).map((r) => r.text)).toContain('铌');
	});
});

describe('alignEditions', () => {
	it('reports a paragraph with no counterpart', () => {
		const a = [{ id: 'p1', path: '/a/', text: '各位代表：现在我代表自治区人民政府' }];
		const b = [{ id: 'p1', path: '/b/', text: '一段全文没有的文字，不会配对成功。' }];
		expect(alignEditions(a, b).unpaired).toEqual(b);
	});
});
