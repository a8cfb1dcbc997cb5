import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Refuses raw HTML in an entry. The ingest escapes every character of the sources,
 * so HTML here means an entry was edited by hand or the escaping broke: either way
 * nothing from a source may reach the page as markup.
 */
export default function remarkNoRawHtml() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'html', (node) => {
			// The line goes into the reason too: Astro prints the reason under the file's name, not the place.
			const line = node.position?.start.line ?? 0;
			file.fail(`raw HTML is not allowed in report entries (line ${line}: ${JSON.stringify(node.value.slice(0, 40))})`, {
				place: node.position ?? null,
				ruleId: 'no-raw-html',
				source: 'remark-no-raw-html',
			});
		});
	};
}
