/**
 * npm run build: ingest → indicators → Astro build (with the Pagefind index) → dist/.
 *
 * All in one Node process: each step is a function, so the build pays for one start-up.
 * Astro writes into dist.staging/, which replaces dist/ only once the whole build has
 * succeeded: a failed build leaves the previous dist/ as it was, never half-written.
 */
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runIndicators } from './lib/indicators/run.ts';
import { runIngest } from './lib/run-ingest.ts';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);
// SITE_DIST names another output folder, so that two builds on one machine do not collide.
const dist = process.env.SITE_DIST ?? 'dist';
const staging = `${dist}.staging`;

async function step(label: string, run: () => Promise<unknown>): Promise<void> {
	const started = performance.now();
	try {
		await run();
	} catch (error) {
		console.error(`build: ${label} failed; ${dist}/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
	console.log(`build: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const started = performance.now();
await rm(`${rootPath}${staging}`, { recursive: true, force: true });
await step('ingest', () => runIngest(root));
await step('indicators', () => runIndicators(root));
await step('astro build', async () => {
	// astro.config.mjs reads the output folder from the environment.
	process.env.SITE_OUT_DIR = staging;
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const { build } = await import('astro');
	await build({ root: rootPath });
});
await rm(`${rootPath}${dist}`, { recursive: true, force: true });
await rename(`${rootPath}${staging}`, `${rootPath}${dist}`);
console.log(`build: ${dist}/ written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
