import { getCollection, type CollectionEntry } from 'astro:content';
import { buildShelf, type ShelfYear } from '../core/shelf.ts';
import type { Publication } from '../core/schemas/publication.ts';

/**
 * Read once per build, not once per page: every page's frame asks for the shelf. The dev
 * server reads it anew each time, so that an edited entry shows at once.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? load() : (value ??= load()));
}

/** The shelf from the content collections (build time only). */
export const loadShelf: () => Promise<ShelfYear[]> = oncePerBuild(async () => {
	const publications = await getCollection('publications');
	const pages = await getCollection('publicationPages');
	return buildShelf(
		publications.map((p) => p.data),
		pages.map((p) => p.data),
	);
});

/** The collection entry of one page, to render its text. */
export async function pageEntry(publication: string, slug: string): Promise<CollectionEntry<'publicationPages'>> {
	const entries = await getCollection('publicationPages', (entry) => entry.data.publication === publication && entry.data.slug === slug);
	const entry = entries[0];
	if (!entry) throw new Error(`no page ${slug} in ${publication}`);
	return entry;
}

/** The publications alone, as the manifest lists them: what the site's frame counts, without the pages. */
export const loadPublications: () => Promise<Publication[]> = oncePerBuild(async () => (await getCollection('publications')).map((p) => p.data));
