import { getCollection, type CollectionEntry } from 'astro:content';
import { buildShelf, type ShelfYear } from '../core/shelf.ts';
import type { Publication } from '../core/schemas/publication.ts';

/** The shelf from the content collections (build time only). */
export async function loadShelf(): Promise<ShelfYear[]> {
	const publications = await getCollection('publications');
	const pages = await getCollection('publicationPages');
	return buildShelf(
		publications.map((p) => p.data),
		pages.map((p) => p.data),
	);
}

/** The collection entry of one page, to render its text. */
export async function pageEntry(publication: string, slug: string): Promise<CollectionEntry<'publicationPages'>> {
	const entries = await getCollection('publicationPages', (entry) => entry.data.publication === publication && entry.data.slug === slug);
	const entry = entries[0];
	if (!entry) throw new Error(`no page ${slug} in ${publication}`);
	return entry;
}

/** The publications alone, as the manifest lists them: what the site's frame counts, without the pages. */
export async function loadPublications(): Promise<Publication[]> {
	return (await getCollection('publications')).map((p) => p.data);
}
