/**
 * npm run build: `astro build`, whose search-index integration writes the Pagefind
 * index (scripts/lib/search-index/integration.ts), and beside it, in a process of its
 * own, the check that content/'s generated files are what `npm run ingest`,
 * `npm run indicators` and `npm run words` would write (scripts/check-content.ts; the
 * published-URL record among them). It writes nothing but its output folder.
 *
 * Astro builds into a fresh folder beside dist/, which takes dist/'s place only once
 * the build and the check have both succeeded: a failed or interrupted build leaves
 * dist/ as it was. When the check fails, its message is the one reported, whatever
 * Astro made of the stale content.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
// SITE_DIST names another output folder (a benchmark's, say).
const dist = process.env.SITE_DIST ?? 'dist';
const distPath = fileURLToPath(new URL(dist, root));
const fresh = `${distPath}.building-${process.pid}`;
const replaced = `${distPath}.replaced-${process.pid}`;
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

const checker = spawn(process.execPath, [fileURLToPath(new URL('./check-content.ts', import.meta.url))], {
	cwd: fileURLToPath(root),
	stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
let checkFailure: string | undefined;
checker.on('message', (message: { message: string }) => (checkFailure = message.message));
/** The check's failure message, or undefined once it has passed. */
const check = new Promise<string | undefined>((resolve) => {
	checker.on('error', (error) => resolve(`the content check could not start: ${error.message}`));
	checker.on('exit', (code, signal) => {
		if (code === 0) console.log(`build: content check done in ${seconds(started)} s`);
		resolve(code === 0 ? undefined : (checkFailure ?? `the content check stopped (${signal ?? `exit ${code}`})`));
	});
});

function fail(message: string, code = 1): never {
	checker.kill();
	// Before the swap the fresh folder goes; after it, the replaced one.
	rmSync(fresh, { recursive: true, force: true });
	rmSync(replaced, { recursive: true, force: true });
	console.error(`build: ${message}`);
	process.exit(code);
}
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
] as const) {
	process.on(signal, () => fail(`interrupted (${signal}); ${dist}/ is unchanged.`, code));
}

const astroStarted = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
try {
	await build({ root: fileURLToPath(root), outDir: fresh });
} catch (error) {
	const stale = await check;
	fail(stale ?? `astro build failed; ${dist}/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
}
console.log(`build: astro build done in ${seconds(astroStarted)} s`);
const stale = await check;
if (stale) fail(stale);
// Synchronous, so that no signal handler runs between the two renames.
if (existsSync(distPath)) renameSync(distPath, replaced);
renameSync(fresh, distPath);
await rm(replaced, { recursive: true, force: true });
console.log(`build: ${dist}/ written in ${seconds(started)} s`);
