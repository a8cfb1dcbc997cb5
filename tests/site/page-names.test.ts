import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SITE_NAME, TITLE_SEPARATOR } from '../../src/core/page-title.ts';
import { CHANGES_PATH, DATA_PATH, publicationPath } from '../../src/core/urls.ts';
import { builtHtmlFiles, builtPage, builtPagePath, pagesOf, publications } from '../support/built-site.ts';

/**
 * Names and ways on, as the built pages give them (issue 15): a continued page is called by
 * its part's heading in the report's words; every page of a publication leads on at both
 * ends; the site's own words put no space between two Chinese characters.
 */
const HAN_SPACE_HAN = /\p{Script=Han}[ \u3000\t\n]+\p{Script=Han}/u;

const text = (tree: Root, selector: string) => toString(select(selector, tree) as Element);

describe('page names and the way on', () => {
	it('calls the newspaper’s first inner page by the heading of the part it continues', () => {
		const full = publications.find((p) => p.year === 2024 && p.edition === 'full')!;
		const newspaper = publications.find((p) => p.year === 2024 && p.edition === 'newspaper')!;
		const fullPart = builtPage(
			builtPagePath(
				full,
				pagesOf(full).find((p) => p.slug === 'part-1')!,
			),
		);
		const heading = text(fullPart, 'article h1');
		const continued = builtPage(builtPagePath(newspaper, pagesOf(newspaper)[0]!));
		const name = `${heading}（续）`;
		expect(text(continued, 'title').startsWith(`${name} · `)).toBe(true);
		expect(text(continued, '.breadcrumbs [aria-current="page"]')).toBe(name);
		expect((select('article.report-text', continued) as Element).properties.ariaLabel).toBe(name);
		expect(JSON.parse(String((select('article.report-text', continued) as Element).properties.dataCitation)).page).toBe(name);
		const next = builtPage(builtPagePath(newspaper, pagesOf(newspaper)[1]!));
		expect(text(next, '.page-nav a[rel="prev"]')).toBe(`← ${name}`);
	});

	it('leads on from both ends of every publication: back to its contents, and from its contents to the year', () => {
		for (const publication of publications) {
			const chapters = pagesOf(publication).filter((p) => p.kind !== 'opening');
			const contents = builtPage(publicationPath(publication));
			const links = (tree: Root) => selectAll('.page-nav a', tree).map((a) => String((a as Element).properties.href));
			expect(links(contents), publication.id).toEqual([`/${publication.year}/`, builtPagePath(publication, chapters[0]!)]);
			for (const [index, page] of chapters.entries()) {
				const hrefs = links(builtPage(builtPagePath(publication, page)));
				expect(hrefs, `${publication.id} ${page.slug}`).toHaveLength(2);
				if (index === chapters.length - 1) expect(hrefs[1], `${publication.id} ${page.slug}`).toBe(publicationPath(publication));
				if (index === 0 && !pagesOf(publication).some((p) => p.kind === 'opening')) expect(hrefs[0]).toBe(publicationPath(publication));
			}
		}
	});

	it('names every paragraph link by its position, never by its id', () => {
		const full = publications.find((p) => p.year === 2024 && p.edition === 'full')!;
		const page = builtPage(
			builtPagePath(
				full,
				pagesOf(full).find((p) => p.slug === 'part-2')!,
			),
		);
		const block = select('[id="s5-p3"]', page) as Element;
		const link = select('[id="s5-p3"] > a.block-link', page) as Element;
		// The number in the margin, the one its citation gives (rehype-paragraph-numbers.ts).
		expect(Number(block.properties.dataParagraph)).toBeGreaterThan(3);
		expect(link.properties.ariaLabel).toBe(`第${String(block.properties.dataParagraph)}段链接`);
		for (const a of selectAll('a.block-link', page)) expect(String((a as Element).properties.ariaLabel)).not.toMatch(/[a-z]\d/);
	});

	it('says what each publication holds on the home page, not how many files', () => {
		const home = builtPage('/');
		const cards = selectAll('.card', home).map((card) => toString(card));
		expect(cards.length).toBe(publications.length);
		for (const card of cards) expect(card).toMatch(/收录：(开篇|[一两三四五六七八九十]个部分)/);
		expect(cards.join('')).not.toMatch(/个页面/);
	});

	it('titles every page in one way: its own parts, then the site’s name, joined by the one separator', async () => {
		const files = await builtHtmlFiles();
		const bare = SITE_NAME;
		for (const file of files) {
			const tree = builtPage(`/${file}`);
			const title = text(tree, 'title');
			expect(title, `${file}: a title from another separator`).not.toMatch(/ [-–—|] /);
			const parts = title.split(TITLE_SEPARATOR);
			expect(
				parts.every((part) => part.trim() === part && part !== ''),
				`${file}: “${title}”`,
			).toBe(true);
			expect(parts.at(-1)!.includes(bare), `${file}: “${title}” does not end on the site’s name`).toBe(true);
		}
	});

	it('shows the pages that build trust in every page’s menu', async () => {
		for (const file of await builtHtmlFiles()) {
			const tree = builtPage(`/${file}`);
			if (!select('.site-nav', tree)) continue;
			const links = selectAll('.site-nav a', tree).map((a) => String(a.properties.href));
			expect(links, file).toEqual(expect.arrayContaining([DATA_PATH, CHANGES_PATH]));
		}
	});

	it('puts no space between two Chinese characters in the site’s own words (the report text is the source’s)', async () => {
		const files = await builtHtmlFiles();
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const tree = structuredClone(builtPage(`/${file}`));
			// The report text and the quotes taken from it are the source's, spaces included: each
			// stands in as one character, so that a space the site puts beside a quote is still seen.
			// A collation's readings (.reading-text) are the publications' text, and its places (.place)
			// name a block by its section or heading, in the report's words; a title as printed (.printed-title) is the publication's.
			const quoted = new Set(selectAll('article.report-text, .headline-targets a, .data-table .quote, .edition-diff p, .reading-text, .place, .printed-title', tree));
			visit(tree, 'element', (node, index, parent) => {
				if (!quoted.has(node) || !parent || index === undefined) return;
				parent.children.splice(index, 1, { type: 'text', value: '引' });
				return [SKIP, index + 1];
			});
			// Each block of text as a reader sees it.
			for (const block of selectAll('body :is(p, li, h1, h2, h3, dt, dd, th, td, caption, a, span, summary, label, title)', tree)) {
				const words = toString(block);
				expect(HAN_SPACE_HAN.test(words), `${file}: “${words.slice(0, 80)}”`).toBe(false);
			}
		}
	});
});
