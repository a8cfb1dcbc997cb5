import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShelf, counterparts, describeHoldings, describePeriod, formatDate, neighbours, pageLabel } from '../../../src/core/shelf.ts';
import { sitemapPaths, sitemapXml } from '../../../src/site/sitemap.ts';
import { listFiles } from '../../../scripts/lib/content/write-tree.ts';
import { readPageEntryMarkdown } from '../../../scripts/lib/content/page-entries.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';
import { listedCollatedPublications, listedPublications, listedYears, pageEntryFiles } from '../../support/content-on-disk.ts';

const root = new URL('../../../', import.meta.url);
const publications = await readManifest(root);
const files = (await listFiles(new URL('content/publication-pages', root).pathname)).filter((f) => f.endsWith('.md'));
const pages = files.map((f) => readPageEntryMarkdown(readFileSync(new URL(`content/publication-pages/${f}`, root), 'utf8'), f).page);
const shelf = buildShelf(publications, pages);

describe('the shelf', () => {
	it('lists the reports newest first, each with its publications in edition order', () => {
		const editionOrder = ['full', 'newspaper', 'infographic', 'summary'];
		const listed = listedPublications();
		const expected = listedYears().map((year) => [
			year,
			listed
				.filter((p) => p.year === year)
				.map((p) => p.edition)
				.sort((a, b) => editionOrder.indexOf(a) - editionOrder.indexOf(b)),
		]);
		expect(shelf.map((y) => [y.year, y.publications.map((p) => p.publication.edition)])).toEqual(expected);
	});

	it('orders pages and links them as a reader goes', () => {
		const full2024 = shelf[1]!.publications[0]!;
		expect(full2024.pages.map((p) => p.path)).toEqual(['/2024/full/', '/2024/full/part-1/', '/2024/full/part-2/', '/2024/full/annex-1/', '/2024/full/annex-2/']);
		const { previous, next } = neighbours(full2024, 'part-2');
		expect([previous?.slug, next?.slug]).toEqual(['part-1', 'annex-1']);
		expect(neighbours(full2024, 'annex-2').next).toBeUndefined();
	});

	it('finds the same part in the report’s other publications, with the sections both hold', () => {
		const full = publications.find((p) => p.id === '2024-full')!;
		const part2 = pages.find((p) => p.publication === '2024-full' && p.slug === 'part-2')!;
		const others = counterparts(shelf, full, part2);
		expect(others.map((o) => o.publication.id)).toEqual(['2024-newspaper', '2024-infographic']);
		expect([...others[0]!.shared].sort()).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
		expect(others[1]!.shared.size).toBe(10);
		expect(
			counterparts(
				shelf,
				publications.find((p) => p.id === '2021-full')!,
				pages.find((p) => p.publication === '2021-full' && p.slug === 'part-1')!,
			),
		).toEqual([]);
	});

	it('labels pages and dates for readers', () => {
		const continued = pages.find((p) => p.publication === '2024-newspaper' && p.slug === 'part-1')!;
		// The newspaper's first inner page goes on with part 一 of the full text: it is called by that part's heading.
		const newspaper = shelf[1]!.publications.find((p) => p.publication.edition === 'newspaper')!;
		const fullPart1 = pages.find((p) => p.publication === '2024-full' && p.slug === 'part-1')!;
		expect(newspaper.pages[0]!.label).toBe(`${fullPart1.title}（续）`);
		expect(newspaper.pages[0]!.label).toBe('一、过去一年工作回顾（续）');
		// Without the full text to name it, a continued page is still not given invented words.
		expect(pageLabel(continued)).toBe('第1部分（续）');
		expect(pageLabel({ ...continued, continued: false })).toBe('第1部分');
		expect(describeHoldings(shelf[1]!.publications[0]!.pages)).toBe('开篇、两个部分、两个附件');
		expect(describeHoldings(newspaper.pages)).toBe('两个部分');
		expect(describeHoldings([])).toBe('');
		expect(formatDate('2024-01-30')).toBe('2024年1月30日');
		expect(formatDate('2021-01')).toBe('2021年1月');
		expect(describePeriod({ years: [2020], fiveYearPlan: '十三五' })).toBe('2020年及“十三五”时期');
	});

	it('puts every year, publication and page in the sitemap once', () => {
		const paths = sitemapPaths(shelf, []);
		expect(paths).toContain('/2024/newspaper/');
		expect(paths).toContain('/2024/compare/');
		// The report's collation page, and one per publication set against the full text.
		expect(paths).toEqual(expect.arrayContaining(['/2024/compare/newspaper/', '/2024/compare/infographic/']));
		// The home page, each year, each publication, each page but an opening (that is the publication's own page),
		// each year's collation page and one per publication set against its year's full text.
		const chapters = pageEntryFiles().filter((file) => !file.endsWith('-opening.md')).length;
		const collated = listedCollatedPublications();
		const collatedYears = new Set(collated.map((p) => p.year)).size;
		expect(paths.length).toBe(1 + listedYears().length + listedPublications().length + chapters + collatedYears + collated.length);
		expect(new Set(paths).size).toBe(paths.length);
		expect(sitemapXml(['/a&b/'], new URL('https://x.org'))).toContain('<loc>https://x.org/a&amp;b/</loc>');
	});
});
