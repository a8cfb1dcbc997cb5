import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { MarkedTerm } from '../../../src/markdown/glossary-terms.ts';
import rehypeGlossaryTerms from '../../../src/markdown/rehype-glossary-terms.ts';

// What the ingest writes into a page entry's frontmatter: its report's glossary (scripts/lib/ingest/glossary.ts).
const glossary: MarkedTerm[] = [
	{ term: '“六个工程”', words: '六个工程', href: '/2099/full/annex-2/#t1' },
	{ term: '“清四乱”', words: '清四乱', href: '/2099/full/annex-2/#t2' },
];

function run(html: string, terms: MarkedTerm[] | null = glossary): Root {
	const tree = fromHtml(html, { fragment: true });
	const file = new VFile({ data: { astro: { frontmatter: { publication: '2099-newspaper', ...(terms ? { glossary: terms } : {}) } } } });
	rehypeGlossaryTerms()(tree, file);
	return tree;
}

describe('rehypeGlossaryTerms', () => {
	const html = '<p id="p1">实施“六个工程”，推进“清四乱”和<strong>六个工程</strong>，办好两件大事。</p>';

	it('links each occurrence of the entry’s glossary terms to the definition, the text unchanged', () => {
		const tree = run(html);
		const links = selectAll('a.term', tree) as Element[];
		expect(links.map((a) => [toString(a), a.properties.href])).toEqual([
			['六个工程', '/2099/full/annex-2/#t1'],
			['清四乱', '/2099/full/annex-2/#t2'],
			['六个工程', '/2099/full/annex-2/#t1'],
		]);
		expect(toString(tree)).toBe(toString(fromHtml(html, { fragment: true })));
		expect(links[0]!.properties.title).toBe('名词解释：“六个工程”');
	});

	it('marks only the terms the entry carries, and nothing in an entry without a glossary', () => {
		expect(selectAll('a.term', run(html, [{ term: '“两件大事”', words: '两件大事', href: '/2098/full/annex-2/#t1' }])).map(toString)).toEqual(['两件大事']);
		expect(selectAll('a.term', run(html, null))).toEqual([]);
	});

	it('leaves the defined term, headings and links alone', () => {
		const tree = run('<h2>“六个工程”</h2><p><dfn>“六个工程”</dfn>：六项任务，含<a href="#x">清四乱</a>与清四乱。</p>');
		expect(selectAll('a.term', tree).map(toString)).toEqual(['清四乱']);
	});
});
