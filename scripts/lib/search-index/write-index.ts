import { close, createIndex } from 'pagefind';
import type { SearchPage } from './entry-pages.ts';
import { normalize } from '../../../src/core/search/fold.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';
import { escapeMeta } from '../../../src/core/search/meta-escape.ts';
import { REPORT_ORDER } from '../../../src/core/search/report-order.ts';
import { PATCH_FIELD, textPatch } from '../../../src/core/search/stored-text.ts';

/**
 * The Pagefind index: one record per block of report text (heading, paragraph, list
 * item), found by its URL `page#id`. A record's content is the block spelt as bigram
 * words (src/core/search/index-words.ts), so that any string in it is found, not only
 * whole words. Its text travels as those words and a patch of what the fold took away
 * (src/core/search/stored-text.ts), its page name (escaped: src/core/search/meta-escape.ts)
 * and publication as metadata and filters for the results page, and its place in
 * the shelf (newest report first, the full text before the other editions, the page's
 * own order) as the sort key REPORT_ORDER.
 */
export interface SearchRecord {
	url: string;
	content: string;
	meta: { title: string; place: string; [PATCH_FIELD]: string; year: string; edition: string };
	filters: { year: string[]; edition: string[] };
	sort: Record<typeof REPORT_ORDER, string>;
}

/** The records of the given pages, which come in shelf order (readEntryPages). */
export function searchRecords(pages: readonly SearchPage[]): SearchRecord[] {
	const records: SearchRecord[] = [];
	for (const page of pages) {
		for (const block of page.blocks) {
			const folded = normalize(block.text);
			if (folded === '') continue;
			records.push({
				url: `${page.url}#${block.id}`,
				content: paragraphWords(folded).join(' '),
				meta: { title: escapeMeta(page.label), place: escapeMeta(block.place ?? ''), [PATCH_FIELD]: textPatch(block.text), year: page.year, edition: page.edition },
				filters: { year: [page.year], edition: [page.edition] },
				// Zero-padded, so that Pagefind's order of the strings is the shelf's.
				sort: { [REPORT_ORDER]: String(records.length).padStart(9, '0') },
			});
		}
	}
	return records;
}

// Records sent to the indexer at a time (see writeSearchIndex).
const BATCH = 1000;

/** An index whose records are all added, waiting for its output folder. */
export interface PendingIndex {
	/** Writes the index into `outputPath` and stops the indexer. */
	write(outputPath: string): Promise<void>;
}

/**
 * Hands `records` to Pagefind's indexer (a process of its own, so that it indexes on
 * the second core while Astro builds the pages). Any indexing error throws, here or in
 * `write`.
 */
export async function indexRecords(records: readonly SearchRecord[]): Promise<PendingIndex> {
	const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	try {
		// Sent a batch at a time: the indexer takes a batch in one stream of requests rather
		// than a round trip each, while a corpus a hundred times larger is not all in flight at once.
		for (let start = 0; start < records.length; start += BATCH) {
			await Promise.all(
				records.slice(start, start + BATCH).map(async (record) => {
					const added = await index.addCustomRecord({ ...record, language: 'zh-cn' });
					if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
				}),
			);
		}
	} catch (error) {
		await close();
		throw error;
	}
	return {
		async write(outputPath) {
			try {
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
			} finally {
				await close();
			}
		},
	};
}
