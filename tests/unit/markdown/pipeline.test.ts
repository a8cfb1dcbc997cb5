import { describe, expect, it } from 'vitest';
import { renderFixture } from './render.ts';

describe('the report Markdown pipeline', () => {
	it('puts each id on its element and a text-free self link in each block', async () => {
		const html = await renderFixture('run-in-sections.md');
		expect(html).toContain('<h1 id="top">一、过去一年工作回顾</h1>');
		expect(html).toContain('<p id="s1"><a class="block-link" href="#s1" aria-label="第1段链接"></a><strong>（一）抗击疫情取得重大成果。</strong>坚持人民至上。</p>');
		expect(html).toContain('<p id="p2"><a class="block-link" href="#p2"');
	});

	it('renders inline roles as the elements they name', async () => {
		const html = await renderFixture('annex.md');
		expect(html).toContain('<dfn>“清四乱”</dfn>：清理整治');
		expect(html).toMatch(/<p (?=[^>]*class="caption")(?=[^>]*id="g1-p1")[^>]*><a class="block-link"[^>]*><\/a>1月30日上午，本报记者 马建奎 摄<\/p>/);
		expect(html).toContain('<li id="n1"><a class="block-link" href="#n1" aria-label="第1项链接"></a>1. 帮扶就业困难人员');
	});

	it('leaves no white space between block elements', async () => {
		const html = await renderFixture('items-and-lists.md');
		expect(html).not.toMatch(/<\/?(ul|li)[^>]*>\s+</);
		expect(html).toContain('用足用好中央经济工作会议释放的新一轮利好政策<ul>');
	});

	it('shows escaped markup from a source as text, never as elements', async () => {
		const html = await renderFixture('escaped-markup.md');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
		expect(html).toContain('PM<sub>2.5</sub> 浓度');
	});

	it('refuses raw HTML in an entry, naming the file and line', async () => {
		await expect(renderFixture('broken-raw-html.md')).rejects.toThrow(/broken-raw-html\.md[\s\S]*raw HTML is not allowed in report entries \(line 3: /);
	});

	it('refuses a directive it does not know', async () => {
		await expect(renderFixture('broken-unknown-directive.md')).rejects.toThrow(/unknown directive “video”/);
	});
});
