import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Numbers the paragraphs of a page: every paragraph and list item with an id, in
 * document order (a nested item after its parent), 1, 2, 3 … per page, headings not
 * counted. The number travels as `data-paragraph` and is drawn by CSS generated
 * content in the margin, so that it is printed but never part of the text a reader
 * copies, the search indexes or a screen reader reads; the citation and the cite
 * panel read the same attribute, so the three cannot disagree. page-blocks.ts counts
 * the same way (PageBlock.paragraph).
 */
export interface ParagraphNumbersOptions {
	/** The attribute, as hast names it (`dataParagraph` → data-paragraph). */
	property?: string;
}

const BLOCKS = new Set(['p', 'li']);

export default function rehypeParagraphNumbers(options: ParagraphNumbersOptions = {}) {
	const property = options.property ?? 'dataParagraph';
	return (tree: Root) => {
		let number = 0;
		visit(tree, 'element', (node: Element) => {
			if (BLOCKS.has(node.tagName) && typeof node.properties.id === 'string') node.properties[property] = String(++number);
		});
	};
}
