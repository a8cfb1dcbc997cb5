import { describe, expect, it } from 'vitest';
import { citation, placeOf } from '../../../src/core/citation.ts';

const outline = [
	{ id: 'top', text: '二、2024 年工作安排' },
	{ id: 's3', text: '（三）想方设法激活消费潜力。' },
	{ id: 'i2', text: '二是坚持链式思维做强优势特色产业。' },
	{ id: 'g1', text: '一、促进群众就业增收方面 5 件' },
	{ id: 'h2', text: '全区经济社会发展的主要预期目标是:' },
];

describe('placeOf', () => {
	it.each([
		['s3-p2', { section: '（三）想方设法激活消费潜力', position: '第2段' }],
		['s3', { section: '（三）想方设法激活消费潜力', position: '第1段' }],
		['i2', { section: '二是坚持链式思维做强优势特色产业' }],
		['p5', { position: '第5段' }],
		['h2-l3', { section: '全区经济社会发展的主要预期目标是', position: '第3项' }],
		['s3-l2-l1', { section: '（三）想方设法激活消费潜力', position: '第2项第1小项' }],
		['n7', { position: '第7项' }],
		['t3', { position: '名词解释第3条' }],
	])('%s', (id, place) => {
		expect(placeOf(id, outline)).toEqual(place);
	});
});

describe('citation', () => {
	it('names the report, date, part, section and position, then the URL', () => {
		expect(
			citation('s3-p2', {
				title: '2024年内蒙古自治区政府工作报告（全文）',
				delivered: '2024年1月30日',
				page: '二、2024 年工作安排',
				outline,
				url: 'https://example.org/2024/full/part-2/',
			}),
		).toBe('《2024年内蒙古自治区政府工作报告（全文）》（2024年1月30日），二、2024 年工作安排，（三）想方设法激活消费潜力，第2段。https://example.org/2024/full/part-2/#s3-p2');
	});
});
