import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrl, readSearchPage } from '../support/built-blocks.ts';
import { normalize } from '../../src/core/search/fold.ts';
import { builtHtmlFiles, dist } from '../support/built-site.ts';
import { openSearchIndex, type IndexedRecord, type SearchIndexProbe } from '../support/search-index-probe.ts';

/**
 * The index is written from the page entries while Astro builds the pages
 * (scripts/lib/search-index/), so nothing but this test ties it to the pages a reader
 * gets. Here the built pages are read as they are served, and the index, asked through
 * Pagefind's own API in Chromium (tests/support/search-index-probe.ts), must hold
 * exactly their blocks: each character of the corpus finds exactly the blocks holding
 * it, every block is found by its whole text, and each carries its text character for
 * character, its page's name and its publication.
 */
interface BuiltBlock {
	text: string;
	folded: string;
	title: string;
	year: string;
	edition: string;
}

async function builtBlocks(): Promise<Map<string, BuiltBlock>> {
	const blocks = new Map<string, BuiltBlock>();
	for (const file of await builtHtmlFiles()) {
		const url = pageUrl(file);
		const page = readSearchPage(readFileSync(`${dist}${file}`, 'utf8'), url);
		for (const block of page?.blocks ?? []) {
			const folded = normalize(block.text);
			// A block with nothing left to search once folded (a lone mark) gets no record.
			if (folded === '') continue;
			blocks.set(`${url}#${block.id}`, { text: block.text, folded, title: page!.label, year: page!.year, edition: page!.edition });
		}
	}
	return blocks;
}

describe('the search index in dist/pagefind/, through Pagefind’s API', () => {
	let probe: SearchIndexProbe;
	let built: Map<string, BuiltBlock>;
	let byCharacter: Map<string, IndexedRecord[]>;
	beforeAll(async () => {
		built = await builtBlocks();
		probe = await openSearchIndex(dist);
		const characters = [...new Set([...built.values()].flatMap((block) => [...block.folded]))];
		byCharacter = await probe.search(characters);
	}, 300_000);
	afterAll(async () => probe?.close());

	it('finds, for each character of the corpus, exactly the blocks that hold it, and no other record', () => {
		expect(built.size).toBeGreaterThan(600);
		const wrong: string[] = [];
		const seen = new Set<string>();
		for (const [character, records] of byCharacter) {
			const found = records.map((r) => r.url).sort();
			found.forEach((url) => seen.add(url));
			const truth = [...built]
				.filter(([, block]) => block.folded.includes(character))
				.map(([url]) => url)
				.sort();
			if (found.join() !== truth.join()) wrong.push(character);
		}
		expect(wrong).toEqual([]);
		expect([...seen].sort()).toEqual([...built.keys()].sort());
	});

	it('gives each record the text, page name and publication the page shows', () => {
		const records = new Map([...byCharacter.values()].flat().map((r) => [r.url, r]));
		const differing = [...records.values()].filter((record) => {
			const block = built.get(record.url);
			return (
				!block ||
				record.text !== block.text ||
				record.title !== block.title ||
				record.year !== block.year ||
				record.edition !== block.edition ||
				record.filters.year?.join() !== block.year ||
				record.filters.edition?.join() !== block.edition
			);
		});
		expect(differing.map((r) => r.url)).toEqual([]);
	});

	it('finds every block by its whole text, as one phrase', async () => {
		const texts = [...new Set([...built.values()].map((block) => block.folded))];
		const found = await probe.search(texts);
		const missing = [...built].filter(([url, block]) => !found.get(block.folded)!.some((r) => r.url === url)).map(([url]) => url);
		expect(missing).toEqual([]);
	}, 300_000);
});
