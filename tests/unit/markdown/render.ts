import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../../scripts/lib/ingest/to-markdown.ts';
import { siteMarkdownOptions } from '../../../src/markdown/pipeline.ts';

/** Renders a fixture beside these tests exactly as the site renders report entries. */
export async function renderFixture(name: string): Promise<string> {
	const processor = await createMarkdownProcessor(siteMarkdownOptions);
	const path = new URL(`fixtures/${name}`, import.meta.url);
	const { code } = await processor.render(readFileSync(path, 'utf8'), { fileURL: path });
	return code;
}

export function parseFixture(name: string): Root {
	return parseMarkdown(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
}
