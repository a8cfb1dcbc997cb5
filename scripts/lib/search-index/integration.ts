import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The Pagefind index, written into the output at the end of every `astro build`, as
 * Starlight's integration does: one record per block of report text, read from the
 * page entries (entry-pages.ts, write-index.ts) rather than crawled from the HTML.
 * Indexing errors stop the build, each on a line of its own.
 */
export default function searchIndex(): AstroIntegration {
	let root: URL;
	return {
		name: 'report-explorer:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				// Loaded here, not at the top: `astro dev` loads the configuration but never indexes.
				const [{ readEntryPages }, { searchRecords, writeSearchIndex }] = await Promise.all([import('./entry-pages.ts'), import('./write-index.ts')]);
				const pages = await readEntryPages(root);
				const records = searchRecords(pages);
				await writeSearchIndex(records, fileURLToPath(new URL('pagefind/', dir)));
				logger.info(`indexed ${records.length} blocks of ${pages.length} pages into pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
