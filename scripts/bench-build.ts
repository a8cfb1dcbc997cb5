/**
 * npm run bench:build — how long the whole site build takes against the framework's
 * floor: a bare Astro project of the same Astro version with as many one-paragraph
 * pages as the site has (scripts/lib/bench/build-floor.ts).
 *
 *   npm run bench:build -- [--runs 3] [--warm] [--keep]
 *
 * A third build splits the ratio in two: `astro build` of the site alone (its search-index
 * integration included), without the check of the generated content: what Astro itself
 * spends on this site (content collections, Markdown, client bundles, Pagefind) beyond
 * the floor.
 *
 * All three are built `--runs` times in one run, interleaved (site, floor, astro,
 * astro, floor, site …) so that a busy spell on the machine falls on all of them.
 * Each build is cold by default: Astro's cache (content layer, rendered Markdown) is
 * removed first, as on a fresh checkout (the share images' cache, keyed by their text,
 * stays); --warm keeps it between runs. The site is built exactly as `npm run build`
 * builds it (node scripts/build.ts: the generated content checked, then Astro with its
 * Pagefind integration) into $SITE_DIST (default dist-bench/; never dist/); Astro alone into
 * <that>-astro/; the floor with `astro build`. Prints every run, the medians, the
 * ratios (the wall-time target: the site within 1.5× the floor) and the peak memory;
 * writes bench-results/build.json. Linux only: it reads /proc.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFloorProject } from './lib/bench/build-floor.ts';
import { logTail, runMeasured, type Measured } from './lib/bench/measured-run.ts';
import { buildSteps, formatBytes, formatSeconds, interleavedOrder, median, textTable } from './lib/bench/stats.ts';
import { htmlPages } from '../tests/support/site-files.ts';
import { linkPackages } from '../tests/support/project-copy.ts';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		warm: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 3) throw new Error(`--runs must be 3 or more (got ${values.runs}): a median needs them`);

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = process.env.SITE_DIST && process.env.SITE_DIST !== 'dist' ? process.env.SITE_DIST : 'dist-bench';
const results = join(root, 'bench-results');
await mkdir(results, { recursive: true });
const floor = await mkdtemp(join(tmpdir(), 'astro-floor-'));
await linkPackages(join(root, 'node_modules'), floor);
const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const TARGET = 1.5;
type Build = 'site' | 'floor' | 'astro';
const measured: Record<Build, Measured[]> = { site: [], floor: [], astro: [] };
const astroDist = `${dist}-astro`;
const phases: Record<string, number>[] = [];
let pageCount = 0;

console.log(
	`bench:build: ${runs} cold${values.warm ? ' (warm after the first)' : ''} builds each of the site (→ ${dist}/), of Astro alone on the site (→ ${astroDist}/) and of a bare Astro project (${floor}), interleaved.`,
);
for (const [index, build] of interleavedOrder<Build>(['site', 'floor', 'astro'], runs).entries()) {
	const cold = !values.warm || measured[build].length === 0;
	const logFile = join(results, `build-${build}-${measured[build].length + 1}.log`);
	let result: Measured;
	if (build === 'site') {
		if (cold) await rm(join(root, 'node_modules/.astro', dist), { recursive: true, force: true });
		// NODE_COMPILE_CACHE as package.json's build script sets it.
		result = await runMeasured(node, ['scripts/build.ts'], { cwd: root, env: { ...env, SITE_DIST: dist, NODE_COMPILE_CACHE: 'node_modules/.cache/node-compile' }, logFile });
	} else if (build === 'astro') {
		if (cold) await rm(join(root, 'node_modules/.astro', astroDist), { recursive: true, force: true });
		await rm(join(root, astroDist), { recursive: true, force: true });
		result = await runMeasured(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...env, SITE_DIST: astroDist }, logFile });
	} else {
		if (pageCount === 0) throw new Error('the site must be built before the floor: its page count sets the floor’s');
		if (cold) await rm(join(floor, 'node_modules/.astro'), { recursive: true, force: true });
		await rm(join(floor, 'dist'), { recursive: true, force: true });
		result = await runMeasured(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: floor, env, logFile });
	}
	if (result.status !== 0) {
		console.error(`bench:build: the ${build} build failed (${result.signal ?? `exit ${result.status}`}); ${logFile}:\n${await logTail(logFile)}`);
		if (!values.keep) await rm(floor, { recursive: true, force: true });
		process.exit(1);
	}
	if (build === 'site') {
		const log = await readFile(logFile, 'utf8');
		phases.push(buildSteps(log));
		if (pageCount === 0) {
			pageCount = (await htmlPages(join(root, dist))).length;
			await writeFloorProject(floor, pageCount);
			console.log(`  the site has ${pageCount} HTML pages; the floor gets as many`);
		}
	}
	measured[build].push(result);
	console.log(
		`  run ${String(index + 1).padStart(2)}  ${build.padEnd(5)}  wall ${formatSeconds(result.seconds).padStart(8)}  cpu ${formatSeconds(result.cpuSeconds).padStart(8)}  peak ${formatBytes(result.peakTreeRss)}`,
	);
}

const summary = (build: Build) => ({
	seconds: median(measured[build].map((m) => m.seconds)),
	cpuSeconds: median(measured[build].map((m) => m.cpuSeconds)),
	peakTreeRss: median(measured[build].map((m) => m.peakTreeRss)),
	runs: measured[build].map((m) => Number(m.seconds.toFixed(3))),
	cpuRuns: measured[build].map((m) => Number(m.cpuSeconds.toFixed(3))),
});
const site = summary('site');
const base = summary('floor');
const astroAlone = summary('astro');
const ratio = site.seconds / base.seconds;
const cpuRatio = site.cpuSeconds / base.cpuSeconds;
console.log('');
console.log(
	textTable([
		['build', 'wall (median)', 'wall runs', 'cpu (median)', 'cpu runs', 'peak memory (median)'],
		...(
			[
				['site: npm run build', site],
				['Astro alone on the site', astroAlone],
				['floor: bare Astro', base],
			] as const
		).map(([name, s]) => [
			`${name} (${pageCount} pages)`,
			formatSeconds(s.seconds),
			s.runs.map((v) => v.toFixed(2)).join(' / '),
			formatSeconds(s.cpuSeconds),
			s.cpuRuns.map((v) => v.toFixed(2)).join(' / '),
			formatBytes(s.peakTreeRss),
		]),
	]),
);
const steps = Object.keys(phases[0] ?? {});
console.log(
	`  the site's build by step (medians, wall; the steps overlap): ${steps.map((step) => `${step} ${formatSeconds(median(phases.map((p) => p[step] ?? NaN)))}`).join(', ')}`,
);
console.log(`ratio site / floor, wall time: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`);
console.log(`ratio site / floor, CPU time:  ${cpuRatio.toFixed(2)}× (user + system of every process of the build; steadier than wall time on a busy machine)`);
console.log(
	`  of which Astro alone on the site / floor: ${(astroAlone.seconds / base.seconds).toFixed(2)}× wall, ${(astroAlone.cpuSeconds / base.cpuSeconds).toFixed(2)}× CPU;` +
		` site / Astro alone: ${(site.seconds / astroAlone.seconds).toFixed(2)}× wall, ${(site.cpuSeconds / astroAlone.cpuSeconds).toFixed(2)}× CPU`,
);

await writeFile(
	join(results, 'build.json'),
	`${JSON.stringify({ generatedBy: 'scripts/bench-build.ts', date: new Date().toISOString(), pageCount, warm: values.warm, site, astroAlone, floor: base, ratio, cpuRatio, phases }, null, 2)}\n`,
);
await rm(join(root, astroDist), { recursive: true, force: true });
if (!values.keep) await rm(floor, { recursive: true, force: true });
else console.log(`floor project kept in ${floor}`);
