import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { pageUrl, readSearchPage } from '../lib/search/blocks.ts';
import { normalize } from '../lib/search/normalize.ts';
import { MARK, paragraphWords } from '../lib/search/tokens.ts';

/**
 * Indexes the built site with Pagefind once Astro has written it: one record per block
 * of report text (heading, paragraph, list item), found by its URL `page#id`. A record's
 * content is the block spelt as substring words (src/lib/search/tokens.ts), so that any
 * string in it is found, not only whole words; its text, page and publication travel
 * as metadata and filters for the results page. Any indexing error fails the build.
 */
async function htmlFiles(root: string, folder = root): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory() && entry.name !== 'pagefind') files.push(...(await htmlFiles(root, path)));
		else if (entry.isFile() && entry.name.endsWith('.html')) files.push(path);
	}
	return files.sort();
}

export default function pagefind(): AstroIntegration {
	return {
		name: 'report-explorer:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
				if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
				let pages = 0;
				let records = 0;
				for (const file of await htmlFiles(site)) {
					const url = pageUrl(relative(site, file));
					const page = readSearchPage(await readFile(file, 'utf8'), url);
					if (!page) continue;
					pages++;
					const pending: Promise<void>[] = [];
					for (const block of page.blocks) {
						// A query word starts with MARK: no other indexed word may (see tokens.ts).
						if (new RegExp(MARK, 'i').test(block.text + page.label)) {
							throw new Error(`pagefind: ${url}#${block.id} contains “${MARK}”, the letter search words start with; choose another MARK in src/lib/search/tokens.ts`);
						}
						const folded = normalize(block.text);
						if (folded === '') continue;
						// Sent together: the indexer takes a page's records in one round trip, not one each.
						pending.push(
							index
								.addCustomRecord({
									url: `${url}#${block.id}`,
									content: paragraphWords(folded).join(' '),
									language: 'zh-cn',
									meta: { title: page.label, text: block.text, year: page.year, edition: page.edition },
									filters: { year: [page.year], edition: [page.edition] },
								})
								.then((added) => {
									if (added.errors.length > 0) throw new Error(`pagefind: ${url}#${block.id}: ${added.errors.join('; ')}`);
								}),
						);
						records++;
					}
					await Promise.all(pending);
				}
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
				await close();
				logger.info(`indexed ${records} blocks of ${pages} pages into pagefind/`);
			},
		},
	};
}
