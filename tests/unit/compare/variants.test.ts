import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/site/compare/collate.ts';
import { variantsAt } from '../../../src/site/compare/variants.ts';
import { fixtureBlocks, rules } from './helpers.ts';

describe('variantsAt', () => {
	const full = fixtureBlocks('full-part.md');
	const digest = fixtureBlocks('digest-part.md');
	const collations = [{ publication: '2099-infographic', collation: collate(full, digest, 'excerpt', { rules }), path: '/2099/compare/infographic/' }];
	const paragraph = full.find((b) => b.text.startsWith('二是坚持链式思维'))!;
	const source = `${paragraph.path}#${paragraph.id}`;

	it('finds what another publication prints where a quoted figure’s words differ', () => {
		const [variant, ...rest] = variantsAt(collations, source, '蒙电入京超 200 亿度');
		expect(rest).toEqual([]);
		expect(variant).toMatchObject({ publication: '2099-infographic', classes: ['unit'], readings: [{ full: '度', other: '' }] });
		expect(variant!.text).toBe('加工转化率达到72%,蒙电入京超200亿、增长5%');
		expect(variant!.entry).toMatch(/^\/2099\/compare\/infographic\/#/);
		expect(variant!.where).not.toMatch(/#/);
	});

	it('finds a figure that differs', () => {
		expect(variantsAt(collations, source, '风光氢储装备制造业产值达到 2762 亿元')[0]!.classes).toEqual(['figure']);
	});

	it('finds nothing where the quote reads alike, or is not in the paragraph, or the paragraph is another', () => {
		expect(variantsAt(collations, source, '增长 5%')).toEqual([]);
		expect(variantsAt(collations, source, '一段不在此段的话')).toEqual([]);
		expect(variantsAt(collations, `${paragraph.path}#p99`, '蒙电入京超 200 亿度')).toEqual([]);
		expect(variantsAt([], source, '蒙电入京超 200 亿度')).toEqual([]);
	});
});
