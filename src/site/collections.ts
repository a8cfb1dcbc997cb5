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

const pageEntries = oncePerBuild(async () => new Map((await getCollection('publicationPages')).map((entry) => [`${entry.data.publication}/${entry.data.slug}`, entry])));

/** The collection entry of one page, to render its text. */
export async function pageEntry(publication: string, slug: string): Promise<CollectionEntry<'publicationPages'>> {
	const entry = (await pageEntries()).get(`${publication}/${slug}`);
	if (!entry) throw new Error(`no page ${slug} in ${publication}`);
	return entry;
}

/** The publications alone, as the manifest lists them: what the site's frame counts, without the pages. */
export const loadPublications: () => Promise<Publication[]> = oncePerBuild(async () => (await getCollection('publications')).map((p) => p.data));
