import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { termQuery } from '../../src/core/search/index-words.ts';
import { unescapeMeta } from '../../src/core/search/meta-escape.ts';
import { contentText, PATCH_FIELD, restoreText } from '../../src/core/search/stored-text.ts';

/**
 * A built site's Pagefind index, asked through Pagefind's public JavaScript API
 * (`search`, `result.data()`) in Chromium, on the site's own search page (its
 * `<html lang>` decides how Pagefind treats a query). Nothing of Pagefind's private
 * file formats is read. Used by tests/site/search-index.test.ts and the integration
 * test that builds a copy holding Q4, AQI and a CJK extension character.
 */
export interface IndexedRecord {
	url: string;
	title: string;
	text: string;
	year: string;
	edition: string;
	filters: Record<string, string[]>;
}

export interface SearchIndexProbe {
	/** The records Pagefind returns for each folded term, as the search page sends it. */
	search(terms: readonly string[]): Promise<Map<string, IndexedRecord[]>>;
	close(): Promise<void>;
}

interface RawRecord {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export async function openSearchIndex(site: string): Promise<SearchIndexProbe> {
	const server: StaticSite = await serveStatic(site);
	const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
	try {
		// The probe's own script is inline, which the page's Content-Security-Policy rightly refuses.
		const page: Page = await browser.newPage({ locale: 'zh-CN', bypassCSP: true });
		await page.goto(`${server.url}/search/`);
		// A module script of the page's own, so that no test tool rewrites the import.
		await page.addScriptTag({ type: 'module', content: "import * as pagefind from '/pagefind/pagefind.js'; window.__pagefind = pagefind;" });
		await page.waitForFunction(() => '__pagefind' in window);
		return {
			async search(terms) {
				const queries = terms.map(termQuery);
				const raw = await page.evaluate(async (list) => {
					type Api = {
						init(): Promise<void>;
						filters(): Promise<unknown>;
						search(q: string): Promise<{ results: Array<{ id: string; data(): Promise<RawRecord> }> }>;
					};
					const w = window as unknown as { __pagefind: Api; __probe?: Api; __records?: Map<string, RawRecord> };
					if (!w.__probe) {
						w.__probe = w.__pagefind;
						await w.__probe.init();
						await w.__probe.filters();
						w.__records = new Map();
					}
					const out: Array<Array<RawRecord>> = [];
					for (const q of list) {
						const response = await w.__probe.search(q);
						const records: RawRecord[] = [];
						for (const result of response.results) {
							let record = w.__records!.get(result.id);
							if (!record) {
								const data = await result.data();
								record = { url: data.url, content: data.content, meta: data.meta, filters: data.filters };
								w.__records!.set(result.id, record);
							}
							records.push(record);
						}
						out.push(records);
					}
					return out;
				}, queries);
				return new Map(
					terms.map((term, i) => [
						term,
						raw[i]!.map((r) => ({
							url: r.url,
							title: unescapeMeta(r.meta.title ?? ''),
							text: restoreText(contentText(r.content), r.meta[PATCH_FIELD] ?? ''),
							year: r.meta.year ?? '',
							edition: r.meta.edition ?? '',
							filters: r.filters,
						})),
					]),
				);
			},
			async close() {
				await browser.close();
				await server.close();
			},
		};
	} catch (error) {
		await browser.close();
		await server.close();
		throw error;
	}
}
