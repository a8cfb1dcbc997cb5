import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { findTerms, type MarkedTerm } from './glossary-terms.ts';

/**
 * Marks each occurrence of a glossary term in a report's text: the words become a
 * link to the term's definition (附件2), one tap away, titled for a pointer. The
 * characters stay exactly the source's, in the same order; only an element is put
 * around them, so the text, the search index and the search highlight (which walks
 * the text nodes) read the same. The terms are the page entry's own (its report's
 * glossary, in its frontmatter), so they mark the publications of their own year; the
 * term a definition defines (<dfn>), headings and links are left alone.
 */
const SKIP = new Set(['a', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sub']);

/** The terms the page entry carries (its frontmatter's `glossary`, written by the ingest: scripts/lib/ingest/glossary.ts). */
function termsOf(file: VFile): readonly MarkedTerm[] {
	const glossary = (file.data as { astro?: { frontmatter?: { glossary?: unknown } } }).astro?.frontmatter?.glossary;
	return Array.isArray(glossary) ? (glossary as MarkedTerm[]) : [];
}

export default function rehypeGlossaryTerms() {
	return (tree: Root, file: VFile) => {
		const terms = termsOf(file);
		if (terms.length === 0) return;
		const walk = (parent: Root | Element) => {
			parent.children = parent.children.flatMap((child): ElementContent[] => {
				if (child.type === 'element') {
					if (!SKIP.has(child.tagName)) walk(child);
					return [child];
				}
				if (child.type !== 'text') return [child as ElementContent];
				return split(child, terms);
			}) as typeof parent.children;
		};
		walk(tree);
	};
}

function split(node: Text, terms: readonly MarkedTerm[]): ElementContent[] {
	const found = findTerms(node.value, terms);
	if (found.length === 0) return [node];
	const out: ElementContent[] = [];
	let at = 0;
	for (const [start, end, term] of found) {
		if (start > at) out.push({ type: 'text', value: node.value.slice(at, start) });
		out.push({
			type: 'element',
			tagName: 'a',
			properties: { className: ['term'], href: term.href, title: `名词解释：${term.term}` },
			children: [{ type: 'text', value: node.value.slice(start, end) }],
		});
		at = end;
	}
	if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
	return out;
}
