import { describe, expect, it } from 'vitest';
import { assignBlockIds } from '../../../src/markdown/block-ids.ts';
import { parseFixture } from './render.ts';

describe('assignBlockIds', () => {
	it('names run-in sections and scopes their paragraphs until the address to the delegates', () => {
		const { ids, outline } = assignBlockIds(parseFixture('run-in-sections.md'));
		expect(ids).toEqual(['top', 'p1', 's1', 's1-p2', 's2', 'p2', 'p3']);
		expect(outline.map((e) => [e.id, e.kind, e.depth])).toEqual([
			['top', 'page', 1],
			['s1', 'section', 2],
			['s2', 'section', 2],
		]);
		expect(outline[1]!.text).toBe('（一）抗击疫情取得重大成果。');
	});

	it('keeps a review item to its own paragraph, and numbers list items under headings', () => {
		const { ids, outline } = assignBlockIds(parseFixture('items-and-lists.md'));
		expect(ids).toEqual(['top', 'p1', 'i1', 'i2', 'p2', 's1', 's1-l1', 's1-l2', 's1-l2-l1', 'h1', 'h1-l1']);
		expect(outline.filter((e) => e.kind === 'item').map((e) => e.id)).toEqual(['i1', 'i2']);
	});

	it('names annex groups, numbered projects and glossary terms by what they are', () => {
		const { ids, outline } = assignBlockIds(parseFixture('annex.md'));
		expect(ids).toEqual(['top', 'h1', 'g1', 'n1', 'n2', 't1', 'g1-p1']);
		expect(outline.find((e) => e.id === 'g1')?.kind).toBe('group');
	});

	it('gives the same ids to the same page every time', () => {
		expect(assignBlockIds(parseFixture('annex.md'))).toEqual(assignBlockIds(parseFixture('annex.md')));
	});

	it('refuses a page whose structure would repeat an id', () => {
		const tree = parseFixture('run-in-sections.md');
		tree.children.push(structuredClone(tree.children[2]!));
		expect(() => assignBlockIds(tree)).toThrow('block id “s1” is used twice on one page');
	});
});
