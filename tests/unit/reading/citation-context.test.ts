import { describe, expect, it } from 'vitest';
import { citation, citationContext, trimStop } from '../../../src/core/citation.ts';

const publication = { title: '2024年内蒙古自治区政府工作报告（全文）', delivered: '2024-01-30' };
const page = {
	label: '二、2024 年工作安排',
	outline: [
		{ id: 'top', depth: 1, kind: 'page' as const, text: '二、2024 年工作安排' },
		{ id: 's3', depth: 2, kind: 'section' as const, text: '（三）想方设法激活消费潜力。' },
	],
};

describe('citationContext', () => {
	it('holds the title, the date as printed, the page label and the outline ids and texts, in that order', () => {
		// The reading page prints it as JSON in data-citation: its keys' order is part of the page.
		expect(JSON.stringify(citationContext(publication, page))).toBe(
			JSON.stringify({
				title: '2024年内蒙古自治区政府工作报告（全文）',
				delivered: '2024年1月30日',
				page: '二、2024 年工作安排',
				outline: [
					{ id: 'top', text: '二、2024 年工作安排' },
					{ id: 's3', text: '（三）想方设法激活消费潜力。' },
				],
			}),
		);
	});

	it('cites a block with the URL added', () => {
		const context = { ...citationContext(publication, page), url: 'https://x.org/2024/full/part-2/' };
		expect(citation('s3-p2', context)).toBe(
			'《2024年内蒙古自治区政府工作报告（全文）》（2024年1月30日），二、2024 年工作安排，（三）想方设法激活消费潜力，第2段。https://x.org/2024/full/part-2/#s3-p2',
		);
	});

	it('takes an empty outline', () => {
		expect(citationContext({ title: 't', delivered: '2021-01' }, { label: '开篇', outline: [] })).toEqual({ title: 't', delivered: '2021年1月', page: '开篇', outline: [] });
	});
});

describe('trimStop', () => {
	it.each([
		['（三）想方设法激活消费潜力。', '（三）想方设法激活消费潜力'],
		['全区经济社会发展的主要预期目标是:', '全区经济社会发展的主要预期目标是'],
		['主要预期目标是：', '主要预期目标是'],
		['一、2023 年工作回顾', '一、2023 年工作回顾'],
	])('%s', (text, trimmed) => {
		expect(trimStop(text)).toBe(trimmed);
	});
});
