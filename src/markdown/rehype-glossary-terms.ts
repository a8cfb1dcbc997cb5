import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { findTerms, type GlossaryTerm } from './glossary-terms.ts';

/**
 * Marks each occurrence of a glossary term in a report's text: the words become a
 * link to the term's definition (附件2), one tap away, titled for a pointer. The
 * characters stay exactly the source's, in the same order; only an element is put
 * around them, so the text, the search index and the search highlight (which walks
 * the text nodes) read the same. Terms mark the publications of their own year; the
 * term a definition defines (<dfn>), headings and links are left alone.
 */
export interface GlossaryTermsOptions {
	/** The terms, or how to read them: the build writes the page entries after it loads this plugin. */
	terms?: readonly GlossaryTerm[] | (() => readonly GlossaryTerm[]);
}

const SKIP = new Set(['a', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sub']);

/** The publication a document belongs to: its frontmatter's, or its folder's under publication-pages/. */
function publicationOf(file: VFile): string | undefined {
	const front = (file.data as { astro?: { frontmatter?: { publication?: unknown } } }).astro?.frontmatter?.publication;
	if (typeof front === 'string') return front;
	return /publication-pages\/(\d{4}-[a-z]+)\//u.exec(file.path ?? '')?.[1];
}

export default function rehypeGlossaryTerms(options: GlossaryTermsOptions = {}) {
	// unified attaches a plugin when the processor first runs, after the content is written.
	const all = typeof options.terms === 'function' ? options.terms() : (options.terms ?? []);
	return (tree: Root, file: VFile) => {
		const publication = publicationOf(file);
		const year = publication ? Number(publication.slice(0, 4)) : undefined;
		const terms = all.filter((t) => t.year === year);
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

function split(node: Text, terms: readonly GlossaryTerm[]): ElementContent[] {
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
