/**
 * npm run build: checks that content/'s generated files are what `npm run ingest`,
 * `npm run indicators` and `npm run words` would write (the published-URL record
 * among them; skipped when nothing they read changed since a check passed:
 * lib/content/checked-content.ts), then runs `astro build`, whose search-index integration writes the
 * Pagefind index (scripts/lib/search-index/integration.ts). It writes nothing but its
 * output folder.
 *
 * Astro builds into a fresh folder beside dist/, which takes dist/'s place only once
 * the whole build has succeeded: a failed or interrupted build leaves dist/ as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentCheckKey, rememberChecked, wasChecked } from './lib/content/checked-content.ts';
import { runIndicators } from './lib/indicators/run.ts';
import { runIngest } from './lib/ingest/run.ts';
import { runWords } from './lib/words/run.ts';

const root = new URL('../', import.meta.url);
// SITE_DIST names another output folder (a benchmark's, say).
const dist = process.env.SITE_DIST ?? 'dist';
const distPath = fileURLToPath(new URL(dist, root));
const fresh = `${distPath}.building-${process.pid}`;
const replaced = `${distPath}.replaced-${process.pid}`;
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

/** Removes what this run wrote: before the swap the fresh folder, after it the replaced one. */
function removeOwnFolders(): void {
	rmSync(fresh, { recursive: true, force: true });
	rmSync(replaced, { recursive: true, force: true });
}

function fail(message: string, code = 1): never {
	removeOwnFolders();
	console.error(`build: ${message}`);
	process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		removeOwnFolders();
		console.error(`build: interrupted (${signal}); ${dist}/ is unchanged.`);
		// Ended by the signal itself, as without a handler: process.exit() would wait for the
		// bundler's native threads, which an interrupted build can leave holding a lock (seen:
		// a build stuck for minutes after SIGINT while it bundled).
		process.removeAllListeners(signal);
		process.kill(process.pid, signal);
	});
}

try {
	const key = await contentCheckKey(root);
	if (await wasChecked(root, key)) {
		console.log('build: content and the code that generates it are as they were at a passed check (scripts/lib/content/checked-content.ts)');
	} else {
		await runIngest(root, { check: true });
		await runIndicators(root, { check: true });
		await runWords(root, { check: true });
		await rememberChecked(root, key);
	}
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
console.log(`build: content check done in ${seconds(started)} s`);

const astroStarted = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
try {
	await build({ root: fileURLToPath(root), outDir: fresh });
} catch (error) {
	fail(`astro build failed; ${dist}/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
}
console.log(`build: astro build done in ${seconds(astroStarted)} s`);
// Synchronous, so that no signal handler runs between the two renames.
if (existsSync(distPath)) renameSync(distPath, replaced);
renameSync(fresh, distPath);
await rm(replaced, { recursive: true, force: true });
console.log(`build: ${dist}/ written in ${seconds(started)} s`);
