import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives every paragraph and list item a link to itself: an empty `<a href="#id">`
 * drawn by CSS in the margin, shown on hover or keyboard focus. Without script it is
 * a plain deep link; with script it copies the URL and offers a citation
 * (src/client/reading/block-actions.ts). It holds no text, so the report text, its
 * search index and what a reader copies stay exactly the source's.
 */
export interface BlockLinksOptions {
	/** The accessible name of a link whose block has no position words (a run-in section, a review item). */
	label?: string;
}

const BLOCKS = new Set(['p', 'li']);

export default function rehypeBlockLinks(options: BlockLinksOptions = {}) {
	const label = options.label ?? '本段链接';
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (!BLOCKS.has(node.tagName) || typeof id !== 'string') return;
			node.children.unshift({
				type: 'element',
				tagName: 'a',
				// Named by the block's number in the margin (rehype-paragraph-numbers.ts), the one its citation gives: 第3段链接, never its id.
				properties: { className: ['block-link'], href: `#${id}`, ariaLabel: blockLinkName(node.properties.dataParagraph, label) },
				children: [],
			});
		});
	};
}

/** The spoken name of a block's link: its paragraph number, as the margin shows it and a citation gives it, and 链接. */
export function blockLinkName(paragraph: unknown, fallback = '本段链接'): string {
	const number = typeof paragraph === 'number' || typeof paragraph === 'string' ? String(paragraph) : '';
	return /^\d+$/.test(number) ? `第${number}段链接` : fallback;
}
