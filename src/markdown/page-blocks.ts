import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { assignBlockIds, blockId, type BlockIds, type BlockPins } from './block-ids.ts';

/**
 * The one reader of a page's blocks: every heading, paragraph and list item of a page
 * entry's body, with the id the site gives it (block-ids.ts) and its own text as a
 * reader sees it. The ids in the ingest's frontmatter, the indicators' quotes and
 * links, the edition comparison and the search index all read a page through it, so
 * that none of them can name a block differently from the page.
 */

export type PageBlockType = 'heading' | 'paragraph' | 'item';

export interface PageBlock {
	id: string;
	/** The block's own text (a list item without the items nested in it). */
	text: string;
	type: PageBlockType;
	/** The text of the nearest heading above the block on its page ('' under the page heading). */
	heading: string;
	/** The paragraph number a reader sees in the margin (rehype-paragraph-numbers.ts): paragraphs and items, 1… per page; absent for headings. */
	paragraph?: number;
}

export interface PageBlocks extends BlockIds {
	blocks: PageBlock[];
}

/** Names the blocks of a page body (in place, as the remark plugin does, with the entry's pins) and reads them in document order. */
export function readPageBlocks(body: Root, pins: BlockPins = {}): PageBlocks {
	const { outline, ids } = assignBlockIds(body, pins);
	return { outline, ids, blocks: collectBlocks(body.children) };
}

function collectBlocks(nodes: readonly RootContent[]): PageBlock[] {
	const blocks: PageBlock[] = [];
	let heading = '';
	let paragraph = 0;
	const items = (list: List) => {
		for (const item of list.children as ListItem[]) {
			const id = blockId(item);
			const own = item.children.find((child) => child.type !== 'list');
			if (id) blocks.push({ id, text: own ? toString(own) : '', type: 'item', heading, paragraph: ++paragraph });
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
		blocks.push({ id, text: toString(node), type: 'paragraph', heading, paragraph: ++paragraph });
	}
	return blocks;
}
