import { describe, expect, test } from 'vitest';
import { pageUrl, readSearchPage } from '../../support/built-blocks.ts';

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>二、工作安排 · 报告</title></head><body>
<header><a href="/">内蒙古自治区政府工作报告</a></header>
<article class="report-text" aria-label="二、工作安排"><h1 id="top">二、工作安排</h1>
<p id="p1"><a class="block-link" href="#p1" aria-label="本段链接"></a>当前，<strong>内蒙古</strong>推动高质量发展。</p>
<ul><li id="s1-l1">一级<ul><li id="s1-l1-l1">二级条目</li></ul></li></ul>
<p>无 id 的段落</p></article><footer>页脚</footer></body></html>`;

describe('search blocks from built HTML', () => {
	test('every block with an id in the report text, with its own text only', () => {
		const page = readSearchPage(PAGE, '/2024/full/part-2/');
		expect(page).toEqual({
			url: '/2024/full/part-2/',
			label: '二、工作安排',
			year: '2024',
			edition: 'full',
			blocks: [
				{ id: 'top', text: '二、工作安排' },
				{ id: 'p1', text: '当前，内蒙古推动高质量发展。' },
				{ id: 's1-l1', text: '一级' },
				{ id: 's1-l1-l1', text: '二级条目' },
			],
		});
	});
	test('a page without report text gives nothing', () => {
		expect(readSearchPage('<html><body><main>首页</main></body></html>', '/')).toBeNull();
	});
	test('report text outside a publication page is an error, not silently indexed', () => {
		expect(() => readSearchPage(PAGE, '/about/')).toThrow(/not a publication page/);
	});
	test('page paths from built files', () => {
		expect(pageUrl('2024/full/part-2/index.html')).toBe('/2024/full/part-2/');
		expect(pageUrl('index.html')).toBe('/');
	});
});
