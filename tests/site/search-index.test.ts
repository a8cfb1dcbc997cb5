import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageUrl, readSearchPage } from '../support/built-blocks.ts';
import { normalize } from '../../src/core/search/fold.ts';
import { builtHtmlFiles, dist } from '../support/built-site.ts';

/**
 * The index is written from the page entries while Astro builds the pages
 * (scripts/lib/search-index/), so nothing but this test ties it to the pages a reader
 * gets. Here the built pages are read as they are served, and the index must hold
 * exactly their blocks: every one, with its text character for character, under its
 * page's name and publication, and nothing else.
 */

interface IndexedRecord {
	url: string;
	meta: { title: string; text: string; year: string; edition: string };
	filters: { year: string[]; edition: string[] };
}

// Pagefind writes one gzipped fragment per record: the marker `pagefind_dcd`, then JSON.
const MARKER = 'pagefind_dcd';
function readFragments(): IndexedRecord[] {
	const folder = `${dist}pagefind/fragment/`;
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(`${folder}${name}`)).toString('utf8');
		if (!text.startsWith(MARKER)) throw new Error(`${folder}${name}: not a Pagefind fragment`);
		return JSON.parse(text.slice(MARKER.length)) as IndexedRecord;
	});
}

async function builtBlocks(): Promise<Map<string, { text: string; title: string; year: string; edition: string }>> {
	const blocks = new Map<string, { text: string; title: string; year: string; edition: string }>();
	for (const file of await builtHtmlFiles()) {
		const url = pageUrl(file);
		const page = readSearchPage(readFileSync(`${dist}${file}`, 'utf8'), url);
		for (const block of page?.blocks ?? []) {
			// A block with nothing left to search once folded (a lone mark) gets no record.
			if (normalize(block.text) === '') continue;
			blocks.set(`${url}#${block.id}`, { text: block.text, title: page!.label, year: page!.year, edition: page!.edition });
		}
	}
	return blocks;
}

describe('the search index in dist/pagefind/', async () => {
	const records = readFragments();
	const built = await builtBlocks();

	it('has one record per block of report text on the built pages, and no other', () => {
		expect(built.size).toBeGreaterThan(600);
		expect(records.map((r) => r.url).sort()).toEqual([...built.keys()].sort());
	});

	it('gives each record the text, page name and publication the page shows', () => {
		const differing = records.filter((record) => {
			const block = built.get(record.url);
			return (
				!block ||
				record.meta.text !== block.text ||
				record.meta.title !== block.title ||
				record.meta.year !== block.year ||
				record.meta.edition !== block.edition ||
				record.filters.year.join() !== block.year ||
				record.filters.edition.join() !== block.edition
			);
		});
		expect(differing.map((r) => r.url)).toEqual([]);
	});
});
