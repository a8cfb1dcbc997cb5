import { describe, expect, it } from 'vitest';
import { formatReference, type ReferenceEntry } from '../../../src/core/gb7714.ts';

/**
 * The standard's own examples (GB/T 7714—2015 appendix A and GB/T 7714—2025 appendix B
 * and §8), as gathered in the research for issue 12: each entry's data, and the entry
 * as written. The 2015 strings and the first 2025 set are the official CSL styles'
 * rendering (half-width 2015; mixed-width 2025); the second 2025 set is the standard's
 * PDF text layer verbatim, which stores every mark half-width and drops some spaces,
 * so it is compared with full-width marks folded and spaces removed.
 */
const examples2015: [string, ReferenceEntry, string][] = [
	[
		'A [1] report online',
		{
			authors: ['中华人民共和国国务院新闻办公室'],
			title: '国防白皮书',
			other: ['中国武装力量的多样化运用'],
			type: 'R',
			online: true,
			issued: '2013-04-16',
			accessed: '2014-06-11',
			url: 'http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm',
		},
		'中华人民共和国国务院新闻办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL]. (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm.',
	],
	[
		'A [2] newspaper',
		{ authors: ['丁文详'], title: '数字革命与竞争国际化', type: 'N', issued: '2000-11-20', newspaper: { name: '中国青年报', page: '15' } },
		'丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).',
	],
	[
		'A [3] newspaper',
		{ authors: ['张田勤'], title: '罪犯 DNA 库与生命伦理学计划', type: 'N', issued: '2000-11-12', newspaper: { name: '大众科技报', page: '7' } },
		'张田勤. 罪犯 DNA 库与生命伦理学计划[N]. 大众科技报, 2000-11-12(7).',
	],
	[
		'A [6] web page',
		{
			authors: ['萧钰'],
			title: '出版业信息化迈入快车道',
			type: 'EB',
			online: true,
			issued: '2001-12-19',
			accessed: '2002-04-15',
			url: 'http://www.creader.com/news/20011219/200112190019.html',
		},
		'萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
	],
	[
		'A [7] web page',
		{
			authors: ['李强'],
			title: '化解医患矛盾需釜底抽薪',
			type: 'EB',
			online: true,
			issued: '2012-05-03',
			accessed: '2013-03-25',
			url: 'http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html',
		},
		'李强. 化解医患矛盾需釜底抽薪[EB/OL]. (2012-05-03)[2013-03-25]. http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html.',
	],
	[
		'A [9] web page without a responsible body',
		{
			authors: [],
			title: 'Dublin core metadata element set',
			other: ['version 1.1'],
			type: 'EB',
			online: true,
			issued: '2012-06-14',
			accessed: '2014-06-11',
			url: 'http://dublincore.org/documents/dces/',
		},
		'Dublin core metadata element set: version 1.1[EB/OL]. (2012-06-14)[2014-06-11]. http://dublincore.org/documents/dces/.',
	],
];

const examples2025: [string, ReferenceEntry, string][] = [
	[
		'B.4 newspaper',
		{ authors: ['丁文详'], title: '数字革命与竞争国际化', type: 'N', issued: '2000-11-20', newspaper: { name: '中国青年报', page: '15' } },
		'丁文详. 数字革命与竞争国际化[N]. 中国青年报，2000-11-20（15）.',
	],
	[
		'newspaper online: no access date',
		{
			authors: ['陈缮真'],
			title: '探索微观世界的无穷奥秘（科技大观）',
			type: 'N',
			online: true,
			issued: '2022-08-16',
			accessed: '2025-01-01',
			newspaper: { name: '人民日报', page: '17' },
			url: 'http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_3-17.htm',
		},
		'陈缮真. 探索微观世界的无穷奥秘（科技大观）[N/OL]. 人民日报，2022-08-16（17）. http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_3-17.htm.',
	],
	[
		'B.7 report online: the date unbracketed, no access date',
		{
			authors: ['中国互联网络信息中心'],
			title: '第29次中国互联网络发展状况统计报告',
			type: 'R',
			online: true,
			issued: '2012-01-16',
			accessed: '2013-03-26',
			url: 'https://www.cnnic.net.cn/NMediaFile/old_attach/P020120612484958777344.pdf',
		},
		'中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[R/OL]. 2012-01-16. https://www.cnnic.net.cn/NMediaFile/old_attach/P020120612484958777344.pdf.',
	],
	[
		'web page',
		{
			authors: ['北京鲁迅博物馆'],
			title: '北京鲁迅博物馆志愿服务章程',
			type: 'EB',
			online: true,
			issued: '2021-04-21',
			accessed: '2023-05-02',
			url: 'http://www.luxunmuseum.com.cn/html/202104/a11310.htm',
		},
		'北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://www.luxunmuseum.com.cn/html/202104/a11310.htm.',
	],
	[
		'web page without a date',
		{
			authors: ['高等教育文献保障系统'],
			title: '馆际互借与文献传递服务',
			type: 'EB',
			online: true,
			accessed: '2025-06-21',
			url: 'http://home.calis.edu.cn/pages/list.html?id=4101e184-7f64-4798-a5e1-8e37aa6994fc',
		},
		'高等教育文献保障系统. 馆际互借与文献传递服务[EB/OL]. [2025-06-21]. http://home.calis.edu.cn/pages/list.html?id=4101e184-7f64-4798-a5e1-8e37aa6994fc.',
	],
	[
		'web page, a title in quotation marks',
		{
			authors: ['许振超'],
			title: '“好好干，当一个好工人”',
			type: 'EB',
			online: true,
			issued: '2025-02-17',
			accessed: '2025-06-22',
			url: 'https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html',
		},
		'许振超. “好好干，当一个好工人”[EB/OL]. （2025-02-17）[2025-06-22]. https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html.',
	],
];

/** The 2025 standard's text layer, verbatim, with the entry each example cites. */
const textLayer2025: [ReferenceEntry, string][] = [
	[
		{ authors: ['中国科学院文献情报中心'], title: '中国科学院科技论文预发布平台', type: 'EB', online: true, accessed: '2025-03-06', url: 'https://chinaxiv.org/home.htm' },
		'中国科学院文献情报中心.中国科学院科技论文预发布平台[EB/OL].[2025-03-06].https://chinaxiv.org/home.htm.',
	],
	[
		{
			authors: ['北京鲁迅博物馆（北京新文化运动纪念馆）'],
			title: '北京鲁迅博物馆志愿服务章程',
			type: 'EB',
			online: true,
			issued: '2021-04-21',
			accessed: '2023-05-02',
			url: 'http://www.luxunmuseum.com.cn/html/202104/a11310.htm',
		},
		'北京鲁迅博物馆(北京新文化运动纪念馆).北京鲁迅博物馆志愿服务章程[EB/OL].(2021-04-21)[2023-05-02].http://www.luxunmuseum.com.cn/html/202104/a11310.htm.',
	],
	[
		{
			authors: [],
			title: '许振超：“好好干，当一个好工人”',
			type: 'EB',
			online: true,
			issued: '2025-02-17',
			accessed: '2025-06-22',
			url: 'http://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html',
		},
		'许振超:“好好干,当一个好工人”[EB/OL]. (2025-02-17)[2025-06-22].http://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html.',
	],
	[
		{ authors: [], title: '中国国家博物馆', type: 'EB', online: true, accessed: '2025-05-06', url: 'https://www.chnmuseum.cn/' },
		'中国国家博物馆[EB/OL].[2025-05-06].https://www.chnmuseum.cn/.',
	],
	[
		{
			authors: ['中国互联网络信息中心'],
			title: '第29次中国互联网络发展状况统计报告',
			type: 'R',
			online: true,
			issued: '2012-01-16',
			url: 'https://www.cnnic.net.cn/NMediaFile/old_attach/P020120612484958777344.pdf',
		},
		'中国互联网络信息中心.第29次中国互联网络发展状况统计报告[R/OL].2012-01-16.https://www.cnnic.net.cn/NMediaFile/old_attach/P020120612484958777344.pdf.',
	],
	[
		{
			authors: ['中国信息通信研究院', '中国电信股份有限公司研究院', '中国移动通信研究院', '等'],
			title: '电信业发展白皮书',
			other: ['2023', '新时代高质量发展探索'],
			type: 'R',
			online: true,
			issued: '2023-12-28',
			url: 'http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf',
		},
		'中国信息通信研究院,中国电信股份有限公司研究院,中国移动通信研究院,等.电信业发展白皮书:2023:新时代高质量发展探索[R/OL].2023-12-28.http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf.',
	],
	[
		{ authors: ['丁文详'], title: '数字革命与竞争国际化', type: 'N', issued: '2000-11-20', newspaper: { name: '中国青年报', page: '15' } },
		'丁文详.数字革命与竞争国际化[N].中国青年报,2000-11-20 (15).',
	],
	[
		{
			authors: ['陈缮真'],
			title: '探索微观世界的无穷奥秘（科技大观）',
			type: 'N',
			online: true,
			issued: '2022-08-16',
			newspaper: { name: '人民日报', page: '17' },
			url: 'http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_317.htm',
		},
		'陈缮真.探索微观世界的无穷奥秘(科技大观)[N/OL].人民日报,2022-08-16 (17).http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_317.htm.',
	],
];

/** The text layer's form: full-width marks as ASCII, no spaces. */
const folded = (text: string) => text.replace(/[，：（）]/g, (mark) => ({ '，': ',', '：': ':', '（': '(', '）': ')' })[mark]!).replace(/ /g, '');

describe('GB/T 7714—2015', () => {
	it.each(examples2015)('%s', (_, entry, written) => {
		expect(formatReference(entry, '2015')).toBe(written);
	});
});

describe('GB/T 7714—2025', () => {
	it.each(examples2025)('%s', (_, entry, written) => {
		expect(formatReference(entry, '2025')).toBe(written);
	});

	it.each(textLayer2025)('the text layer: %o', (entry, written) => {
		expect(folded(formatReference(entry, '2025'))).toBe(folded(written));
	});

	it('prints the access date of a web page only: not of a report or a newspaper', () => {
		const base = { authors: ['甲'], title: '乙', online: true, issued: '2024-01-30', accessed: '2026-12-01', url: '/x/' };
		expect(formatReference({ ...base, type: 'EB' }, '2025')).toContain('[2026-12-01]');
		expect(formatReference({ ...base, type: 'R' }, '2025')).not.toContain('2026-12-01');
		expect(formatReference({ ...base, type: 'N', newspaper: { name: '丙报' } }, '2025')).not.toContain('2026-12-01');
		expect(formatReference({ ...base, type: 'R' }, '2015')).toContain('[2026-12-01]');
	});

	it('says a paper it was not given is unknown, never names one', () => {
		expect(formatReference({ authors: ['甲'], title: '乙', type: 'N', online: true, issued: '2024-01-30', url: '/x/' }, '2025')).toBe(
			'甲. 乙[N/OL]. [报纸名不详]，2024-01-30. /x/.',
		);
	});

	it('writes a locator where the 引文页码 goes, after the date, in both editions', () => {
		const entry: ReferenceEntry = {
			authors: ['甲'],
			title: '乙',
			type: 'R',
			online: true,
			issued: '2024-01-30',
			accessed: '2026-12-01',
			locator: '第3段',
			url: 'https://x.example/',
		};
		expect(formatReference(entry, '2025')).toBe('甲. 乙[R/OL]. 2024-01-30：第3段. https://x.example/.');
		expect(formatReference(entry, '2015')).toBe('甲. 乙[R/OL]. (2024-01-30): 第3段[2026-12-01]. https://x.example/.');
	});
});
