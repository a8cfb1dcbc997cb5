import { readFileSync } from 'node:fs';
import { readManifest } from '../../scripts/lib/content/manifest.ts';
import { CATALOG_FILE, parseCatalog, type SeriesDefinition } from '../../scripts/lib/indicators/catalog.ts';
import type { Publication } from '../../src/core/schemas/publication.ts';

/** The project root. */
export const ROOT = new URL('../../', import.meta.url);

export interface Source {
	publication: Publication;
	/** The path ingest names in its messages, relative to the project root. */
	file: string;
	bytes: Uint8Array;
}

/** The real publications, in manifest order, read from content/sources/ as scripts/ingest.ts reads them. */
export async function readRealSources(): Promise<Source[]> {
	const manifest = await readManifest(ROOT);
	return manifest.map((publication) => {
		const file = `content/sources/${publication.file}`;
		return { publication, file, bytes: readFileSync(new URL(file, ROOT)) };
	});
}

/** The indicator catalog, as content/indicators/catalog.yml holds it. */
export function realCatalog(): SeriesDefinition[] {
	return parseCatalog(readFileSync(new URL(CATALOG_FILE, ROOT), 'utf8'));
}
