/**
 * The steps of `npm run build` that need no Astro, run in a worker thread beside it
 * (scripts/build.ts starts it): the ingest and the indicators, which Astro's content
 * sync waits for, then the search records, which only the index needs. On a two-core
 * machine they take the second core while Astro loads and builds on the first.
 *
 * Both write to the build's staging (.staging/content/: staged-outputs.ts), never to
 * content/ itself: Astro reads the staged entries, and the parent swaps them in with
 * dist/ only once the whole build has succeeded.
 *
 * Messages to the parent: a `step` for every step done, `content` once the content
 * collections' files are staged (with the outputs that differ from the live ones),
 * `records` once the search records are ready (the parent hands them to Pagefind: see
 * write-index.ts), `failed` on any error.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { runIndicators } from '../indicators/run.ts';
import { runIngest } from '../ingest/run.ts';
import { runWords } from '../words/run.ts';
import { readEntryPages } from '../search-index/entry-pages.ts';
import { searchRecords, type SearchRecord } from '../search-index/write-index.ts';
import { StagedOutputs } from './staged-outputs.ts';

export interface ContentStepsInput {
	/** The project root, as a file: URL ending in a slash. */
	root: string;
}

export type ContentStepsMessage =
	| { kind: 'step'; label: string; seconds: number }
	/** `targets`: the staged content outputs that differ from the live ones, for the swap. */
	| { kind: 'content'; targets: string[]; lines: string[] }
	| { kind: 'records'; pages: number; records: SearchRecord[] }
	| { kind: 'failed'; label: string; message: string };

if (!parentPort) throw new Error('content-steps.ts runs as a worker thread of scripts/build.ts');
const port = parentPort;
const { root } = workerData as ContentStepsInput;
const rootUrl = new URL(root);
const staged = new StagedOutputs(fileURLToPath(rootUrl));

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
	const started = performance.now();
	try {
		const result = await run();
		port.postMessage({ kind: 'step', label, seconds: (performance.now() - started) / 1000 } satisfies ContentStepsMessage);
		return result;
	} catch (error) {
		port.postMessage({ kind: 'failed', label, message: error instanceof Error ? error.message : String(error) } satisfies ContentStepsMessage);
		throw error;
	}
}

try {
	const ingest = await step('ingest', () => runIngest(rootUrl, { stage: staged }));
	const indicators = await step('indicators', () => runIndicators(rootUrl, { stage: staged, pagesRoot: staged.rootUrl }));
	const words = await step('words', () => runWords(rootUrl, { stage: staged, pagesRoot: staged.rootUrl }));
	const lines = [`ingest: ${ingest.summary}`, `indicators: ${indicators.summary}`, `words: ${words.summary}`];
	port.postMessage({ kind: 'content', targets: staged.targets, lines } satisfies ContentStepsMessage);
	const { pages, records } = await step('search records', async () => {
		const pages = await readEntryPages(rootUrl, staged.rootUrl);
		return { pages: pages.length, records: searchRecords(pages) };
	});
	port.postMessage({ kind: 'records', pages, records } satisfies ContentStepsMessage);
} catch {
	// Already reported as `failed`; the parent stops the build.
}
