/**
 * npm run bench:scale — how the build grows with the corpus: by default the real corpus
 * (1×) and synthetic corpora 10× and 100× its size (scripts/lib/bench/synthetic-corpus.ts),
 * each generated (npm run ingest, indicators, words: timed each) and built as the real one
 * (node scripts/build.ts: the content checked, Astro, Pagefind at its end) in a copy of
 * the project under the system's temporary folder.
 *
 *   npm run bench:scale -- [--sizes 1,10,100] [--keep]
 *
 * Prints per size: wall and CPU time, peak memory, sources, pages, dist/ size and the
 * Pagefind index's size; then the growth between sizes as an exponent (1 = linear).
 * Each build is cold (a fresh copy has no Astro cache). Writes bench-results/scale.json.
 * Linux only: it reads /proc.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { logTail, runMeasured, type Measured } from './lib/bench/measured-run.ts';
import { buildSteps, formatBytes, formatSeconds, growthExponent, textTable } from './lib/bench/stats.ts';
import { folderSize, htmlPages } from '../tests/support/site-files.ts';
import { pageKind, pageWeight, sitePath, total } from '../tests/support/page-weight.ts';
import { copyProject, linkPackages } from '../tests/support/project-copy.ts';
import { reservedCharacters, syntheticCorpus, syntheticManifest, type SourcePublication } from './lib/bench/synthetic-corpus.ts';
import { readManifest } from './lib/content/manifest.ts';
import { MANIFEST_FILE } from '../src/core/schemas/publication.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1,10,100' },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 1) || sizes.length === 0) throw new Error(`--sizes takes whole numbers from 1, e.g. 1,10,100 (got ${values.sizes})`);

const rootUrl = new URL('../', import.meta.url);
const root = fileURLToPath(rootUrl);
const results = join(root, 'bench-results');
await mkdir(results, { recursive: true });
const manifest = await readManifest(rootUrl);
const real: SourcePublication[] = await Promise.all(
	manifest.map(async (publication) => ({ publication, text: await readFile(join(root, 'content/sources', publication.file), 'utf8') })),
);
const reserved = await reservedCharacters(root);

interface SizeResult {
	factor: number;
	publications: number;
	sourceBytes: number;
	measured: Measured;
	phases: Record<string, number>;
	pages: number;
	distBytes: number;
	indexBytes: number;
	indexedBlocks: number;
	/** The heaviest section page: what it transfers up front, gzip (the budget is 30 kB). */
	heaviestSection: { path: string; gzip: number };
}
const rows: SizeResult[] = [];

for (const factor of sizes) {
	const corpus = syntheticCorpus(real, factor, reserved);
	const project = await mkdtemp(join(tmpdir(), `report-explorer-scale-${factor}x-`));
	console.log(`bench:scale: ${factor}× — ${corpus.length} publications in ${project}`);
	await copyProject(root, project);
	await linkPackages(join(root, 'node_modules'), project);
	const sources = join(project, 'content/sources');
	for (const file of await readdir(sources)) await rm(join(sources, file), { recursive: true, force: true });
	for (const s of corpus) await writeFile(join(sources, s.publication.file), s.bytes);
	await writeFile(join(project, MANIFEST_FILE), syntheticManifest(corpus, factor));
	// The ingest writes every page entry anew; the real entries copied along would only be replaced.
	await rm(join(project, 'content/publication-pages'), { recursive: true, force: true });

	// The generated content first, as a contributor would write it (npm run ingest, indicators,
	// words); then the build alone, which checks it.
	const generated: string[] = [];
	for (const step of ['ingest', 'indicators', 'words']) {
		const stepLog = join(results, `scale-${factor}x-${step}.log`);
		const run = await runMeasured(process.execPath, [`scripts/${step}.ts`], { cwd: project, env: process.env, logFile: stepLog, sampleMs: 200 });
		if (run.status !== 0) {
			console.error(`bench:scale: npm run ${step} failed on the ${factor}× corpus; ${stepLog}:\n${await logTail(stepLog)}`);
			process.exit(1);
		}
		generated.push(`${step} ${formatSeconds(run.seconds)} wall, ${formatSeconds(run.cpuSeconds)} CPU, peak ${formatBytes(run.peakTreeRss)}`);
	}
	console.log(`  generated content: ${generated.join('; ')}`);

	const logFile = join(results, `scale-${factor}x.log`);
	const measured = await runMeasured(process.execPath, ['scripts/build.ts'], {
		cwd: project,
		env: { ...process.env, SITE_DIST: 'dist', ASTRO_TELEMETRY_DISABLED: '1' },
		logFile,
		sampleMs: 200,
	});
	if (measured.status !== 0) {
		console.error(`bench:scale: the ${factor}× build failed (${measured.signal ?? `exit ${measured.status}`}); ${logFile}:\n${await logTail(logFile)}`);
		if (!values.keep) await rm(project, { recursive: true, force: true });
		else console.error(`  kept ${project}`);
		process.exit(1);
	}
	const log = await readFile(logFile, 'utf8');
	const phases = buildSteps(log);
	const dist = join(project, 'dist');
	const pages = await htmlPages(dist);
	const heaviestSection = pages
		.map(sitePath)
		.filter((path) => pageKind(path) === 'section')
		.map((path) => ({ path, gzip: total(pageWeight(dist, path).initial) }))
		.reduce((a, b) => (b.gzip > a.gzip ? b : a), { path: '(none)', gzip: 0 });
	const row: SizeResult = {
		factor,
		publications: corpus.length,
		sourceBytes: corpus.reduce((sum, s) => sum + s.bytes.length, 0),
		measured,
		phases,
		pages: pages.length,
		distBytes: await folderSize(dist),
		indexBytes: await folderSize(join(dist, 'pagefind')),
		indexedBlocks: Number(/indexed (\d+) blocks/.exec(log)?.[1] ?? NaN),
		heaviestSection,
	};
	rows.push(row);
	console.log(
		`  ${formatSeconds(measured.seconds)} wall, ${formatSeconds(measured.cpuSeconds)} CPU, peak ${formatBytes(measured.peakTreeRss)} (largest process ${formatBytes(measured.peakProcessRss)}: ${measured.peakProcess}); ` +
			`${row.pages} pages, dist ${formatBytes(row.distBytes)}, index ${formatBytes(row.indexBytes)}, heaviest section page ${formatBytes(heaviestSection.gzip)} up front (${heaviestSection.path}); phases ${Object.entries(
				phases,
			)
				.map(([k, v]) => `${k} ${v} s`)
				.join(', ')}`,
	);
	if (!values.keep) await rm(project, { recursive: true, force: true });
	else console.log(`  kept ${project}`);
}

console.log('');
console.log(
	textTable([
		['size', 'publications', 'sources', 'wall', 'cpu', 'peak memory', 'largest process', 'pages', 'blocks indexed', 'dist/', 'index', 'heaviest section (gzip)'],
		...rows.map((r) => [
			`${r.factor}×`,
			String(r.publications),
			formatBytes(r.sourceBytes),
			formatSeconds(r.measured.seconds),
			formatSeconds(r.measured.cpuSeconds),
			formatBytes(r.measured.peakTreeRss),
			formatBytes(r.measured.peakProcessRss),
			String(r.pages),
			String(r.indexedBlocks),
			formatBytes(r.distBytes),
			formatBytes(r.indexBytes),
			formatBytes(r.heaviestSection.gzip),
		]),
	]),
);
console.log('\nGrowth between sizes, as the exponent k of value ∝ size^k (1 = linear, < 1 slower than linear, > 1 faster):');
const growthRows: string[][] = [['from → to', 'wall', 'cpu', 'peak memory', 'pages', 'dist/', 'index']];
for (let i = 1; i < rows.length; i++) {
	for (const from of [rows[i - 1]!, ...(i > 1 ? [rows[0]!] : [])]) {
		const to = rows[i]!;
		const k = (a: number, b: number) => growthExponent(from.factor, a, to.factor, b).toFixed(2);
		growthRows.push([
			`${from.factor}× → ${to.factor}×`,
			`${k(from.measured.seconds, to.measured.seconds)} (×${(to.measured.seconds / from.measured.seconds).toFixed(1)})`,
			`${k(from.measured.cpuSeconds, to.measured.cpuSeconds)} (×${(to.measured.cpuSeconds / from.measured.cpuSeconds).toFixed(1)})`,
			`${k(from.measured.peakTreeRss, to.measured.peakTreeRss)} (×${(to.measured.peakTreeRss / from.measured.peakTreeRss).toFixed(1)})`,
			`${k(from.pages, to.pages)} (×${(to.pages / from.pages).toFixed(1)})`,
			`${k(from.distBytes, to.distBytes)} (×${(to.distBytes / from.distBytes).toFixed(1)})`,
			`${k(from.indexBytes, to.indexBytes)} (×${(to.indexBytes / from.indexBytes).toFixed(1)})`,
		]);
	}
}
if (rows.length > 1) console.log(textTable(growthRows));
console.log('(peak memory: the largest sum of resident memory of all the build’s processes at one sample, every 200 ms)');
await writeFile(join(results, 'scale.json'), `${JSON.stringify({ generatedBy: 'scripts/bench-scale.ts', date: new Date().toISOString(), rows }, null, 2)}\n`);
