/**
 * npm run build: ingest → indicators → Astro build (with the Pagefind index) → dist/.
 *
 * Astro writes into dist.staging/, which replaces dist/ only once the whole build has
 * succeeded: a failed build leaves the previous dist/ as it was, never half-written.
 */
import { spawnSync } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// SITE_DIST names another output folder, so that two builds on one machine do not collide.
const dist = process.env.SITE_DIST ?? 'dist';
const staging = `${dist}.staging`;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): void {
	const started = performance.now();
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`build: ${label} failed${result.status === null ? ` (${result.signal})` : ` (exit ${result.status})`}; ${dist}/ is unchanged.`);
		process.exit(result.status ?? 1);
	}
	console.log(`build: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const started = performance.now();
await rm(`${root}${staging}`, { recursive: true, force: true });
run('ingest', process.execPath, ['scripts/ingest.ts']);
run('indicators', process.execPath, ['scripts/indicators.ts']);
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { SITE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' });
await rm(`${root}${dist}`, { recursive: true, force: true });
await rename(`${root}${staging}`, `${root}${dist}`);
console.log(`build: ${dist}/ written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
