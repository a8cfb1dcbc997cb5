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
	/** The accessible name of each link. */
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
				// The paragraph number (rehype-paragraph-numbers.ts) is what a reader asking for the link hears.
				properties: { className: ['block-link'], href: `#${id}`, ariaLabel: typeof node.properties.dataParagraph === 'string' ? `${label}（第${node.properties.dataParagraph}段）` : `${label}（${id}）` },
				children: [],
			});
		});
	};
}
