import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PendingIndex } from './write-index.ts';

/**
 * The Pagefind index, written into the output at the end of every `astro build`, as
 * Starlight's integration does: one record per block of report text, read from the
 * page entries (entry-pages.ts, write-index.ts) rather than crawled from the HTML, so
 * that Pagefind's indexer (a process of its own) indexes them while Astro builds the
 * pages. Indexing errors stop the build.
 */
export default function searchIndex(): AstroIntegration {
	let root: URL;
	let started = 0;
	let pending: Promise<{ pages: number; records: number; index: PendingIndex }> | undefined;
	return {
		name: 'report-explorer:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			// The records come from the page entries, not the built pages: the indexer works
			// while Astro builds them, and the index is written once they are done.
			'astro:build:start': () => {
				started = performance.now();
				pending = (async () => {
					// Loaded here, not at the top: `astro dev` loads the configuration but never indexes.
					const [{ keptRecords }, { indexRecords }] = await Promise.all([import('./kept-records.ts'), import('./write-index.ts')]);
					const { pages, records } = await keptRecords(root);
					return { pages, records: records.length, index: await indexRecords(records) };
				})();
				// Reported at build:done; not an unhandled rejection meanwhile.
				pending.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const waited = performance.now();
				const { pages, records, index } = await pending!;
				await index.write(fileURLToPath(new URL('pagefind/', dir)));
				const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
				logger.info(`indexed ${records} blocks of ${pages} pages into pagefind/ in ${seconds(started)} s beside the pages (${seconds(waited)} s after them)`);
			},
		},
	};
}
