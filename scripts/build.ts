/**
 * npm run build: ingest → indicators → Astro build, with the Pagefind index → dist/.
 *
 * Two threads of one Node process. A worker (scripts/lib/build/content-steps.ts) runs
 * the ingest and the indicators, then reads the search records from the page entries.
 * Meanwhile this thread loads Astro, waits for the content just before Astro reads it,
 * and builds the pages, handing the records to Pagefind's indexer (a process of its
 * own) as soon as they come. The index is moved into the pages' folder once both are
 * done.
 *
 * Everything is written beside dist/ (dist.staging/, dist.search-index/), which
 * replaces dist/ only once the whole build has succeeded: a failed build leaves the
 * previous dist/ as it was, never half-written.
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentStepsInput, ContentStepsMessage } from './lib/build/content-steps.ts';
import { writeSearchIndex } from './lib/search-index/write-index.ts';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);
// SITE_DIST names another output folder, so that two builds on one machine do not collide.
const dist = process.env.SITE_DIST ?? 'dist';
const staging = `${rootPath}${dist}.staging`;
const indexStaging = `${rootPath}${dist}.search-index`;
const started = performance.now();

const log = (line: string) => console.log(`build: ${line}`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

/** Stops the build. Synchronous, so that nothing Astro still has in flight writes after the clean-up. */
function fail(label: string, error: unknown): never {
	console.error(`build: ${label} failed; ${dist}/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
	rmSync(staging, { recursive: true, force: true });
	rmSync(indexStaging, { recursive: true, force: true });
	process.exit(1);
}

await Promise.all([rm(staging, { recursive: true, force: true }), rm(indexStaging, { recursive: true, force: true })]);

const worker = new Worker(new URL('./lib/build/content-steps.ts', import.meta.url), {
	workerData: { root: root.href } satisfies ContentStepsInput,
});
const content = Promise.withResolvers<void>();
const index = Promise.withResolvers<{ pages: number; records: number }>();
let recordsReceived = false;
worker.on('message', (message: ContentStepsMessage) => {
	switch (message.kind) {
		case 'step':
			log(`${message.label} done in ${message.seconds.toFixed(1)} s`);
			break;
		case 'content':
			content.resolve();
			break;
		case 'records': {
			recordsReceived = true;
			const indexing = performance.now();
			writeSearchIndex(message.records, indexStaging).then(
				() => {
					log(`search index done in ${seconds(indexing)} s`);
					index.resolve({ pages: message.pages, records: message.records.length });
				},
				(error: unknown) => fail('search index', error),
			);
			break;
		}
		case 'failed':
			fail(message.label, message.message);
	}
});
worker.on('error', (error) => fail('a build step', error));
worker.on('exit', (code) => {
	if (!recordsReceived) fail('the content steps', `the worker stopped (exit ${code}) before it had read the search records`);
});

const astroStarted = performance.now();
// astro.config.mjs reads the output folder from the environment.
process.env.SITE_OUT_DIR = staging;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
try {
	await build({
		root: rootPath,
		// Astro loads its configuration and integrations before it reads any content:
		// the content steps have until then, the last moment, to finish.
		integrations: [{ name: 'report-explorer:content-ready', hooks: { 'astro:config:done': () => content.promise } }],
	});
} catch (error) {
	fail('astro build', error);
}
log(`astro build done in ${seconds(astroStarted)} s`);

const waited = performance.now();
const indexed = await index.promise;
await rename(indexStaging, `${staging}/pagefind`);
log(`indexed ${indexed.records} blocks of ${indexed.pages} pages into pagefind/ (waited ${seconds(waited)} s for it)`);

await rm(`${rootPath}${dist}`, { recursive: true, force: true });
await rename(staging, `${rootPath}${dist}`);
log(`${dist}/ written in ${seconds(started)} s`);
