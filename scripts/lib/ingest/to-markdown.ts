import type { ListItem as MdListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Block, Inline, ListItem } from './model.ts';

/**
 * Model → mdast → Markdown, with mdast-util-to-markdown doing every escape, so that
 * no character of a source can turn into Markdown syntax, HTML or a link; and the
 * way back, with the same parser extensions the site renders with (remark-directive).
 *
 * Inline roles travel as text directives: `:sub[2.5]` (a subscript) and `:dfn[term]`
 * (the term a glossary entry defines); a digest's photo caption as `::caption[…]`.
 */
export function blocksToMdast(blocks: readonly Block[]): Root {
	return { type: 'root', children: blocks.map(blockToMdast) };
}

function blockToMdast(block: Block): RootContent {
	switch (block.type) {
		case 'heading':
			return { type: 'heading', depth: block.depth, children: inlines(block.children) };
		case 'paragraph':
			return block.role === 'caption'
				? { type: 'leafDirective', name: 'caption', attributes: {}, children: inlines(block.children) }
				: { type: 'paragraph', children: inlines(block.children) };
		case 'list':
			return { type: 'list', ordered: false, spread: false, children: block.items.map(listItem) };
	}
}

function listItem(item: ListItem): MdListItem {
	const children: MdListItem['children'] = [{ type: 'paragraph', children: inlines(item.children) }];
	if (item.items.length > 0) children.push({ type: 'list', ordered: false, spread: false, children: item.items.map(listItem) });
	return { type: 'listItem', spread: false, children };
}

function inlines(nodes: readonly Inline[]): PhrasingContent[] {
	return nodes.map((node): PhrasingContent => {
		switch (node.type) {
			case 'text':
				return { type: 'text', value: node.value };
			case 'strong':
				return { type: 'strong', children: inlines(node.children) };
			case 'sub':
				return { type: 'textDirective', name: 'sub', attributes: {}, children: [{ type: 'text', value: node.value }] };
			case 'dfn':
				return { type: 'textDirective', name: 'dfn', attributes: {}, children: inlines(node.children) };
		}
	});
}

export function serializeMarkdown(tree: Root): string {
	return toMarkdown(tree, {
		bullet: '-',
		listItemIndent: 'one',
		rule: '-',
		extensions: [directiveToMarkdown()],
	});
}

/** The way back, shared with the site: src/markdown/parse.ts. */
export { parseMarkdown } from '../../../src/markdown/parse.ts';
