import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { pagePath } from '../../src/core/urls.ts';
import { builtPage, pagesOf, publications } from '../support/built-site.ts';

/**
 * Issue 20.7: a heading of a text recognised from images that has nothing under it (the
 * recognition kept the heading and lost what it heads) is marked as a suspected
 * recognition error on its page, like the other evident errors.
 */
const recognised = publications.filter((p) => p.recognisedFromImages);
const level = (e: Element) => Number(e.tagName.slice(1));

/** The headings of a page's text followed by no text before the next heading of their level or above. */
function emptyHeadings(path: string): string[] {
	const article = selectAll('article.report-text', builtPage(path))[0];
	if (!article) return [];
	const empty: string[] = [];
	const walk: Element[] = selectAll('h2, h3, h4, h5, h6, p, li, td, figure, img', article);
	walk.forEach((node, index) => {
		if (!/^h[2-6]$/.test(node.tagName)) return;
		const next = walk.slice(index + 1).find((n) => !/^h[2-6]$/.test(n.tagName) || level(n) <= level(node));
		if (!next || /^h[2-6]$/.test(next.tagName)) empty.push(toString(node).trim());
	});
	return empty;
}

describe('text recognised from images', () => {
	it('marks every heading that heads nothing as a suspected recognition error', () => {
		const found: string[] = [];
		for (const publication of recognised) {
			// An opening page holds the title lines, whose text is on the pages after it.
			for (const page of pagesOf(publication).filter((p) => p.slug !== 'opening')) {
				const path = pagePath(publication, page.slug);
				const marked = selectAll('.recognition-note li mark', builtPage(path)).map((m) => toString(m));
				for (const heading of emptyHeadings(path)) {
					found.push(heading);
					expect(marked, `${path}: “${heading}” heads nothing`).toContain(heading);
				}
			}
		}
		// The 2026 summary's two headings over what its recognition lost.
		expect(found).toEqual(expect.arrayContaining(['“十五五”时期主要目标', '2026年重点工作']));
	});
});
