import type { Element, Root } from 'hast';

/**
 * Drops the line breaks that Markdown-to-HTML puts between block elements
 * (`<li>…\n<ul>`, `<ul>\n<li>`). They carry no text, and a minifier may turn them
 * into spaces between two Chinese characters that the source never separated.
 */
const BLOCK_PARENTS = new Set(['ul', 'ol', 'li', 'blockquote', 'section', 'div']);

export default function rehypeNoLayoutWhitespace() {
	return (tree: Root) => {
		strip(tree, true);
	};
}

function strip(node: Root | Element, isBlockParent: boolean): void {
	node.children = node.children.filter((child) => !(isBlockParent && child.type === 'text' && child.value.trim() === ''));
	for (const child of node.children) {
		if (child.type === 'element') strip(child, BLOCK_PARENTS.has(child.tagName));
	}
}
