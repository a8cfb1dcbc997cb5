import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { parseFixture, renderFixture } from './render.ts';

describe('paragraph numbers', () => {
	it.each(['run-in-sections.md', 'items-and-lists.md', 'annex.md'])('%s: every paragraph and item numbered 1… in document order, as page-blocks counts them', async (name) => {
		const html = fromHtml(await renderFixture(name), { fragment: true });
		const numbered = selectAll('[data-paragraph]', html).map((el) => [String(el.properties.id), Number(el.properties.dataParagraph)]);
		expect(numbered.map(([, n]) => n)).toEqual(numbered.map((_, index) => index + 1));
		// Every paragraph and list item with an id is numbered, no heading is.
		expect(selectAll(':is(p, li)[id]', html).length).toBe(numbered.length);
		expect(selectAll(':is(h1, h2, h3, h4)[data-paragraph]', html)).toEqual([]);
		const blocks = readPageBlocks(parseFixture(name)).blocks.filter((b) => b.paragraph !== undefined);
		expect(blocks.map((b) => [b.id, b.paragraph])).toEqual(numbered);
	});

	it('puts no number in the text and names it in the link a screen reader announces', async () => {
		const html = await renderFixture('run-in-sections.md');
		const tree = fromHtml(html, { fragment: true });
		const [first] = selectAll('p[data-paragraph="1"]', tree);
		const link = selectAll('a.block-link', first!)[0]!;
		expect(link.children).toEqual([]);
		expect(link.properties.ariaLabel).toBe('本段链接（第1段）');
	});
});
