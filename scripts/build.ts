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
 * Everything is staged in .staging/ (scripts/lib/build/staged-outputs.ts): the page
 * entries, content/published-urls.json and the indicators file, which Astro reads from
 * there (src/content.config.ts, through SITE_GENERATED_CONTENT), and the site. All of
 * it is swapped in at the very end, only once the whole build has succeeded: a failed
 * or interrupted build leaves dist/ and content/ as they were. One run at a time, under
 * the project's lock (scripts/lib/build/output-run.ts): a second build, ingest or
 * indicators waits for it.
 */
import { rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentStepsInput, ContentStepsMessage } from './lib/build/content-steps.ts';
import { startOutputRun, type OutputRun } from './lib/build/output-run.ts';
import { STAGING } from './lib/build/staged-outputs.ts';
import { writeSearchIndex } from './lib/search-index/write-index.ts';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);
// SITE_DIST names another output folder (a benchmark's, say); builds into two folders of one
// project still run one after the other, since both write its content/.
const dist = process.env.SITE_DIST ?? 'dist';
const started = performance.now();

const log = (line: string) => console.log(`build: ${line}`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

const run: OutputRun = await startOutputRun(rootPath, {
	label: 'build',
	command: dist === 'dist' ? 'npm run build' : `npm run build (SITE_DIST=${dist})`,
	outputs: `${dist}/ and content/ are`,
});
const staging = run.staged.path(dist);
const indexStaging = run.staged.path(`${dist}.search-index`);

/** Stops the build. Synchronous, so that nothing Astro still has in flight writes after the clean-up. */
function fail(label: string, error: unknown): never {
	return run.fail(`${label} failed; ${dist}/ and content/ are unchanged.\n${error instanceof Error ? error.message : String(error)}`);
}

const worker = new Worker(new URL('./lib/build/content-steps.ts', import.meta.url), {
	workerData: { root: root.href } satisfies ContentStepsInput,
});
const content = Promise.withResolvers<void>();
let contentTargets: string[] = [];
const index = Promise.withResolvers<{ pages: number; records: number }>();
let recordsReceived = false;
worker.on('message', (message: ContentStepsMessage) => {
	switch (message.kind) {
		case 'step':
			log(`${message.label} done in ${message.seconds.toFixed(1)} s`);
			break;
		case 'content':
			for (const line of message.lines) console.log(line);
			contentTargets = message.targets;
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
// astro.config.mjs reads the output folder from the environment, src/content.config.ts the content's.
process.env.SITE_OUT_DIR = staging;
process.env.SITE_GENERATED_CONTENT = `${STAGING}/content`;
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

for (const target of contentTargets) run.staged.mark(target);
run.staged.mark(dist);
await run.commit();
const contentNote = contentTargets.length === 0 ? 'content/ unchanged' : `${contentTargets.join(', ')} replaced`;
log(`${dist}/ written (${contentNote}) in ${seconds(started)} s`);
