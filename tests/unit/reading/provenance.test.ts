import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../../src/core/provenance.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';

/** A newspaper print described as the manifest would, in this test's own words. */
const print: Publication = {
	id: '2030-newspaper',
	file: '2030-report-newspaper.txt',
	sha256: '0'.repeat(64),
	year: 2030,
	edition: 'newspaper',
	shape: 'newspaper',
	title: '某年报告（报纸版）',
	description: '报纸刊印的文本。',
	delivered: '2030-02',
	speaker: '甲某',
	reviews: { years: [2029] },
	plans: { years: [2030] },
	printed: { title: '政府工作报告' },
	newspaper: { continuedFrom: '第一版', continuedOn: '第五版' },
};

describe('provenance', () => {
	it('leaves what the manifest does not record unknown, and gives the continuation marks', () => {
		const lines = Object.fromEntries(provenanceOf(print).map((line) => [line.term, line.value]));
		expect(lines).toMatchObject({ 题名: '政府工作报告', 责任者: '甲某', 报纸: undefined, 出版日期: undefined, 版次: undefined, 转版标记: '上接第一版，下转第五版' });
		// The report's date is never given as the paper's.
		expect(lines['出版日期']).not.toBe(print.delivered);
	});
	it('names the paper where it is recorded', () => {
		const lines = provenanceOf({ ...print, newspaper: { name: '某日报', date: '2030-02-04', page: '3' } });
		expect(lines.filter((line) => ['报纸', '出版日期', '版次'].includes(line.term)).map((line) => line.value)).toEqual(['某日报', '2030-02-04', '3']);
	});
});
