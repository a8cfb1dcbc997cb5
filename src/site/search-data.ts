import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockId } from '../markdown/block-ids.ts';
import { siteEntries, type AnnexInput, type SiteEntry } from '../core/search/site-data.ts';
import { INDICATORS_PATH } from '../core/urls.ts';
import { loadShelf } from './collections.ts';
import { loadIndicators } from './indicators/load.ts';
import { pageModel } from './page-models.ts';

/** The site data the search page matches (src/core/search/site-data.ts), from the collections (build time only). */
export async function loadSearchData(): Promise<SiteEntry[]> {
	const series = await loadIndicators();
	const shelf = await loadShelf();
	const annexes: AnnexInput[] = [];
	for (const year of shelf) {
		for (const { publication, pages } of year.publications) {
			for (const page of pages.filter((p) => p.kind === 'annex')) {
				const { tree, blocks } = await pageModel(publication.id, page.slug);
				const terms = tree.children.flatMap((node) => {
					const first = node.type === 'paragraph' ? (node as Paragraph).children[0] : undefined;
					const id = blockId(node);
					if (!id || first?.type !== 'textDirective' || first.name !== 'dfn') return [];
					return [{ id, term: toString(first), text: toString(node) }];
				});
				const items = blocks.filter((block) => block.type === 'item' && /^n\d+$/.test(block.id)).map(({ id, text }) => ({ id, text }));
				annexes.push({ path: page.path, label: page.label, year: publication.year, terms, items });
			}
		}
	}
	return siteEntries(
		series.map((s) => ({ id: s.id, name: s.name, unit: s.unit, years: s.points.map((p) => p.year) })),
		annexes,
		INDICATORS_PATH,
	);
}
