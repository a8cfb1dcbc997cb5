import { EDITION_LABEL } from '../../core/shelf.ts';
import { readGlossaryTerms } from '../../markdown/glossary-terms.ts';
import { loadShelf } from '../collections.ts';
import { publicationBlocks } from '../publication-blocks.ts';
import { termOccurrences, type TermOccurrences } from './occurrences.ts';

/** The terms a page defines, each with where it occurs in its report (build time only). */
export async function glossaryOf(pagePath: string): Promise<TermOccurrences[]> {
	const terms = readGlossaryTerms().filter((t) => t.href.startsWith(`${pagePath}#`));
	if (terms.length === 0) return [];
	const year = (await loadShelf()).find((y) => y.year === terms[0]!.year);
	const publications = await Promise.all(
		(year?.publications ?? []).map(async (entry) => ({ label: EDITION_LABEL[entry.publication.edition], blocks: await publicationBlocks(entry) })),
	);
	return termOccurrences(terms, publications);
}
