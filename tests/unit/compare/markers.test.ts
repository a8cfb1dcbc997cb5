import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/site/compare/collate.ts';
import { markersFor } from '../../../src/site/compare/markers.ts';
import { fixtureBlocks, rules } from './helpers.ts';

describe('markersFor', () => {
	const full = fixtureBlocks('full-part.md');
	const digest = fixtureBlocks('digest-part.md');
	const collation = collate(full, digest, 'excerpt', { rules });
	const sources = [{ collation, fullLabel: '全文', otherLabel: '图解', path: '/2099/compare/infographic/' }];

	it('marks on the full text’s page each paragraph a digest prints otherwise, once per publication', () => {
		const markers = markersFor(sources, '/fixture/full-part.md/');
		const two = markers.filter((m) => full.find((b) => b.id === m.id)!.text.startsWith('二是坚持链式思维'));
		expect(two).toHaveLength(1);
		expect(two[0]!.label).toBe('图解有 3 处与此段有出入（数字、单位、措辞、缺漏），查看对照');
		expect(two[0]!.href).toMatch(/^\/2099\/compare\/infographic\/#/);
	});

	it('marks on the digest’s page each block the full text prints otherwise, not one that differs in punctuation only', () => {
		const markers = markersFor(sources, '/fixture/digest-part.md/');
		const texts = markers.map((m) => digest.find((b) => b.id === m.id)!.text);
		expect(texts).toContain('一是全力推动经济发展快进迸');
		expect(texts).not.toContain('全区引进到位资金4778亿元,增长40.2%');
		expect(markers.find((m) => digest.find((b) => b.id === m.id)!.text === '一是全力推动经济发展快进迸')!.label).toBe('全文此处印法不同（措辞），查看对照');
		for (const m of markers) expect(m.where).not.toMatch(/#/);
	});

	it('marks nothing on a page no collation touches', () => {
		expect(markersFor(sources, '/elsewhere/')).toEqual([]);
		expect(markersFor([], '/fixture/full-part.md/')).toEqual([]);
	});
});
