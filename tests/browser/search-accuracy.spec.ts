import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { pagePath } from '../../src/core/urls.ts';
import { readPageEntryMarkdown } from '../../scripts/lib/content/page-entries.ts';
import { readCorpus } from '../support/search-corpus.ts';
import { runQuery, score, summarize } from '../support/search-driver.ts';
import { generateQueries } from '../support/search-queries.ts';

// A fixed sample of generated queries (tests/support/search-queries.ts, seed 200) run
// through the real search page; the truth is exact substring over every block of the
// built site. Recall, precision and literal-first ordering must all be 100%.
const SITE = new URL(`../../${process.env.SITE_DIST ?? 'dist'}/`, import.meta.url).pathname;
const SAMPLE = 240;
const SEED = 200;

// The truth must cover every block the content names, or recall would be measured on too little.
test('the benchmark corpus holds every block id of every page entry', async () => {
	const corpus = new Set((await readCorpus(SITE)).map((block) => block.url));
	const root = new URL('../../content/publication-pages/', import.meta.url);
	const expected: string[] = [];
	for (const folder of await readdir(root)) {
		for (const file of (await readdir(new URL(`${folder}/`, root))).filter((f) => f.endsWith('.md'))) {
			const front = readPageEntryMarkdown(await readFile(new URL(`${folder}/${file}`, root), 'utf8'), `content/publication-pages/${folder}/${file}`).page;
			const [year, edition] = front.publication.split('-') as [string, string];
			for (const id of front.ids) expected.push(`${pagePath({ year: Number(year), edition }, front.slug)}#${id}`);
		}
	}
	expect(expected.length).toBeGreaterThan(600);
	expect(expected.filter((url) => !corpus.has(url))).toEqual([]);
});

test('the search lists exactly the paragraphs that contain each of 240 generated queries', async ({ page }) => {
	test.setTimeout(240_000);
	const corpus = await readCorpus(SITE);
	const queries = generateQueries(corpus, SAMPLE, SEED);
	expect(queries.length).toBe(SAMPLE);
	// The sample covers every kind of query, and queries with and without matches.
	expect(new Set(queries.map((q) => q.kind)).size).toBe(12);

	await page.goto('/search/');
	const scores = [];
	for (const query of queries) scores.push(score(query, await runQuery(page, query.q), corpus));
	const summary = summarize(scores);
	const wrong = scores
		.filter((s) => s.missing.length > 0 || s.extra.length > 0 || !s.literalFirst)
		.map((s) => `${s.query.kind} “${s.query.q}”: missing ${s.missing.join(' ')}; extra ${s.extra.join(' ')}`);
	expect(wrong).toEqual([]);
	expect(summary.recall).toBe(1);
	expect(summary.precision).toBe(1);
	expect(summary.literalFirst).toBe(1);
	// Most queries drawn from the text find something; those made to be absent from the real corpus find nothing.
	const madeAbsent = new Set(['absent', 'latin-q', 'extension']);
	const drawn = scores.filter((s) => !madeAbsent.has(s.query.kind));
	expect(drawn.filter((s) => s.truth > 0).length).toBeGreaterThan(drawn.length * 0.8);
	expect(scores.filter((s) => s.truth === 0).length).toBeGreaterThan(0);
});
