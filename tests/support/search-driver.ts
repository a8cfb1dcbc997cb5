import type { Page } from '@playwright/test';
import type { CorpusBlock } from './search-corpus.ts';
import { literalMatches } from './search-corpus.ts';
import type { BenchQuery } from './search-queries.ts';

/**
 * Runs queries through the real search page in a browser, as a reader would submit
 * them, and scores what the list shows against the literal truth. The page must be
 * /search/ already loaded; it relies on the contract src/components/search/SearchPanel.astro
 * states: #search-results with aria-busy, <a href> deep links, a [data-search-more] button.
 */
export interface QueryOutcome {
	/** The deep links the list shows, in order, without duplicates (path#id). */
	links: string[];
	/** From submitting to aria-busy="false", in the page's clock. */
	latencyMs: number;
	/** Until every result is shown, “more” clicks included. */
	totalMs: number;
}

export async function submitQuery(page: Page, q: string): Promise<number> {
	return page.evaluate(async (query) => {
		const list = document.getElementById('search-results')!;
		const input = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]')!;
		input.value = query;
		const started = performance.now();
		input.form!.requestSubmit();
		await new Promise<void>((resolve) => {
			const done = () => list.getAttribute('aria-busy') === 'false' && list.dataset.query === query;
			if (done()) return resolve();
			const observer = new MutationObserver(() => {
				if (done()) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(list, { attributes: true });
		});
		return performance.now() - started;
	}, q);
}

async function clickMore(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const list = document.getElementById('search-results')!;
		const button = document.querySelector<HTMLButtonElement>('[data-search-more]');
		if (!button) return false;
		button.click();
		await new Promise<void>((resolve) => {
			if (list.getAttribute('aria-busy') === 'false') return resolve();
			const observer = new MutationObserver(() => {
				if (list.getAttribute('aria-busy') === 'false') {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(list, { attributes: true });
		});
		return true;
	});
}

async function shownLinks(page: Page): Promise<string[]> {
	const hrefs = await page.locator('#search-results a[href]').evaluateAll((links) =>
		links.map((link) => {
			const url = new URL((link as HTMLAnchorElement).href);
			return `${url.pathname}${url.hash}`;
		}),
	);
	return [...new Set(hrefs)];
}

export async function runQuery(page: Page, q: string): Promise<QueryOutcome> {
	const started = Date.now();
	const latencyMs = await submitQuery(page, q);
	while (await clickMore(page));
	return { links: await shownLinks(page), latencyMs, totalMs: Date.now() - started };
}

export interface Score {
	query: BenchQuery;
	truth: number;
	shown: number;
	found: number;
	/** Every literal match is listed before any other link. */
	literalFirst: boolean;
	missing: string[];
	extra: string[];
}

export function score(query: BenchQuery, outcome: QueryOutcome, blocks: readonly CorpusBlock[]): Score {
	const truth = literalMatches(blocks, query.q);
	const found = outcome.links.filter((link) => truth.has(link)).length;
	const firstExtra = outcome.links.findIndex((link) => !truth.has(link));
	const lastTrue = outcome.links.findLastIndex((link) => truth.has(link));
	return {
		query,
		truth: truth.size,
		shown: outcome.links.length,
		found,
		literalFirst: firstExtra === -1 || firstExtra > lastTrue,
		missing: [...truth].filter((link) => !outcome.links.includes(link)),
		extra: outcome.links.filter((link) => !truth.has(link)),
	};
}

export interface Summary {
	queries: number;
	recall: number;
	precision: number;
	literalFirst: number;
	perfect: number;
}

/** Micro-averaged recall and precision over all links; queries with nothing to find count as right when nothing is shown. */
export function summarize(scores: readonly Score[]): Summary {
	const truth = scores.reduce((sum, s) => sum + s.truth, 0);
	const shown = scores.reduce((sum, s) => sum + s.shown, 0);
	const found = scores.reduce((sum, s) => sum + s.found, 0);
	return {
		queries: scores.length,
		recall: truth === 0 ? 1 : found / truth,
		precision: shown === 0 ? 1 : found / shown,
		literalFirst: scores.filter((s) => s.literalFirst).length / Math.max(1, scores.length),
		perfect: scores.filter((s) => s.missing.length === 0 && s.extra.length === 0).length,
	};
}
