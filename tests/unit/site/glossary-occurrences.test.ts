import { describe, expect, it } from 'vitest';
import type { CollationBlock } from '../../../src/site/compare/blocks.ts';
import { termOccurrences } from '../../../src/site/glossary/occurrences.ts';
import type { GlossaryTerm } from '../../../src/markdown/glossary-terms.ts';

const block = (id: string, text: string, type: CollationBlock['type'] = 'paragraph', path = '/2099/full/part-1/'): CollationBlock => ({
	id,
	path,
	page: '第一部分',
	place: `第${id.slice(1)}段`,
	type,
	text,
});
const terms: GlossaryTerm[] = [
	{ year: 2099, term: '“六个工程”', words: '六个工程', href: '/2099/full/annex-2/#t1' },
	{ year: 2099, term: '“清四乱”', words: '清四乱', href: '/2099/full/annex-2/#t2' },
];

describe('termOccurrences', () => {
	it('lists for every term each block that holds it, with how often, headings and the definition aside', () => {
		const result = termOccurrences(terms, [
			{
				label: '全文',
				blocks: [
					block('p1', '实施“六个工程”，六个工程要落实'),
					block('h1', '六个工程', 'heading'),
					block('t1', '“六个工程”：六项任务，含“清四乱”', 'paragraph', '/2099/full/annex-2/'),
				],
			},
			{ label: '报纸版', blocks: [block('p3', '抓好“六个工程”')] },
		]);
		expect(result.map((r) => [r.term.words, r.total, r.occurrences.map((o) => `${o.publication} ${o.where} ${o.href} ${o.count}`)])).toEqual([
			['六个工程', 3, ['全文 第一部分 · 第1段 /2099/full/part-1/#p1 2', '报纸版 第一部分 · 第3段 /2099/full/part-1/#p3 1']],
			['清四乱', 1, ['全文 第一部分 · 第1段 /2099/full/annex-2/#t1 1']],
		]);
	});

	it('lists a term the report never uses with no place', () => {
		expect(termOccurrences(terms, [{ label: '全文', blocks: [] }]).map((r) => r.total)).toEqual([0, 0]);
	});
});
