import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { placeOf } from '../core/citation.ts';

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
				// Named by the block's position as a citation gives it (第3段链接, 第4项链接), never by its id.
				properties: { className: ['block-link'], href: `#${id}`, ariaLabel: blockLinkName(id, label) },
				children: [],
			});
		});
	};
}

/** The spoken name of a block's link: its position words (src/core/citation.ts) and 链接. */
export function blockLinkName(id: string, fallback = '本段链接'): string {
	// A paragraph with a section's id is the run-in section's first paragraph (placeOf: 第1段).
	const { position } = placeOf(id, /^s\d+$/.test(id) ? [{ id, text: '' }] : []);
	return position ? `${position}链接` : fallback;
}
