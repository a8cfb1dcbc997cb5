import { EDITION_LABEL, type ShelfPublication } from '../../core/shelf.ts';
import { readGlossaryTerms } from '../../markdown/glossary-terms.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { loadShelf, pageEntry } from '../collections.ts';
import { collationBlocks } from '../compare/blocks.ts';
import { termOccurrences, type TermOccurrences } from './occurrences.ts';

async function blocksOf(entry: ShelfPublication) {
	const bodies = await Promise.all(entry.pages.map(async (page) => (await pageEntry(entry.publication.id, page.slug)).body ?? ''));
	return entry.pages.flatMap((page, index) => collationBlocks(parseMarkdown(bodies[index]!), page));
}

/** The terms a page defines, each with where it occurs in its report (build time only). */
export async function glossaryOf(pagePath: string): Promise<TermOccurrences[]> {
	const terms = readGlossaryTerms().filter((t) => t.href.startsWith(`${pagePath}#`));
	if (terms.length === 0) return [];
	const year = (await loadShelf()).find((y) => y.year === terms[0]!.year);
	const publications = await Promise.all((year?.publications ?? []).map(async (entry) => ({ label: EDITION_LABEL[entry.publication.edition], blocks: await blocksOf(entry) })));
	return termOccurrences(terms, publications);
}
