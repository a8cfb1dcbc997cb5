import { describe, expect, it } from 'vitest';
import { citation, citationContext, isoDay, paragraphLabel, trimStop } from '../../../src/core/citation.ts';

/** The manifest's entries (content/sources/manifest.yml), as the citation reads them. */
const full2024 = {
	title: '2024年内蒙古自治区政府工作报告（全文）',
	edition: 'full' as const,
	delivered: '2024-01-30',
	speaker: '王莉霞',
	responsible: '内蒙古自治区人民政府',
	printed: { title: '政府工作报告', subtitle: '2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上' },
};
const full2021 = { title: '2021年内蒙古自治区政府工作报告（全文）', edition: 'full' as const, delivered: '2021-01', speaker: null, responsible: '内蒙古自治区人民政府' };
const newspaper2024 = {
	title: '2024年内蒙古自治区政府工作报告（报纸版，中间版面）',
	edition: 'newspaper' as const,
	delivered: '2024-01-30',
	speaker: '王莉霞',
	responsible: '内蒙古自治区人民政府',
	printed: { title: '政府工作报告' },
	newspaper: { continuedFrom: '第一版', continuedOn: '第五版' },
};
const infographic2024 = {
	title: '图解2024年内蒙古自治区政府工作报告',
	edition: 'infographic' as const,
	delivered: '2024-01-30',
	speaker: '王莉霞',
	responsible: '内蒙古自治区人民政府',
	printed: { title: '弘扬蒙古马精神 奋力书写中国式现代化内蒙古新篇章', subtitle: '图解政府工作报告' },
	compiledBy: null,
};
const summary2026 = {
	title: '2026年内蒙古自治区政府工作报告（摘编）',
	edition: 'summary' as const,
	delivered: '2026',
	speaker: null,
	responsible: '内蒙古自治区人民政府',
	printed: { title: '抢抓新机遇 展现新作为 奋力书写中国式现代化内蒙古新篇章' },
	compiledBy: null,
};
const site = 'https://example.org';
const accessed = '2026-12-01';

// Each string checked by hand against the standard's patterns (src/core/gb7714.ts).
describe('a paragraph of each edition', () => {
	it.each([
		[
			'2024 full text, 2025',
			citation(citationContext(full2024, { label: '一、过去一年工作回顾' }), '2025', { url: `${site}/2024/full/part-1/#p2`, accessed, paragraphs: { first: 10, last: 10 } }),
			'王莉霞. 政府工作报告：2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. 2024-01-30：一、过去一年工作回顾，第10段. https://example.org/2024/full/part-1/#p2.',
		],
		[
			'2024 full text, 2015',
			citation(citationContext(full2024, { label: '一、过去一年工作回顾' }), '2015', { url: `${site}/2024/full/part-1/#p2`, accessed, paragraphs: { first: 10, last: 10 } }),
			'王莉霞. 政府工作报告: 2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. (2024-01-30): 一、过去一年工作回顾, 第10段[2026-12-01]. https://example.org/2024/full/part-1/#p2.',
		],
		[
			'2021 full text, no speaker named: the government, 2025',
			citation(citationContext(full2021, { label: '一、2020年及“十三五”时期经济社会发展回顾' }), '2025', {
				url: `${site}/2021/full/part-1/#p2`,
				accessed,
				paragraphs: { first: 25, last: 25 },
			}),
			'内蒙古自治区人民政府. 2021年内蒙古自治区政府工作报告（全文）[R/OL]. 2021-01：一、2020年及“十三五”时期经济社会发展回顾，第25段. https://example.org/2021/full/part-1/#p2.',
		],
		[
			'2024 newspaper, no paper recorded: the printed title, the paper said to be unknown, no access date, 2025',
			citation(citationContext(newspaper2024, { label: '一、过去一年工作回顾' }), '2025', {
				url: `${site}/2024/newspaper/part-1/#i2`,
				accessed,
				paragraphs: { first: 1, last: 1 },
			}),
			'王莉霞. 政府工作报告[N/OL]. [报纸名不详]：一、过去一年工作回顾，第1段. https://example.org/2024/newspaper/part-1/#i2.',
		],
		[
			'2024 newspaper, 2015: the access date stays',
			citation(citationContext(newspaper2024, { label: '一、过去一年工作回顾' }), '2015', {
				url: `${site}/2024/newspaper/part-1/#i2`,
				accessed,
				paragraphs: { first: 1, last: 1 },
			}),
			'王莉霞. 政府工作报告[N/OL]. [报纸名不详]: 一、过去一年工作回顾, 第1段[2026-12-01]. https://example.org/2024/newspaper/part-1/#i2.',
		],
		[
			'2024 infographic, the paper’s digest: no author, 2025',
			citation(citationContext(infographic2024, { label: '2023年工作回顾' }), '2025', { url: `${site}/2024/infographic/part-1/#p1`, accessed, paragraphs: { first: 1, last: 1 } }),
			'弘扬蒙古马精神 奋力书写中国式现代化内蒙古新篇章：图解政府工作报告[R/OL]. 2024-01-30：2023年工作回顾，第1段. https://example.org/2024/infographic/part-1/#p1.',
		],
		[
			'2026 summary, a digest whose maker is not named: no author, a range, 2025',
			citation(citationContext(summary2026, { label: '“十四五”时期发展成就' }), '2025', {
				url: `${site}/2026/summary/part-1/#p1..p3`,
				accessed,
				paragraphs: { first: 1, last: 3 },
			}),
			'抢抓新机遇 展现新作为 奋力书写中国式现代化内蒙古新篇章[R/OL]. 2026：“十四五”时期发展成就，第1-3段. https://example.org/2026/summary/part-1/#p1..p3.',
		],
	])('%s', (_, written, expected) => {
		expect(written).toBe(expected);
	});
});

describe('a part and a whole publication', () => {
	it('cites a part by its label, a publication by its title alone', () => {
		expect(citation(citationContext(full2024, { label: '二、2024年工作安排' }), '2025', { url: `${site}/2024/full/part-2/`, accessed })).toBe(
			'王莉霞. 政府工作报告：2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. 2024-01-30：二、2024年工作安排. https://example.org/2024/full/part-2/.',
		);
		expect(citation(citationContext(full2024), '2015', { url: `${site}/2024/full/`, accessed })).toBe(
			'王莉霞. 政府工作报告: 2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. (2024-01-30)[2026-12-01]. https://example.org/2024/full/.',
		);
	});

	it('names the paper, its date and page only where the manifest records them', () => {
		const recorded = { ...newspaper2024, newspaper: { name: '内蒙古日报', date: '2024-01-31', page: '4' } };
		expect(citation(citationContext(recorded), '2025', { url: '/2024/newspaper/', accessed })).toBe('王莉霞. 政府工作报告[N/OL]. 内蒙古日报，2024-01-31（4）. /2024/newspaper/.');
		expect(citation(citationContext(recorded), '2015', { url: '/2024/newspaper/', accessed })).toBe(
			'王莉霞. 政府工作报告[N/OL]. 内蒙古日报, 2024-01-31(4)[2026-12-01]. /2024/newspaper/.',
		);
		// Another edition's newspaper field is never read as a paper.
		expect(citationContext({ ...full2024, newspaper: { name: '内蒙古日报' } }).newspaper).toBeUndefined();
	});
});

describe('what the manifest does not record', () => {
	it('lists it for the exports, and never borrows the speaker for a digest whose maker is not named', () => {
		expect(citationContext(newspaper2024).unknown).toEqual(['报纸名', '出版日期', '版次']);
		expect(citationContext(infographic2024)).toMatchObject({ authors: [], unknown: ['责任者'] });
		// Neither the issuing body: the summary's maker is not named either.
		expect(citationContext(summary2026)).toMatchObject({ authors: [], unknown: ['责任者'] });
		expect(citationContext({ ...infographic2024, compiledBy: '某报编辑部' }).authors).toEqual(['某报编辑部']);
		expect(citationContext(full2024)).toMatchObject({ authors: ['王莉霞'], type: 'R', unknown: [] });
	});
});

describe('helpers', () => {
	it('labels one paragraph or a range', () => {
		expect(paragraphLabel({ first: 7, last: 7 })).toBe('第7段');
		expect(paragraphLabel({ first: 3, last: 7 })).toBe('第3-7段');
	});
	it('writes the reader’s local day', () => {
		expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
	it.each([
		['（三）想方设法激活消费潜力。', '（三）想方设法激活消费潜力'],
		['全区经济社会发展的主要预期目标是:', '全区经济社会发展的主要预期目标是'],
		['一、2023 年工作回顾', '一、2023 年工作回顾'],
	])('trimStop %s', (text, trimmed) => {
		expect(trimStop(text)).toBe(trimmed);
	});
});
