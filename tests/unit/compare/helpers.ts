import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { collationBlocks, type CollationBlock } from '../../../src/site/compare/blocks.ts';
import { CLASS_RULES_FILE, parseClassRules } from '../../../src/site/compare/class-rules.ts';

/** The project's class rules, read from their file (pages read them from the content layer). */
export const rules = parseClassRules(readFileSync(new URL(`../../../${CLASS_RULES_FILE}`, import.meta.url), 'utf8'));

/** The blocks of a page entry as the collation reads them, its frontmatter giving the page's place. */
export function blocksOfEntry(markdown: string, path: string): CollationBlock[] {
	const front = (parse(markdown.split('---\n')[1] ?? '') ?? {}) as { title?: string; slug?: string; continuedFrom?: string; continuesTo?: string };
	const tree = parseMarkdown(markdown);
	return collationBlocks(readPageBlocks({ ...tree, children: tree.children.filter((node) => node.type !== 'yaml') }), {
		path,
		label: front.title ?? front.slug ?? path,
		continuedFrom: front.continuedFrom,
		continuesTo: front.continuesTo,
	});
}

export function fixtureBlocks(file: string): CollationBlock[] {
	return blocksOfEntry(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8'), `/fixture/${file}/`);
}

const reports = new URL('../../../content/publication-pages/', import.meta.url);

/** A real publication's blocks, page after page. */
export function realBlocks(publication: string): CollationBlock[] {
	return readdirSync(new URL(publication, reports))
		.sort()
		.flatMap((file) => blocksOfEntry(readFileSync(new URL(`${publication}/${file}`, reports), 'utf8'), `/${publication}/${file}/`));
}
