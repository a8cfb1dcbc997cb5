import { readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { stringify } from 'yaml';
import { readPageBlocks, type PageBlock } from '../../../src/markdown/page-blocks.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { pageSchema, type OutlineEntry, type PageData } from '../../../src/core/schemas/page-entry.ts';

/**
 * A generated page entry (content/publication-pages/<publication>/NN-<page>.md) read back: its
 * validated frontmatter, and its body as the content layer's loader keeps it (src/site/data-files.ts)
 * or parsed as the site parses it.
 */

/** Where the ingest writes the page entries (generated, committed). */
export const PAGES_FOLDER = 'content/publication-pages';

export interface PageEntryFile {
	/** The entry's path from the project root, for messages: content/publication-pages/2024-full/02-part-2.md. */
	file: string;
	markdown: string;
}

/** The entries of one publication, in file order. */
export async function readPageEntryFiles(root: URL, publicationId: string): Promise<PageEntryFile[]> {
	const dir = new URL(`${PAGES_FOLDER}/${publicationId}/`, root);
	const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
	return Promise.all(names.map(async (name) => ({ file: `${PAGES_FOLDER}/${publicationId}/${name}`, markdown: await readFile(new URL(name, dir), 'utf8') })));
}

/**
 * A page entry's text: its frontmatter (the generator's note, a YAML comment, then the
 * page's data) and its Markdown body. The one writer of the entries' form, which
 * decomposePageEntry reads back.
 */
export function composePageEntry(note: string, data: PageData, body: string): string {
	return `---\n# ${note}\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

/** A page entry written by composePageEntry, taken apart: its note, its validated data and its body. */
export function decomposePageEntry(markdown: string, file: string): { note: string; data: PageData; body: string } {
	const note = /^---\n# (.*)\n/u.exec(markdown)?.[1];
	if (note === undefined) throw new Error(`${file}: no generator's note at the top of the frontmatter; is it a page entry written by npm run ingest?`);
	const { page } = splitPageEntry(markdown, file);
	// What follows the frontmatter's closing line: the blank line composePageEntry writes, then the body.
	const { content } = parseFrontmatter(markdown, { frontmatter: 'remove' });
	if (!content.startsWith('\n\n')) throw new Error(`${file}: no blank line after the frontmatter; is it a page entry written by npm run ingest?`);
	return { note, data: page, body: content.slice(2) };
}

/** The entry split as the content layer's loader splits it (markdownEntries, src/site/data-files.ts): validated frontmatter, and its body. */
export function splitPageEntry(markdown: string, file: string): { page: PageData; body: string } {
	const { frontmatter, rawFrontmatter, content } = parseFrontmatter(markdown, { frontmatter: 'remove' });
	if (rawFrontmatter === '') throw new Error(`${file}: no frontmatter; is it a page entry written by npm run ingest?`);
	const page = pageSchema.safeParse(frontmatter);
	if (!page.success) throw new Error(`${file}: frontmatter is not a page entry's (${page.error.issues[0]?.message}); run npm run ingest`);
	return { page: page.data, body: content.trim() };
}

/** The entry with its body parsed as the site parses it. */
export function readPageEntryMarkdown(markdown: string, file: string): { page: PageData; body: Root } {
	const { page } = splitPageEntry(markdown, file);
	const tree = parseMarkdown(markdown);
	return { page, body: { type: 'root', children: tree.children.filter((node) => node.type !== 'yaml') } };
}

/** A page entry read as blocks (src/markdown/page-blocks.ts), checked against the ids its frontmatter lists. */
export interface PageEntryBlocks {
	/** The entry's path, for messages: content/publication-pages/2024-full/02-part-2.md. */
	file: string;
	page: PageData;
	blocks: PageBlock[];
	/** The page's outline (its sections), as the page's outline lists them. */
	outline: OutlineEntry[];
}

export function readPageEntry(markdown: string, file: string): PageEntryBlocks {
	const { page, body } = readPageEntryMarkdown(markdown, file);
	const { ids, blocks, outline } = readPageBlocks(body, page.pins ?? {});
	// The frontmatter's ids were written by the ingest with the same reader: a mismatch means a stale entry.
	if (blocks.map((b) => b.id).join(' ') !== ids.join(' ') || ids.join(' ') !== page.ids.join(' ')) {
		throw new Error(`${file}: block ids differ from the entry's frontmatter; run npm run ingest`);
	}
	return { file, page, blocks, outline };
}
