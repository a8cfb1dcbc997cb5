import { termsOfEntry, type GlossaryTerm } from '../../../src/markdown/glossary-terms.ts';
import { composePageEntry, decomposePageEntry } from '../content/page-entries.ts';

/**
 * The glossary terms of each report (its glossary page's `:dfn` paragraphs, read with the
 * ids the page publishes), written into the frontmatter of every page of that report's
 * publications, so that the renderer marks them from the entry it renders and Astro's
 * cache of rendered entries changes with them. `files`: content/publication-pages/ path → entry.
 */
export function withGlossaryTerms(files: ReadonlyMap<string, string>): Map<string, string> {
	const byYear = new Map<number, GlossaryTerm[]>();
	for (const [path, markdown] of files) {
		if (!markdown.includes(':dfn[')) continue;
		for (const term of termsOfEntry(markdown, `content/publication-pages/${path}`)) byYear.set(term.year, [...(byYear.get(term.year) ?? []), term]);
	}
	const out = new Map<string, string>();
	for (const [path, markdown] of files) {
		const { note, data, body } = decomposePageEntry(markdown, `content/publication-pages/${path}`);
		const terms = byYear.get(Number(data.publication.slice(0, 4)));
		out.set(path, terms ? composePageEntry(note, { ...data, glossary: terms.map(({ term, words, href }) => ({ term, words, href })) }, body) : markdown);
	}
	return out;
}
