import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normalize } from '../../src/core/search/fold.ts';
import { readCorpus } from '../support/search-corpus.ts';

// The search page's contract (#search-results, aria-busy, <a href> deep links,
// [data-search-more]), its filters and edge cases, the header box, and arrival at a result.
const results = (page: Page) => page.locator('#search-results');
const done = async (page: Page, q: string) => {
	await expect(results(page)).toHaveAttribute('data-query', q);
	await expect(results(page)).toHaveAttribute('aria-busy', 'false');
};
const links = (page: Page) =>
	page
		.locator('#search-results a[href]')
		.evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash))]);

test('a page loads nothing of the index until a search is run', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/2024/full/part-2/');
	await page.goto('/search/');
	await done(page, '');
	expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	await page.locator('#search-q').fill('鄂尔多斯');
	await done(page, '鄂尔多斯');
	expect(requests).toContain('/pagefind/pagefind.js');
});

test('results are grouped by page, each paragraph a deep link, and the query marked', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯'));
	await done(page, '鄂尔多斯');
	const groups = results(page).locator(':scope > li');
	expect(await groups.count()).toBeGreaterThan(3);
	for (const group of await groups.all()) {
		await expect(group.locator('h2 a[href*="#"]')).toHaveCount(1);
		// Each result's own link (the same paragraph in another edition is linked beneath it, .search-hit-also).
		const subs = group.locator('.search-hit > a[href]');
		expect(await subs.count()).toBeGreaterThan(0);
		for (const sub of await subs.all()) {
			expect(await sub.getAttribute('href')).toMatch(/^\/\d{4}\/[a-z]+\/([a-z0-9-]+\/)?\?highlight=[^#]+#[a-z0-9-]+$/);
			await expect(sub.locator('mark').first()).toHaveText('鄂尔多斯');
		}
	}
	await expect(page.locator('[data-search-status]')).toContainText('共 16 段');
});

test('the list holds only literal matches, across white space, width and 〇/○', async ({ page }) => {
	await page.goto('/search/');
	for (const [q, expected] of [
		['650个', '/2024/newspaper/part-1/'],
		['0.2%', '/2024/infographic/part-1/'],
		['二〇三五年', '/2021/full/part-2/'],
	] as const) {
		await page.locator('#search-q').fill(q);
		await page.locator('#search-q').press('Enter');
		await done(page, q);
		const found = await links(page);
		expect(found.some((link) => link.startsWith(expected))).toBe(true);
	}
});

test('filters narrow the results, show counts and live in the URL', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯'));
	await done(page, '鄂尔多斯');
	const all = (await links(page)).length;
	await expect(page.locator('[data-count="year:2024"]')).toHaveText('（13）');
	await page.getByRole('radio', { name: /2024年/ }).check();
	await done(page, '鄂尔多斯');
	await expect(page).toHaveURL(/year=2024/);
	await page.getByRole('radio', { name: /报纸版/ }).check();
	await done(page, '鄂尔多斯');
	await expect(page).toHaveURL(/year=2024&edition=newspaper/);
	const narrowed = await links(page);
	expect(narrowed.length).toBeLessThan(all);
	expect(narrowed.every((link) => link.startsWith('/2024/newspaper/'))).toBe(true);
	const count = await page.locator('[data-count="edition:newspaper"]').textContent();
	expect(count).toBe(`（${new Set(narrowed).size}）`);
	await page.goBack();
	await done(page, '鄂尔多斯');
	await expect(page.getByRole('radio', { name: /报纸版/ })).not.toBeChecked();
});

test('more results load with the [data-search-more] button until none is left', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('发展'));
	await done(page, '发展');
	const status = await page.locator('[data-search-status]').textContent();
	const total = Number(/共 (\d+) 段/.exec(status ?? '')?.[1]);
	expect(total).toBeGreaterThan(30);
	// The first batch holds a screenful (10: few fragment files for the first answer), each
	// click on “more” 30 more, until every paragraph found is listed.
	const listed = () => page.locator('#search-results .search-hit a[href]').evaluateAll((as) => new Set(as.map((a) => a.getAttribute('href'))).size);
	expect(await listed()).toBe(10);
	await page.locator('[data-search-more]').click();
	await expect(results(page)).toHaveAttribute('aria-busy', 'false');
	expect(await listed()).toBe(Math.min(40, total));
	let clicks = 1;
	while ((await page.locator('[data-search-more]').count()) > 0) {
		await page.locator('[data-search-more]').click();
		await expect(results(page)).toHaveAttribute('aria-busy', 'false');
		clicks++;
	}
	expect(clicks).toBeGreaterThan(0);
	const sub = await page.locator('#search-results .search-hit a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(sub).size).toBe(total);
});

test('edge cases: empty, one character, nothing found, 500 characters', async ({ page }) => {
	await page.goto('/search/?q=');
	await done(page, '');
	await expect(results(page).locator('li')).toHaveCount(0);
	await expect(page.locator('[data-search-status]')).toContainText('输入要查找的文字');

	await page.goto('/search/?q=' + encodeURIComponent('煤'));
	await done(page, '煤');
	expect((await links(page)).length).toBeGreaterThan(0);

	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯') + '&year=2021&edition=summary');
	await done(page, '鄂尔多斯');
	await expect(results(page).locator('li')).toHaveCount(0);
	await expect(page.locator('[data-search-status]')).toContainText('没有找到');
	await page.getByRole('link', { name: '去掉筛选条件' }).click();
	await done(page, '鄂尔多斯');
	expect((await links(page)).length).toBeGreaterThan(0);
	await expect(page).not.toHaveURL(/year=/);

	const long = '全区经济社会发展的主要预期目标是'.repeat(40).slice(0, 500);
	await page.goto('/search/?q=' + encodeURIComponent(long));
	await done(page, long);
	await expect(results(page).locator('li')).toHaveCount(0);
	await expect(page.locator('[data-search-status]')).toContainText('没有找到');
});

test('with no literal match, related queries appear outside the list, labelled as such', async ({ page }) => {
	const q = '4778亿元 + 二〇三五年';
	await page.goto('/search/?q=' + encodeURIComponent(q));
	await done(page, q);
	await expect(results(page).locator('li')).toHaveCount(0);
	const related = page.locator('[data-search-related]');
	await expect(related).toBeVisible();
	await expect(related).toContainText('并非逐字匹配');
	await expect(related.getByRole('link', { name: '“4778亿元”' })).toHaveAttribute('href', '/search/?q=4778%E4%BA%BF%E5%85%83');
	await page.goto('/search/?q=' + encodeURIComponent('4778亿元'));
	await done(page, '4778亿元');
	await expect(related).toBeHidden();
});

test('markup or quotes in a query are shown as text, never run', async ({ page }) => {
	const hostile = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>“六个工程”';
	await page.goto('/search/?q=' + encodeURIComponent(hostile));
	await done(page, hostile);
	expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
	await expect(page.locator('[data-search-status]')).toContainText('<script>');
	expect(await page.locator('main img, #search-results script').count()).toBe(0);
	await page.goto('/search/?q=' + encodeURIComponent('“六个工程”'));
	await done(page, '“六个工程”');
	await expect(results(page).locator('mark').first()).toHaveText('“六个工程”');
});

test('rapid typing: the last query wins, whatever order the searches finish in', async ({ page }) => {
	await page.goto('/search/');
	const input = page.locator('#search-q');
	await input.pressSequentially('的鄂尔多斯', { delay: 15 });
	await input.press('Backspace');
	await input.press('Backspace');
	await done(page, '的鄂尔');
	await page.evaluate(() => {
		const form = document.querySelector<HTMLFormElement>('[data-search-page] form')!;
		const box = form.querySelector<HTMLInputElement>('input[name="q"]')!;
		for (const q of ['发', '发展', '鄂尔多斯']) {
			box.value = q;
			form.requestSubmit();
		}
	});
	await done(page, '鄂尔多斯');
	await page.waitForTimeout(500);
	await expect(results(page)).toHaveAttribute('data-query', '鄂尔多斯');
	const marks = await results(page).locator('mark').allTextContents();
	expect(marks.length).toBeGreaterThan(0);
	expect(marks.every((m) => m === '鄂尔多斯')).toBe(true);
});

test('the header box opens the search with / and Ctrl+K', async ({ page }) => {
	await page.goto('/2024/full/');
	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.locator('main h1').click();
	await page.keyboard.press('Control+k');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('新质生产力');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=%E6%96%B0/);
	await done(page, '新质生产力');
	expect((await links(page)).length).toBeGreaterThan(0);
	await page.keyboard.press('Control+k');
	await expect(page.locator('#search-q')).toBeFocused();
});

test('a result leads to its paragraph, marked, with the query highlighted and the text unchanged', async ({ page }) => {
	// The newspaper sets “1.4 万亿元” with a space; the query has none.
	await page.goto('/search/?q=' + encodeURIComponent('1.4万亿元') + '&edition=newspaper');
	await done(page, '1.4万亿元');
	const link = page.locator('#search-results .search-hit a').first();
	const href = (await link.getAttribute('href'))!;
	const id = href.split('#')[1]!;
	const before = await page.request.get(href.split('?')[0]!).then((r) => r.text());
	await link.click();
	const target = page.locator(`[id="${id}"]`);
	await expect(target).toHaveAttribute('data-search-target', '');
	await expect(target).toBeInViewport();
	const highlighted = await page.evaluate(() => {
		const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(highlighted).toEqual(['1.4 万亿元']);
	// Nothing was added to the text: the block reads exactly as in the built page.
	const live = await target.textContent();
	const built = await page.evaluate(([html, block]) => new DOMParser().parseFromString(html, 'text/html').getElementById(block)?.textContent, [before, id] as const);
	expect(live).toBe(built);
});

test('white space in a query is ignored: the query is one string, and the status says so', async ({ page }) => {
	for (const [spaced, joined] of [
		['增长 6%', '增长6%'],
		['5 个百分点', '5个百分点'],
	] as const) {
		await page.goto('/search/?q=' + encodeURIComponent(joined));
		await done(page, joined);
		const expected = await links(page);
		expect(expected.length).toBeGreaterThan(0);
		await page.goto('/search/?q=' + encodeURIComponent(spaced));
		await done(page, spaced);
		expect(await links(page)).toEqual(expected);
		// The status echoes what the reader typed and says the space was ignored.
		await expect(page.locator('[data-search-status]')).toContainText(`共 ${expected.length} 段包含“${spaced}”`);
		await expect(page.locator('[data-search-status]')).toContainText(`（逐字匹配；空格已忽略，按“${joined}”查找）`);
		await expect(page.locator('[data-search-status]')).toContainText(/出现 \d+ 次/);
	}
	// Several strings only with “ + ”: every paragraph listed holds both.
	await page.goto('/search/?q=' + encodeURIComponent('稀土 + 包头'));
	await done(page, '稀土 + 包头');
	await expect(page.locator('[data-search-status]')).toContainText('同时包含“稀土”和“包头”');
	const texts = await page.locator('#search-results .search-hit-excerpt').allTextContents();
	expect(texts.length).toBeGreaterThan(0);
});

test('the status counts the paragraphs and the occurrences exactly, also beyond the first batch', async ({ page }) => {
	const corpus = await readCorpus(new URL(`../../${process.env.SITE_DIST ?? 'dist'}/`, import.meta.url).pathname);
	for (const q of ['发展', '。', '高质量发展', '全国第', '万 亩']) {
		const term = normalize(q);
		const paragraphs = corpus.filter((b) => b.folded.includes(term)).length;
		const occurrences = corpus.reduce((sum, b) => sum + b.folded.split(term).length - 1, 0);
		await page.goto('/search/?q=' + encodeURIComponent(q));
		await done(page, q);
		await expect(page.locator('[data-search-status]')).toContainText(`共 ${paragraphs} 段包含“${q}”，共出现 ${occurrences} 次`);
	}
});

test('curly and straight quotation marks find the same paragraphs', async ({ page }) => {
	const found: string[][] = [];
	for (const q of ['“国之大者”', '"国之大者"']) {
		await page.goto('/search/?q=' + encodeURIComponent(q));
		await done(page, q);
		found.push(await links(page));
	}
	expect(found[0]!.length).toBeGreaterThan(2);
	expect(found[1]).toEqual(found[0]);
});

test('results come in report order — newest report, full text first, document order — or by relevance', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('稀土'));
	await done(page, '稀土');
	while ((await page.locator('[data-search-more]').count()) > 0) {
		await page.locator('[data-search-more]').click();
		await expect(results(page)).toHaveAttribute('aria-busy', 'false');
	}
	// The results' own links, not the other editions linked beneath a result.
	const order = await page
		.locator('#search-results .search-hit > a[href]')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
	const editions = ['full', 'newspaper', 'infographic', 'summary'];
	const key = (link: string) => {
		const [, year, edition] = link.split('/');
		return [-Number(year), editions.indexOf(edition!)];
	};
	for (let i = 1; i < order.length; i++) {
		const [a, b] = [key(order[i - 1]!), key(order[i]!)];
		expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!), `${order[i - 1]} before ${order[i]}`).toBe(true);
	}
	// Paragraphs of one page in the page's own order.
	const page2 = order.filter((link) => link.startsWith('/2024/full/part-1/'));
	const built = await page.request.get('/2024/full/part-1/').then((r) => r.text());
	const positions = page2.map((link) => built.indexOf(`id="${link.split('#')[1]}"`));
	expect(positions).toEqual([...positions].sort((a, b) => a - b));
	await page.getByRole('radio', { name: '按相关度' }).check();
	await done(page, '稀土');
	await expect(page).toHaveURL(/order=relevance/);
	expect(new Set(await links(page)).size).toBeGreaterThan(0);
});

test('the site’s own data is listed above the paragraphs, each linked to its place', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('地区生产总值'));
	await done(page, '地区生产总值');
	const data = page.locator('[data-search-data]');
	await expect(data).toBeVisible();
	const indicator = data.locator('li[data-kind="indicator"] a').first();
	await expect(indicator).toContainText('地区生产总值');
	expect(await indicator.getAttribute('href')).toMatch(/^\/indicators\/#[a-z0-9-]+$/);
	const id = (await indicator.getAttribute('href'))!.split('#')[1]!;
	await indicator.click();
	await expect(page.locator(`[id="${id}"]`)).toBeAttached();
	for (const [q, kind, href] of [
		['清四乱', 'term', /^\/2024\/full\/annex-2\/#t\d+$/],
		['帮扶就业困难人员', 'project', /^\/2024\/full\/annex-1\/#n\d+$/],
	] as const) {
		await page.goto('/search/?q=' + encodeURIComponent(q));
		await done(page, q);
		const link = page.locator(`[data-search-data] li[data-kind="${kind}"] a`);
		await expect(link).toHaveCount(1);
		expect(await link.getAttribute('href')).toMatch(href);
	}
	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯'));
	await done(page, '鄂尔多斯');
	await expect(data).toBeHidden();
});

test('without JavaScript the page says search needs it and points to the reports', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯'));
	const message = page.locator('.search-noscript');
	await expect(message).toBeVisible();
	await expect(message).toContainText('JavaScript');
	await expect(message.getByRole('link')).toHaveAttribute('href', '/');
	await context.close();
});

test('arriving with a phrase highlights the whole phrase across the space the text prints, and nothing else', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('2762亿元') + '&edition=full');
	await done(page, '2762亿元');
	await page.locator('#search-results .search-hit a').first().click();
	await expect(page.locator('[data-search-target]')).toBeInViewport();
	const highlighted = await page.evaluate(() => {
		const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(highlighted.length).toBeGreaterThan(0);
	expect(highlighted.every((text) => text.replace(/\s/g, '') === '2762亿元')).toBe(true);
});

test('the search page passes axe (WCAG 2.2 A/AA) with results shown', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('鄂尔多斯') + '&year=2024');
	await done(page, '鄂尔多斯');
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a spaced query that finds nothing offers its words joined by “ + ”, with what that finds', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('稀土 + 包头'));
	await done(page, '稀土 + 包头');
	const both = (await links(page)).length;
	expect(both).toBeGreaterThan(0);
	await page.goto('/search/?q=' + encodeURIComponent('稀土 包头'));
	await done(page, '稀土 包头');
	await expect(results(page).locator('li')).toHaveCount(0);
	await expect(page.locator('[data-search-status]')).toContainText('没有找到包含“稀土 包头”的段落');
	await expect(page.locator('[data-search-status]')).toContainText('空格已忽略，按“稀土包头”查找');
	const offer = page.getByRole('link', { name: '稀土 + 包头' });
	await expect(page.locator('.search-words-offer')).toContainText(`稀土 + 包头（${both} 段）`);
	await offer.click();
	await done(page, '稀土 + 包头');
	expect((await links(page)).length).toBe(both);
});

test('the status echoes the query as typed and names what was folded', async ({ page }) => {
	await page.goto('/search/?q=PM2.5');
	await done(page, 'PM2.5');
	const status = page.locator('[data-search-status]');
	await expect(status).toContainText('包含“PM2.5”');
	await expect(status).toContainText('不分大小写，按“pm2.5”查找');
	await expect(page.locator('#search-q')).toHaveValue('PM2.5');
});

test('a result says where in its part it stands: the section, and the paragraph number in the margin', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('稀土'));
	await done(page, '稀土');
	const hit = page
		.locator('#search-results .search-hit a')
		.filter({ has: page.locator('.search-hit-place') })
		.first();
	const place = (await hit.locator('.search-hit-place').textContent())!;
	const number = place.match(/第(\d+)段$/)?.[1];
	expect(number, place).toBeDefined();
	const id = new URL((await hit.getAttribute('href'))!, 'http://localhost/').hash.slice(1);
	await hit.click();
	await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-paragraph', number!);
});

test('the same paragraph in the full text and the newspaper is one result, its other edition under it', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('稀土'));
	await done(page, '稀土');
	while (await page.locator('[data-search-more]').count()) {
		await page.locator('[data-search-more]').click();
		await expect(results(page)).toHaveAttribute('aria-busy', 'false');
	}
	const also = page.locator('.search-hit-also a');
	expect(await also.count()).toBeGreaterThan(0);
	const main = await page.locator('.search-hit > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	for (const href of await also.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
		expect(main, 'a grouped paragraph is not listed again on its own').not.toContain(href);
		expect(new URL(href).pathname).toMatch(/\/2024\/(newspaper|infographic)\//);
	}
});
