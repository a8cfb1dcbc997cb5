import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../src/markdown/glossary-terms.ts';
import rehypeGlossaryTerms from '../../../src/markdown/rehype-glossary-terms.ts';

const terms: GlossaryTerm[] = [
	{ year: 2099, term: '“六个工程”', words: '六个工程', href: '/2099/full/annex-2/#t1' },
	{ year: 2099, term: '“清四乱”', words: '清四乱', href: '/2099/full/annex-2/#t2' },
	{ year: 2098, term: '“两件大事”', words: '两件大事', href: '/2098/full/annex-2/#t1' },
];

function run(html: string, publication: string | undefined, path?: string): Root {
	const tree = fromHtml(html, { fragment: true });
	const file = new VFile({ path, data: publication ? { astro: { frontmatter: { publication } } } : {} });
	rehypeGlossaryTerms({ terms: () => terms })(tree, file);
	return tree;
}

describe('rehypeGlossaryTerms', () => {
	const html = '<p id="p1">实施“六个工程”，推进“清四乱”和<strong>六个工程</strong>，办好两件大事。</p>';

	it('links each occurrence of its year’s terms to the definition, the text unchanged', () => {
		const tree = run(html, '2099-newspaper');
		const links = selectAll('a.term', tree) as Element[];
		expect(links.map((a) => [toString(a), a.properties.href])).toEqual([
			['六个工程', '/2099/full/annex-2/#t1'],
			['清四乱', '/2099/full/annex-2/#t2'],
			['六个工程', '/2099/full/annex-2/#t1'],
		]);
		expect(toString(tree)).toBe(toString(fromHtml(html, { fragment: true })));
		expect(links[0]!.properties.title).toBe('名词解释：“六个工程”');
	});

	it('finds the publication from the page entry’s folder when the frontmatter is not given', () => {
		expect(selectAll('a.term', run(html, undefined, '/x/content/publication-pages/2099-full/01-part-1.md'))).toHaveLength(3);
	});

	it('marks nothing in another year’s report, or where the publication is unknown', () => {
		expect(selectAll('a.term', run(html, '2098-full')).map(toString)).toEqual(['两件大事']);
		expect(selectAll('a.term', run(html, undefined))).toEqual([]);
	});

	it('leaves the defined term, headings and links alone', () => {
		const tree = run('<h2>“六个工程”</h2><p><dfn>“六个工程”</dfn>：六项任务，含<a href="#x">清四乱</a>与清四乱。</p>', '2099-full');
		expect(selectAll('a.term', tree).map(toString)).toEqual(['清四乱']);
	});
});
