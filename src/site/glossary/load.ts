import { EDITION_LABEL } from '../../core/shelf.ts';
import { loadShelf } from '../collections.ts';
import { publicationBlocks } from '../publication-blocks.ts';
import { termOccurrences, type TermOccurrences } from './occurrences.ts';

/** The terms a page defines, each with where it occurs in its report (build time only). */
export async function glossaryOf(pagePath: string): Promise<TermOccurrences[]> {
	// Every page of a report carries its glossary (the ingest writes it: scripts/lib/ingest/glossary.ts).
	const defines = (t: { href: string }) => t.href.startsWith(`${pagePath}#`);
	const year = (await loadShelf()).find((y) => y.publications.some((p) => p.pages.some((page) => page.glossary?.some(defines))));
	if (!year) return [];
	const glossary = year.publications.flatMap((p) => p.pages).find((page) => page.glossary)?.glossary ?? [];
	const terms = glossary.filter(defines).map((t) => ({ ...t, year: year.year }));
	const publications = await Promise.all(year.publications.map(async (entry) => ({ label: EDITION_LABEL[entry.publication.edition], blocks: await publicationBlocks(entry) })));
	return termOccurrences(terms, publications);
}
