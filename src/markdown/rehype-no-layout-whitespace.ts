import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Drops the line breaks that Markdown-to-HTML puts between block elements
 * (`<li>…\n<ul>`, `<ul>\n<li>`). They carry no text, and a minifier may turn them
 * into spaces between two Chinese characters that the source never separated.
 */
const BLOCK_PARENTS = new Set(['ul', 'ol', 'li', 'blockquote', 'section', 'div']);
const BLOCKS = new Set([...BLOCK_PARENTS, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeNoLayoutWhitespace() {
	return (tree: Root) => {
		strip(tree, true);
	};
}

function strip(node: Root | Element, isBlockParent: boolean): void {
	const children: (RootContent | ElementContent)[] = node.children;
	node.children = children.filter((_, i) => !(isBlockParent && isLayout(children, i))) as typeof node.children;
	for (const child of node.children) {
		if (child.type === 'element') strip(child, BLOCK_PARENTS.has(child.tagName));
	}
}

// White space (HTML's: ASCII) at either end of a block or beside a block element is layout;
// between two inline elements of a list item (`**甲** **乙**`) it is the source's text.
function isLayout(children: readonly (RootContent | ElementContent)[], i: number): boolean {
	const child = children[i]!;
	if (child.type !== 'text' || !/^[\t\n\f\r ]*$/.test(child.value)) return false;
	const isBlock = (node: RootContent | ElementContent | undefined) => node === undefined || (node.type === 'element' && BLOCKS.has(node.tagName));
	return isBlock(children[i - 1]) || isBlock(children[i + 1]);
}
