import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import bibtexParse from 'bibtex-parse';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPageEntry } from '../../scripts/lib/content/page-entries.ts';
import { citeExports } from '../../src/core/cite-exports.ts';
import { publicationPath } from '../../src/core/urls.ts';
import { builtHtmlFiles, builtPage, builtPagePath, dist, fileOf, pagesOf, publications, root } from '../support/built-site.ts';

describe.each(publications)('$id', (publication) => {
	const path = publicationPath(publication);
	const exports = citeExports(path);

	it('numbers every paragraph of every page in the margin as the page’s blocks count them', () => {
		for (const page of pagesOf(publication)) {
			const entry = readPageEntry(readFileSync(`${root}content/publication-pages/${publication.id}/${String(page.order).padStart(2, '0')}-${page.slug}.md`, 'utf8'), page.slug);
			const article = select('article.report-text', builtPage(builtPagePath(publication, page)))!;
			const shown = selectAll('[data-paragraph]', article).map((el) => [String(el.properties.id), Number(el.properties.dataParagraph)]);
			const counted = entry.blocks.filter((b) => b.paragraph !== undefined).map((b) => [b.id, b.paragraph]);
			expect(shown).toEqual(counted);
			expect(shown.map(([, n]) => n)).toEqual(shown.map((_, i) => i + 1));
		}
	});

	it('gives Highwire citation tags on its page and on every part page', () => {
		for (const page of pagesOf(publication)) {
			const tree = builtPage(builtPagePath(publication, page));
			const meta = (name: string) => selectAll(`meta[name="${name}"]`, tree).map((m) => String(m.properties.content));
			expect(meta('citation_title')[0]).toMatch(/\S/);
			expect(meta('citation_author')).toEqual([publication.speaker ?? publication.responsible]);
			expect(meta('citation_language')).toEqual(['zh']);
			if (publication.edition === 'newspaper') expect(meta('DC.type')).toEqual(['newspaperArticle']);
			// Zotero reads the type from og:type when present; a newspaper's must not override DC.type.
			const ogType = selectAll('meta[property="og:type"]', tree).map((m) => String(m.properties.content));
			expect(ogType).toEqual(publication.edition === 'newspaper' ? [] : ['website']);
			for (const file of exports) expect(selectAll(`a[href="${file.path}"]`, tree).length, `${page.slug} links ${file.path}`).toBeGreaterThan(0);
		}
	});

	it('serves a BibTeX entry that a BibTeX parser reads back field by field', () => {
		const bib = readFileSync(fileOf(exports[0]!.path), 'utf8');
		const entry = bibtexParse.entries(bib)[0]!;
		expect(entry.type).toBe(publication.edition === 'newspaper' ? 'article' : 'online');
		expect(entry.key).toBe(publication.id);
		expect(entry.AUTHOR).toBe(publication.speaker ?? publication.responsible);
		// In double braces, so that BibTeX takes the name whole, never as given and family names.
		expect(bib).toContain(`author = {{${publication.speaker ?? publication.responsible}}}`);
		expect(entry.TITLE).toBe(publication.printed?.title ?? publication.title);
		expect(entry.SUBTITLE).toBe(publication.printed?.subtitle);
		expect(entry.DATE).toBe(publication.edition === 'newspaper' ? publication.newspaper?.date : publication.delivered);
		expect(entry.URL).toBe(path);
		if (publication.edition === 'newspaper') expect(entry.ENTRYSUBTYPE).toBe('newspaper');
	});

	it('serves an RIS record that a reference manager’s RIS parser reads with its Chinese intact', () => {
		const ris = readFileSync(fileOf(exports[1]!.path), 'utf8');
		expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
		const [item] = new Cite(ris, { forceType: '@ris/file' }).data as Record<string, unknown>[];
		const title = [publication.printed?.title ?? publication.title, publication.printed?.subtitle].filter(Boolean).join('：');
		expect(item!.title).toBe(title);
		// citation-js reads a newspaper's AU as its reporter.
		const names = publication.edition === 'newspaper' ? [item!.reporter] : (item!.author as { literal?: string; family?: string }[]).map((n) => n.literal ?? n.family);
		expect(names).toEqual([publication.speaker ?? publication.responsible]);
		expect(item!.URL).toBe(path);
		expect(item!.type).toBe(publication.edition === 'newspaper' ? 'article-newspaper' : 'webpage');
		if (publication.edition !== 'newspaper') expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(publication.year);
	});

	it('serves CSL-JSON as the GB/T 7714 styles read it', () => {
		const [item] = JSON.parse(readFileSync(fileOf(exports[2]!.path), 'utf8')) as Record<string, unknown>[];
		expect(item!.type).toBe(publication.edition === 'newspaper' ? 'article-newspaper' : 'webpage');
		expect(item!.author).toEqual([{ literal: publication.speaker ?? publication.responsible }]);
		expect(item!.URL).toBe(path);
	});
});

describe('the paragraph numbers of the issue', () => {
	it.each([
		['/2021/full/part-1/', 'p2', 25],
		['/2024/full/part-1/', 'p9', 17],
		// The issue counted 43 blocks with the page heading; paragraphs do not count headings.
		['/2024/full/part-2/', 'p6', 42],
	])('%s#%s is paragraph %i', (path, id, number) => {
		expect(select(`#${id}`, builtPage(path))!.properties.dataParagraph).toBe(String(number));
	});
});

describe('without a public address', () => {
	it('writes no made-up domain anywhere', async () => {
		const files = [...(await builtHtmlFiles()), 'data/indicators.csv', 'data/indicators.json', 'sitemap.xml', 'robots.txt', '2024/full/cite.bib'];
		const offenders = files.filter((file) => readFileSync(`${dist}${file}`, 'utf8').includes('nmg-reports.example'));
		expect(offenders).toEqual([]);
	});
});
