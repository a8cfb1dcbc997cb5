import type { APIRoute, GetStaticPaths } from 'astro';
import { citationContext } from '../core/citation.ts';
import { citeExports, type CiteExport, type ExportItem } from '../core/cite-exports.ts';
import type { ShelfPublication } from '../core/shelf.ts';
import { publicationPath } from '../core/urls.ts';
import { loadShelf } from './collections.ts';

/** A publication's URL as the files outside the site name it: absolute only where the public address is set. */
export function publicURL(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

export function exportItem(entry: ShelfPublication, site: URL | undefined, page?: { label: string; path: string }): ExportItem {
	const { publication } = entry;
	return { key: publication.id, context: citationContext(publication, page), url: publicURL(page?.path ?? publicationPath(publication), site) };
}

export const citeFilePaths: GetStaticPaths = async () =>
	(await loadShelf()).flatMap((year) => year.publications.map((entry) => ({ params: { year: String(year.year), edition: entry.publication.edition }, props: { entry } })));

/** The endpoint of one export format: /<year>/<edition>/cite.bib and its siblings. */
export function citeFileRoute(format: CiteExport['format'], write: (item: ExportItem) => string): APIRoute {
	return ({ props, site }) => {
		const { entry } = props as { entry: ShelfPublication };
		const file = citeExports(publicationPath(entry.publication)).find((f) => f.format === format)!;
		return new Response(write(exportItem(entry, site)), { headers: { 'Content-Type': file.mediaType } });
	};
}
