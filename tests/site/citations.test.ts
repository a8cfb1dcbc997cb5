import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import bibtexParse from 'bibtex-parse';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readPageEntry } from '../../scripts/lib/content/page-entries.ts';
import { citeExports } from '../../src/core/cite-exports.ts';
import { publicationPath } from '../../src/core/urls.ts';
import { builtHtmlFiles, builtPage, builtPagePath, dist, fileOf, pagesOf, publications, root } from '../support/built-site.ts';

/** Who the manifest says answers for a publication: a digest's maker where it speaks of one (none where unnamed), else the speaker or the issuing body. */
const authorsOf = (publication: (typeof publications)[number]) =>
	publication.compiledBy !== undefined ? (publication.compiledBy ? [publication.compiledBy] : []) : [publication.speaker ?? publication.responsible];

it('names no author for the digests whose maker the manifest does not name: the infographic, the paper’s own digest, and the 2026 summary', () => {
	for (const id of ['2024-infographic', '2026-summary']) expect(authorsOf(publications.find((p) => p.id === id)!), id).toEqual([]);
	for (const p of publications.filter((p) => p.shape === 'digest')) expect(p.compiledBy, p.id).not.toBeUndefined();
});

describe.each(publications)('$id', (publication) => {
	const path = publicationPath(publication);
	const exports = citeExports(path);
	const authors = authorsOf(publication);
	const newspaper = publication.edition === 'newspaper';

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
			expect(meta('citation_author')).toEqual(authors);
			expect(meta('citation_language')).toEqual(['zh']);
			expect(meta('DC.type')).toEqual([newspaper ? 'newspaperArticle' : 'report']);
			// Zotero reads the type from og:type when present; none may override DC.type.
			expect(selectAll('meta[property="og:type"]', tree)).toEqual([]);
			for (const file of exports) expect(selectAll(`a[href="${file.path}"]`, tree).length, `${page.slug} links ${file.path}`).toBeGreaterThan(0);
		}
	});

	it('serves a BibTeX entry that a BibTeX parser reads back field by field', () => {
		const bib = readFileSync(fileOf(exports[0]!.path), 'utf8');
		const entry = bibtexParse.entries(bib)[0]!;
		expect(entry.type).toBe(newspaper ? 'article' : 'report');
		expect(entry.key).toBe(publication.id);
		expect(entry.AUTHOR).toBe(authors[0]);
		// In double braces, so that BibTeX takes the name whole, never as given and family names.
		if (authors[0]) expect(bib).toContain(`author = {{${authors[0]}}}`);
		expect(entry.TITLE).toBe(publication.printed?.title ?? publication.title);
		expect(entry.SUBTITLE).toBe(publication.printed?.subtitle);
		expect(entry.DATE).toBe(publication.edition === 'newspaper' ? publication.newspaper?.date : publication.delivered);
		// Built without a public address: a file that leaves the site carries no relative URL.
		expect(entry.URL).toBeUndefined();
		if (newspaper) expect(entry.ENTRYSUBTYPE).toBe('newspaper');
	});

	it('serves an RIS record that a reference manager’s RIS parser reads with its Chinese intact', () => {
		const ris = readFileSync(fileOf(exports[1]!.path), 'utf8');
		expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
		const [item] = new Cite(ris, { forceType: '@ris/file' }).data as Record<string, unknown>[];
		const title = [publication.printed?.title ?? publication.title, publication.printed?.subtitle].filter(Boolean).join('：');
		expect(item!.title).toBe(title);
		// citation-js reads a newspaper's AU as its reporter.
		const names = newspaper ? [item!.reporter] : ((item!.author ?? []) as { literal?: string; family?: string }[]).map((n) => n.literal ?? n.family);
		expect(names).toEqual(authors);
		expect(item!.URL).toBeUndefined();
		expect(item!.type).toBe(newspaper ? 'article-newspaper' : 'report');
		// DA as RIS writes it (YYYY/MM/DD/, unknown parts empty), read back as the parts known.
		const known = publication.delivered.split('-').map(Number);
		if (!newspaper) expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(known);
		expect(ris).not.toMatch(/^DA {2}- \d{4}\/\/?\r?$/m);
	});

	it('serves CSL-JSON as the GB/T 7714 styles read it', () => {
		const [item] = JSON.parse(readFileSync(fileOf(exports[2]!.path), 'utf8')) as Record<string, unknown>[];
		expect(item!.type).toBe(newspaper ? 'article-newspaper' : 'report');
		expect(item!.author).toEqual(authors.length > 0 ? authors.map((literal) => ({ literal })) : undefined);
		expect(item!.URL).toBeUndefined();
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

describe('where the texts come from (/sources/)', () => {
	const tree = builtPage('/sources/');
	it('gives every publication’s provenance, and says the newspaper’s paper, date and page are unknown', () => {
		for (const publication of publications) expect(select(`#source-${publication.id}`, tree), publication.id).toBeTruthy();
		const print = selectAll('section[aria-labelledby="source-2024-newspaper"] dl > *', tree).map((node) => toString(node));
		const value = (term: string) => print[print.indexOf(term) + 1];
		expect([value('报纸'), value('出版日期'), value('版次')]).toEqual(['不详', '不详', '不详']);
		expect(value('转版标记')).toBe('上接第一版，下转第五版');
		expect(value('题名')).toBe('政府工作报告');
	});
	it('is linked from every page’s footer', () => {
		expect(selectAll('.site-footer a[href="/sources/"]', builtPage('/2024/full/part-2/'))).toHaveLength(1);
	});
});
