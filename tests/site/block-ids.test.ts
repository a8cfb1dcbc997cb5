import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPagePath, pagesOf, publications } from '../support/built-site.ts';

describe.each(publications)('ids on the built pages of $id', (publication) => {
	it.each(pagesOf(publication).map((page) => [page.slug, page] as const))('%s carries every id its entry declares, once', (_, page) => {
		const tree = builtPage(builtPagePath(publication, page));
		const inArticle = selectAll('article.report-text [id]', tree).map((el) => String(el.properties.id));
		expect(inArticle).toEqual(page.ids);
		const all = selectAll('[id]', tree).map((el) => String(el.properties.id));
		expect(all.length).toBe(new Set(all).size);
	});

	it('gives every heading and paragraph of the text an id', () => {
		for (const page of pagesOf(publication)) {
			const tree = builtPage(builtPagePath(publication, page));
			const bare = selectAll('article.report-text :is(h1,h2,h3,h4,h5,h6,p,li):not([id])', tree);
			expect(
				bare.map((el) => el.tagName),
				`${page.slug}`,
			).toEqual([]);
		}
	});
});
