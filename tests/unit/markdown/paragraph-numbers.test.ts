import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { siteMarkdownOptions } from '../../../src/markdown/pipeline.ts';

/** A fixture folder's input (fixtures/<case>/input.md), rendered as the site renders report entries. */
async function renderFixture(name: string): Promise<string> {
	const processor = await createMarkdownProcessor(siteMarkdownOptions);
	const path = new URL(`fixtures/${name}/input.md`, import.meta.url);
	return (await processor.render(readFileSync(path, 'utf8'), { fileURL: path })).code;
}

/** The same input parsed as the ingest and the search index read it, without its frontmatter. */
function parseFixture(name: string) {
	const tree = parseMarkdown(readFileSync(new URL(`fixtures/${name}/input.md`, import.meta.url), 'utf8'));
	return { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
}

describe('paragraph numbers', () => {
	it.each(['run-in-sections', 'items-and-lists', 'annex'])('%s: every paragraph and item numbered 1… in document order, as page-blocks counts them', async (name) => {
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
		const html = await renderFixture('run-in-sections');
		const tree = fromHtml(html, { fragment: true });
		const [first] = selectAll('p[data-paragraph="1"]', tree);
		const link = selectAll('a.block-link', first!)[0]!;
		expect(link.children).toEqual([]);
		expect(link.properties.ariaLabel).toBe('第1段链接');
	});
});
