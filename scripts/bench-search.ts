/**
 * npm run bench:search — how precise, complete and fast the search is, measured on
 * queries generated from the corpus itself and run through the real search page in
 * Chromium. Reads a site already built (by npm run build, index included) in
 * $SITE_DIST or --site (default dist/), served as written (tests/support/static-server.ts);
 * it builds nothing.
 *
 *   SITE_DIST=dist-search npm run bench:search -- [--queries 1000] [--seed 4] [--site dist]
 *
 * Prints recall, precision and literal-first ordering (truth: exact substring over the
 * folded text of every block, tests/support/search-corpus.ts), latency (submit → results
 * shown, median and worst; and until every result is listed), and bytes transferred (as a
 * host serves them: text gzipped, Pagefind's files as written; and uncompressed):
 * for a first search in a fresh browser, and per query after it. Saves no file. Exits
 * non-zero when recall, precision or ordering is below 100%.
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { readCorpus } from '../tests/support/search-corpus.ts';
import { runQuery, score, submitQuery, summarize, type Score } from '../tests/support/search-driver.ts';
import { generateQueries } from '../tests/support/search-queries.ts';
import { serveCounting } from '../tests/support/static-server.ts';
import { folderSize } from '../tests/support/site-files.ts';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const { values } = parseArgs({
	options: {
		queries: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '4' },
		site: { type: 'string', default: process.env.SITE_DIST ?? 'dist' },
	},
});
const count = Number(values.queries);
const COLD_SAMPLE = Math.min(40, count);
const seed = Number(values.seed);
const site = new URL(`../${values.site}/`, import.meta.url).pathname;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

const corpus = await readCorpus(site);
// What the index costs on disk (its words, the paragraphs' fragments, filters and metadata) against the text it holds.
const pagefindDir = join(site, 'pagefind');
const indexBytes =
	(await folderSize(join(pagefindDir, 'index'))) +
	(await folderSize(join(pagefindDir, 'fragment'))) +
	(await folderSize(join(pagefindDir, 'filter'))) +
	(await Promise.all((await readdir(pagefindDir)).filter((f) => f.endsWith('.pf_meta')).map(async (f) => (await stat(join(pagefindDir, f))).size))).reduce((a, b) => a + b, 0);
const corpusBytes = corpus.reduce((sum, block) => sum + Buffer.byteLength(block.text), 0);
const queries = generateQueries(corpus, count, seed);
const server = await serveCounting(site);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
	// A first search in a fresh browser: what the page costs, then what searching adds.
	const cold = await browser.newContext({ locale: 'zh-CN' });
	const coldPage = await cold.newPage();
	const { traffic } = server;
	const reset = () => {
		traffic.bytes = 0;
		traffic.rawBytes = 0;
		traffic.paths = [];
		traffic.sizes = [];
	};
	// What kind of file the bytes went to: Pagefind's code, its index, or paragraphs.
	const breakdown = () => {
		const parts = { code: 0, index: 0, fragments: 0, other: 0 };
		traffic.paths.forEach((path, i) => {
			const kind = /\.pf_fragment$/.test(path) ? 'fragments' : /\.pf_(index|meta|filter)$|entry\.json$/.test(path) ? 'index' : path.startsWith('/pagefind/') ? 'code' : 'other';
			parts[kind] += traffic.sizes[i]!;
		});
		return `code ${kb(parts.code)}, index ${kb(parts.index)}, paragraphs ${kb(parts.fragments)}${parts.other ? `, other ${kb(parts.other)}` : ''}`;
	};
	await coldPage.goto(`${server.url}/search/`);
	await coldPage.waitForLoadState('networkidle');
	const pageBytes = traffic.bytes;
	const pageRawBytes = traffic.rawBytes;
	const pagefindBeforeSearch = traffic.paths.filter((path) => path.startsWith('/pagefind/')).length;
	reset();
	const firstQuery = '鄂尔多斯';
	const firstLatency = await submitQuery(coldPage, firstQuery);
	const firstBytes = traffic.bytes;
	const firstRawBytes = traffic.rawBytes;
	const firstRequests = [...traffic.paths];
	const firstBreakdown = breakdown();
	await cold.close();

	// Each of a sample of queries as the first search of a fresh browser: the most a query costs.
	const coldBytes: number[] = [];
	for (const query of queries.slice(0, COLD_SAMPLE)) {
		const fresh = await browser.newContext({ locale: 'zh-CN' });
		const freshPage = await fresh.newPage();
		await freshPage.goto(`${server.url}/search/`);
		reset();
		await runQuery(freshPage, query.q);
		coldBytes.push(traffic.bytes);
		await fresh.close();
	}
	const sortedCold = [...coldBytes].sort((a, b) => a - b);

	// Then every generated query in one session, as a reader searching on.
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${server.url}/search/`);
	const scores: Score[] = [];
	const latencies: number[] = [];
	const totals: number[] = [];
	const bytes: number[] = [];
	const started = Date.now();
	for (const query of queries) {
		reset();
		const outcome = await runQuery(page, query.q);
		bytes.push(traffic.bytes);
		latencies.push(outcome.latencyMs);
		totals.push(outcome.totalMs);
		scores.push(score(query, outcome, corpus));
	}
	const elapsed = (Date.now() - started) / 1000;
	await context.close();

	const summary = summarize(scores);
	const sortedLatency = [...latencies].sort((a, b) => a - b);
	const sortedTotal = [...totals].sort((a, b) => a - b);
	const sortedBytes = [...bytes].sort((a, b) => a - b);
	console.log(`search benchmark: ${summary.queries} queries (seed ${seed}) over ${corpus.length} blocks of ${values.site}/, ${elapsed.toFixed(1)} s`);
	const kinds = [...new Set(queries.map((q) => q.kind))];
	for (const kind of kinds) {
		const own = summarize(scores.filter((s) => s.query.kind === kind));
		console.log(
			`  ${kind.padEnd(14)} ${String(own.queries).padStart(5)} queries  recall ${pct(own.recall)}  precision ${pct(own.precision)}  literal-first ${pct(own.literalFirst)}`,
		);
	}
	console.log(`recall          ${pct(summary.recall)}  (${scores.reduce((s, x) => s + x.found, 0)} of ${scores.reduce((s, x) => s + x.truth, 0)} matching blocks listed)`);
	console.log(`precision       ${pct(summary.precision)}  (${scores.reduce((s, x) => s + x.shown, 0)} blocks listed)`);
	console.log(`literal-first   ${pct(summary.literalFirst)}  (${summary.perfect} of ${summary.queries} queries exactly right)`);
	console.log(
		`no-match        ${scores.filter((s) => s.truth === 0).length} queries have no literal match; ${scores.filter((s) => s.truth === 0 && s.shown > 0).length} of them listed anything`,
	);
	console.log(
		`latency         median ${percentile(sortedLatency, 0.5).toFixed(0)} ms, p95 ${percentile(sortedLatency, 0.95).toFixed(0)} ms, worst ${sortedLatency.at(-1)!.toFixed(0)} ms (submit → first results shown)`,
	);
	console.log(
		`all results     median ${percentile(sortedTotal, 0.5).toFixed(0)} ms, p95 ${percentile(sortedTotal, 0.95).toFixed(0)} ms, worst ${sortedTotal.at(-1)!.toFixed(0)} ms (until “more” is exhausted)`,
	);
	console.log(
		`bytes/query     median ${kb(percentile(sortedBytes, 0.5))}, p95 ${kb(percentile(sortedBytes, 0.95))}, worst ${kb(sortedBytes.at(-1)!)}, total ${kb(bytes.reduce((a, b) => a + b, 0))} (after the first search, every result listed)`,
	);
	console.log(`index on disk   ${kb(indexBytes)} (index, fragments, filters, metadata) for ${kb(corpusBytes)} of block text: ${(indexBytes / corpusBytes).toFixed(2)}×`);
	console.log(`search page     ${kb(pageBytes)} on load (uncompressed ${kb(pageRawBytes)}), ${pagefindBeforeSearch} Pagefind requests before a search`);
	console.log(
		`first search    ${kb(firstBytes)} for “${firstQuery}” in ${firstLatency.toFixed(0)} ms, ${firstRequests.length} requests: ${firstBreakdown}; with the page ${kb(pageBytes + firstBytes)} (uncompressed ${kb(pageRawBytes + firstRawBytes)})`,
	);
	console.log(
		`cold query      median ${kb(percentile(sortedCold, 0.5))}, worst ${kb(sortedCold.at(-1)!)} (${sortedCold.length} queries, each the first in a fresh browser, every result listed)`,
	);
	const failures = scores.filter((s) => s.missing.length > 0 || s.extra.length > 0 || !s.literalFirst);
	for (const failure of failures.slice(0, 10)) {
		console.log(
			`  FAIL ${failure.query.kind} “${failure.query.q}”: ${failure.found}/${failure.truth} found, ${failure.extra.length} extra; missing ${failure.missing.slice(0, 3).join(' ')} extra ${failure.extra.slice(0, 3).join(' ')}`,
		);
	}
	if (summary.recall < 1 || summary.precision < 1 || summary.literalFirst < 1) process.exitCode = 1;
} finally {
	await browser.close();
	await server.close();
}
