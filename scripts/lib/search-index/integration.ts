import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { KeptIndex } from './kept-index.ts';

/**
 * The Pagefind index, put into the output at the end of every `astro build`, as Starlight's
 * integration does: one record per block of report text, read from the page entries
 * (entry-pages.ts, write-index.ts) rather than crawled from the HTML, so that Pagefind's
 * indexer (a process of its own) indexes and writes them while Astro builds the pages; and
 * kept per content (kept-index.ts), so that a build whose entries did not change only links
 * the index it kept. Indexing errors stop the build.
 */
export default function searchIndex(): AstroIntegration {
	let root: URL;
	let started = 0;
	let pending: Promise<KeptIndex> | undefined;
	return {
		name: 'report-explorer:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:start': () => {
				started = performance.now();
				// Loaded here, not at the top: `astro dev` loads the configuration but never indexes.
				pending = import('./kept-index.ts').then(({ keptIndex }) => keptIndex(root));
				// Reported at build:done; not an unhandled rejection meanwhile.
				pending.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const waited = performance.now();
				const index = await pending!;
				const { placeIndex } = await import('./kept-index.ts');
				await placeIndex(index, fileURLToPath(new URL('pagefind/', dir)));
				const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
				const how = index.made ? `in ${seconds(started)} s beside the pages` : 'as an earlier build of the same entries kept it';
				logger.info(`indexed ${index.records} blocks of ${index.pages} pages into pagefind/ ${how} (${seconds(waited)} s after them)`);
			},
		},
	};
}
