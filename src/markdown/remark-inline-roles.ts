import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * The few roles the ingest gives text beyond Markdown, written as directives:
 * `:sub[2.5]` a subscript (PM<sub>2.5</sub>), `:dfn[term]` the term a glossary entry
 * defines, `::caption[…]` a digest's photo caption. Any other directive is an error,
 * so that no text can become an element this list does not name.
 */
const TEXT_ROLES: Record<string, string> = { sub: 'sub', dfn: 'dfn' };
const LEAF_ROLES: Record<string, { tag: string; className: string }> = { caption: { tag: 'p', className: 'caption' } };

export default function remarkInlineRoles() {
	return (tree: Root, file: VFile) => {
		visit(tree, (node) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			const role = node.type === 'textDirective' ? TEXT_ROLES[node.name] : undefined;
			const leaf = node.type === 'leafDirective' ? LEAF_ROLES[node.name] : undefined;
			if (!role && !leaf) {
				// The line goes into the reason too: Astro prints the reason under the file's name, not the place.
				file.fail(`unknown directive “${node.name}” (${node.type}, line ${node.position?.start.line ?? 0})`, { place: node.position ?? null, ruleId: 'inline-roles' });
			}
			// remark-rehype reads hName and hProperties to make the element.
			const data = (node.data ??= {}) as { hName?: string; hProperties?: Record<string, unknown> };
			data.hName = role ?? leaf!.tag;
			data.hProperties = { ...data.hProperties, ...(leaf ? { className: [leaf.className] } : {}) };
		});
	};
}
