import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type CatalogYear } from './catalog.ts';

/** The catalog from the content collections (build time only). */
export async function loadCatalog(): Promise<CatalogYear[]> {
	const publications = await getCollection('publications');
	const pages = await getCollection('pages');
	return buildCatalog(
		publications.map((p) => p.data),
		pages.map((p) => p.data),
	);
}

/** The collection entry of one page, to render its text. */
export async function pageEntry(publication: string, slug: string): Promise<CollectionEntry<'pages'>> {
	const entries = await getCollection('pages', (entry) => entry.data.publication === publication && entry.data.slug === slug);
	const entry = entries[0];
	if (!entry) throw new Error(`no page ${slug} in ${publication}`);
	return entry;
}
