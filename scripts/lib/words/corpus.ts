import type { PageData } from '../../../src/core/schemas/page-entry.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { pagePath } from '../../../src/core/urls.ts';
import { readPageBlocks, type PageBlock } from '../../../src/markdown/page-blocks.ts';
import { readManifest } from '../content/manifest.ts';
import { readPageEntryFiles, readPageEntryMarkdown } from '../content/page-entries.ts';
import { definedTerms, DICTIONARY_FILE, glossaryWords, readWordList } from './word-lists.ts';

/** The page entries as the word counts read them: every block's text, and the terms each page defines. */
export interface CorpusPage {
	file: string;
	page: PageData;
	/** The page's URL path (/2024/full/part-2/). */
	path: string;
	blocks: PageBlock[];
	/** The :dfn terms of the page, as written (附件2's glossary). */
	terms: string[];
}

export interface CorpusPublication {
	publication: Publication;
	pages: CorpusPage[];
}

/** The publications of the manifest in `root`, their page entries read from `pagesRoot` (the project, or a build's staging). */
export async function readCorpus(root: URL, pagesRoot: URL = root): Promise<CorpusPublication[]> {
	const manifest = await readManifest(root);
	return Promise.all(
		manifest.map(async (publication) => {
			const pages = (await readPageEntryFiles(pagesRoot, publication.id)).map(({ file, markdown }): CorpusPage => {
				const { page, body } = readPageEntryMarkdown(markdown, file);
				const terms = definedTerms(body);
				// With the entry's pins: a corrected source keeps its published ids (scripts/lib/ingest/corrections.ts).
				const { blocks } = readPageBlocks(body, page.pins ?? {});
				if (blocks.map((b) => b.id).join(' ') !== page.ids.join(' ')) throw new Error(`${file}: block ids differ from the entry's frontmatter; run npm run ingest`);
				return { file, page, path: pagePath(publication, page.slug), blocks, terms };
			});
			return { publication, pages: pages.sort((a, b) => a.page.order - b.page.order) };
		}),
	);
}

/** The user dictionary: the hand-listed terms (content/words/dictionary.txt), then the glossary's, each once. */
export async function userDictionary(root: URL, corpus: readonly CorpusPublication[]): Promise<{ hand: string[]; glossary: string[]; words: string[] }> {
	const hand = await readWordList(root, DICTIONARY_FILE);
	const glossary = [...new Set(corpus.flatMap((p) => p.pages.flatMap((page) => page.terms.flatMap(glossaryWords))))].filter((w) => !hand.includes(w));
	return { hand, glossary, words: [...hand, ...glossary] };
}
