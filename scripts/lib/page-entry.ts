import type { Root } from 'mdast';
import { parse } from 'yaml';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import { pageSchema, type PageData } from '../../src/schemas/page.ts';

/**
 * A generated page entry (content/reports/<publication>/NN-<page>.md) read back: its
 * validated frontmatter and its body, parsed as the site parses it.
 */
export function readPageEntryMarkdown(markdown: string, file: string): { page: PageData; body: Root } {
	const tree = parseMarkdown(markdown);
	const yaml = tree.children.find((node) => node.type === 'yaml');
	if (!yaml || yaml.type !== 'yaml') throw new Error(`${file}: no frontmatter; is it a page entry written by npm run ingest?`);
	return {
		page: pageSchema.parse(parse(yaml.value)),
		body: { type: 'root', children: tree.children.filter((node) => node.type !== 'yaml') },
	};
}
