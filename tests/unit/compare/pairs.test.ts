import { describe, expect, it } from 'vitest';
import { buildShelf } from '../../../src/core/shelf.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { collationPairs } from '../../../src/site/compare/pairs.ts';
import { describePlace } from '../../../src/site/compare/blocks.ts';

const publication = (id: string, shape: Publication['shape']): Publication =>
	({
		id,
		file: `${id}.txt`,
		year: Number(id.slice(0, 4)),
		edition: id.slice(5),
		shape,
		title: id,
		delivered: id.slice(0, 4),
		speaker: null,
		reviews: { years: [] },
		plans: { years: [] },
	}) as unknown as Publication;

describe('collationPairs', () => {
	it('sets every other publication of a year against its full text, the mode read from its shape', () => {
		const shelf = buildShelf(
			[publication('2099-full', 'full-text'), publication('2099-newspaper', 'newspaper'), publication('2099-summary', 'digest'), publication('2098-summary', 'digest')],
			[],
		);
		const pairs = collationPairs(shelf);
		expect(pairs.map((p) => [p.year, p.full.publication.id, p.other.publication.id, p.mode])).toEqual([
			[2099, '2099-full', '2099-newspaper', 'whole'],
			[2099, '2099-full', '2099-summary', 'excerpt'],
		]);
	});

	it('sets nothing against a year without a full text', () => {
		expect(collationPairs(buildShelf([publication('2098-summary', 'digest')], []))).toEqual([]);
	});
});

describe('describePlace', () => {
	const outline = [
		{ id: 's3', text: '（三）想方设法激活消费潜力。' },
		{ id: 'i2', text: '二是坚持链式思维做强优势特色产业' },
	];
	it('names a block as a reader cites it', () => {
		// The position is the paragraph's number in the page's margin, the one its citation gives.
		expect(describePlace('s3-p2', 'paragraph', '', outline, 14)).toBe('（三）想方设法激活消费潜力 · 第14段');
		expect(describePlace('i2-l4', 'item', '', outline, 31)).toBe('二是坚持链式思维做强优势特色产业 · 第31段');
		expect(describePlace('p9', 'paragraph', '', outline, 40)).toBe('第40段');
		expect(describePlace('n7', 'item', '', outline, 9)).toBe('第9段');
		expect(describePlace('s3', 'paragraph', '', outline, 12)).toBe('（三）想方设法激活消费潜力 · 第12段');
		expect(describePlace('h2', 'heading', '全区经济社会发展的主要预期目标是：', outline)).toBe('标题“全区经济社会发展的主要预期目标是”');
		expect(describePlace('top', 'heading', '附件 1', outline)).toBe('页标题');
	});
});
