import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { assignBlockIds, blockId } from '../../../src/markdown/block-ids.ts';
import type { PageData } from '../../../src/schemas/page.ts';
import { readPageEntryMarkdown } from '../page-entry.ts';

/**
 * A generated page entry (content/reports/<publication>/NN-<page>.md) as blocks of
 * text with the ids the site gives them: the body is parsed exactly as the site parses
 * it and named by the same function (src/markdown/block-ids.ts), so a point's link
 * lands on the paragraph its quote comes from.
 */

export interface TextBlock {
	id: string;
	/** The block's own text as a reader sees it (a list item without the items nested in it). */
	text: string;
	type: 'heading' | 'paragraph' | 'item';
	/** The text of the nearest heading above the block on its page ('' under the page heading). */
	heading: string;
}

export interface PageBlocks {
	/** The entry's path, for messages: content/reports/2024-full/02-part-2.md. */
	file: string;
	page: PageData;
	blocks: TextBlock[];
}

export function readPageEntry(markdown: string, file: string): PageBlocks {
	const { page, body } = readPageEntryMarkdown(markdown, file);
	const { ids } = assignBlockIds(body);
	const blocks = collectBlocks(body.children);
	const named = blocks.map((b) => b.id);
	// The frontmatter's ids were written by the ingest with the same function: a mismatch means a stale entry.
	if (named.join(' ') !== ids.join(' ') || ids.join(' ') !== page.ids.join(' ')) {
		throw new Error(`${file}: block ids differ from the entry's frontmatter; run npm run ingest`);
	}
	return { file, page, blocks };
}

function collectBlocks(nodes: RootContent[]): TextBlock[] {
	const blocks: TextBlock[] = [];
	let heading = '';
	const items = (list: List) => {
		for (const item of list.children as ListItem[]) {
			const id = blockId(item);
			const own = item.children.find((child) => child.type !== 'list');
			if (id) blocks.push({ id, text: own ? toString(own) : '', type: 'item', heading });
			for (const child of item.children) if (child.type === 'list') items(child);
		}
	};
	for (const node of nodes) {
		if (node.type === 'list') {
			items(node);
			continue;
		}
		const id = blockId(node);
		if (!id) continue;
		if (node.type === 'heading') {
			blocks.push({ id, text: toString(node), type: 'heading', heading });
			heading = node.depth === 1 ? '' : toString(node);
			continue;
		}
		blocks.push({ id, text: toString(node), type: 'paragraph', heading });
	}
	return blocks;
}
