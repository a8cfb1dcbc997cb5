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
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentCheckKey, rememberChecked, wasChecked } from './lib/content/checked-content.ts';

const root = new URL('../', import.meta.url);
// SITE_DIST names another output folder (a benchmark's, say).
const dist = process.env.SITE_DIST ?? 'dist';
const distPath = fileURLToPath(new URL(dist, root));
const fresh = `${distPath}.building-${process.pid}`;
const replaced = `${distPath}.replaced-${process.pid}`;
const started = performance.now();
const ASTRO_BIN = fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root));
/** How long Astro may take to stop after a signal before it is killed: it stops within a second. */
const ASTRO_EXIT_LIMIT_MS = 10_000;
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
/** The `astro build` child, while it runs; whether this run was told to stop. */
let astro: ChildProcess | undefined;
let interrupted = false;
const running = (child: ChildProcess | undefined): child is ChildProcess => child !== undefined && child.exitCode === null && child.signalCode === null;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		const end = () => {
			removeOwnFolders();
			console.error(`build: interrupted (${signal}); ${dist}/ is unchanged.`);
			// Ended by the signal itself, as without a handler, never in process.exit(), which
			// once hung for minutes while the bundler's native threads held a lock.
			process.removeAllListeners(signal);
			process.kill(process.pid, signal);
		};
		interrupted = true;
		if (!running(astro)) return end();
		// Astro's folder is removed once Astro has stopped writing into it.
		astro.once('exit', end);
		astro.kill(signal);
		setTimeout(() => astro?.kill('SIGKILL'), ASTRO_EXIT_LIMIT_MS).unref();
	});
}

try {
	const key = await contentCheckKey(root);
	if (await wasChecked(root, key)) {
		console.log('build: content and the code that generates it are as they were at a passed check (scripts/lib/content/checked-content.ts)');
	} else {
		// Loaded only when the check runs: the three steps and the segmenter take a good part of a second to load.
		const [{ runIngest }, { runIndicators }, { runWords }] = await Promise.all([import('./lib/ingest/run.ts'), import('./lib/indicators/run.ts'), import('./lib/words/run.ts')]);
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
// Astro's own command, in a process of its own: `astro build`, as a reader would type it.
const status = await new Promise<number | null>((resolve) => {
	astro = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', fresh], { cwd: fileURLToPath(root), stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	astro.on('exit', (code) => resolve(code));
	astro.on('error', (error) => {
		console.error(`build: cannot start astro build: ${error.message}`);
		resolve(1);
	});
});
// Interrupted: the signal handler ends the run once Astro has stopped.
if (interrupted) await new Promise<never>(() => undefined);
if (status !== 0) fail(`astro build ${status === null ? 'was killed' : 'failed (its message is above)'}; ${dist}/ is unchanged.`);
console.log(`build: astro build done in ${seconds(astroStarted)} s`);
// Synchronous, so that no signal handler runs between the two renames.
if (existsSync(distPath)) renameSync(distPath, replaced);
renameSync(fresh, distPath);
await rm(replaced, { recursive: true, force: true });
console.log(`build: ${dist}/ written in ${seconds(started)} s`);
