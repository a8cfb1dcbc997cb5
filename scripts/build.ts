/**
 * npm run build: checks that content/'s generated files are what `npm run ingest`,
 * `npm run indicators` and `npm run words` would write (the published-URL record
 * among them: lib/content/check-step.ts, in a process of its own; skipped when nothing they read
 * changed since a check passed: lib/content/checked-content.ts), then runs `astro build`,
 * whose search-index integration puts the Pagefind index into the output
 * (scripts/lib/search-index/integration.ts). It writes nothing but its output folder.
 *
 * Astro builds into a fresh folder beside dist/, which takes dist/'s place only once
 * the whole build has succeeded: a failed or interrupted build leaves dist/ as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentCheckKey, wasChecked } from './lib/content/checked-content.ts';

const root = new URL('../', import.meta.url);
// SITE_DIST names another output folder (a benchmark's, say).
const dist = process.env.SITE_DIST ?? 'dist';
const distPath = fileURLToPath(new URL(dist, root));
const fresh = `${distPath}.building-${process.pid}`;
const replaced = `${distPath}.replaced-${process.pid}`;
const started = performance.now();
const ASTRO_BIN = fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root));
const CHECK_STEP = fileURLToPath(new URL('lib/content/check-step.ts', import.meta.url));
/** How long a step may take to stop after a signal before it is killed: each stops within a second. */
const STEP_EXIT_LIMIT_MS = 10_000;
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
/** The step running in a process of its own (the content check, then `astro build`); whether this run was told to stop. */
let step: ChildProcess | undefined;
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
		if (!running(step)) return end();
		// Astro's folder is removed once Astro has stopped writing into it.
		step.once('exit', end);
		step.kill(signal);
		setTimeout(() => step?.kill('SIGKILL'), STEP_EXIT_LIMIT_MS).unref();
	});
}

/** Runs `args` with this Node in a process of its own, as the current step; its exit status. */
function runStep(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
	return new Promise((resolve) => {
		step = spawn(process.execPath, args, { cwd: fileURLToPath(root), stdio: 'inherit', env });
		step.on('exit', (code) => resolve(code));
		step.on('error', (error) => {
			console.error(`build: cannot start ${args.find((arg) => !arg.startsWith('-'))}: ${error.message}`);
			resolve(1);
		});
	});
}

/** Once a step has ended: stops here if this run was interrupted (the signal handler ends it once the step has stopped) or the step failed. */
async function afterStep(status: number | null, what: string): Promise<void> {
	if (interrupted) await new Promise<never>(() => undefined);
	if (status !== 0) fail(`${what} ${status === null ? 'was killed' : 'failed (its message is above)'}; ${dist}/ is unchanged.`);
}

const key = await contentCheckKey(root);
if (await wasChecked(root, key)) {
	console.log('build: content and the code that generates it are as they were at a passed check (scripts/lib/content/checked-content.ts)');
} else {
	await afterStep(await runStep([CHECK_STEP, key]), 'the content check');
}
console.log(`build: content check done in ${seconds(started)} s`);

const astroStarted = performance.now();
// Astro's own command, in a process of its own: `astro build`, as a reader would type it. A young
// generation of 16 MB instead of V8's default spends less time collecting the build's many
// short-lived objects (docs/changelog.md has the measurement).
await afterStep(await runStep(['--max-semi-space-size=16', ASTRO_BIN, 'build', '--outDir', fresh], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }), 'astro build');
console.log(`build: astro build done in ${seconds(astroStarted)} s`);
// Synchronous, so that no signal handler runs between the two renames.
if (existsSync(distPath)) renameSync(distPath, replaced);
renameSync(fresh, distPath);
await rm(replaced, { recursive: true, force: true });
console.log(`build: ${dist}/ written in ${seconds(started)} s`);
