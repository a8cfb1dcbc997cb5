import { expect, test } from '@playwright/test';

test('a reader of the infographic sees that the full text reads a heading otherwise, and opens the difference', async ({ page }) => {
	await page.goto('/2024/infographic/part-1/');
	const heading = page.locator('article h2', { hasText: '一是全力推动经济发展快进迸' });
	const marker = heading.locator('a.variant-marker');
	await expect(marker).toHaveAttribute('aria-label', /^全文此处印法不同（疑似识别错误）/);
	// The marker holds no text: the heading reads as printed.
	expect(await heading.evaluate((el) => el.textContent)).toBe('一是全力推动经济发展快进迸');
	await marker.click();
	await expect(page).toHaveURL(/\/2024\/compare\/infographic\/#/);
	const entry = page.locator('.collation-entry:target');
	await expect(entry).toContainText('优 U+4F18 ↔ 迸 U+8FF8');
	await expect(entry.locator('.reading-where a').first()).toHaveText(/^全文：一、过去一年工作回顾 · 一是全力推动经济发展快进优进/);
});

test('a part-2 marker of the infographic opens the entry of part 2, not part 1’s entry with the same paragraph number', async ({ page }) => {
	await page.goto('/2024/infographic/part-2/');
	const marker = page.locator('article [id="p1"] a.variant-marker').first();
	await marker.click();
	await expect(page).toHaveURL(/\/2024\/compare\/infographic\/#part-2-p1$/);
	await expect(page.locator('.collation-entry:target .reading-where a').last()).toHaveAttribute('href', '/2024/infographic/part-2/#p1');
});

test('a glossary term is a link to its definition, and a search highlight over it still paints the whole query', async ({ page }) => {
	await page.goto('/2024/full/part-2/?highlight=%E5%85%AD%E4%B8%AA%E5%B7%A5%E7%A8%8B#p2');
	const paragraph = page.locator('[id="p2"]');
	const term = paragraph.locator('a.term', { hasText: '六个工程' }).first();
	await expect(term).toHaveAttribute('href', /^\/2024\/full\/annex-2\/#t\d+$/);
	const painted = await page.evaluate(() => {
		const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(painted.length).toBeGreaterThan(0);
	for (const text of painted) expect(text).toBe('六个工程');
	await term.click();
	await expect(page).toHaveURL(/\/2024\/full\/annex-2\/#t\d+$/);
	await expect(page.locator(':target dfn')).toHaveText('“六个工程”');
});

test('the livelihood projects sort by lead agency and back to their number, and the list shows one numbering', async ({ page }) => {
	await page.goto('/2024/full/annex-1/');
	const list = page.locator('article.report-text ul').first();
	expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
	const table = page.locator('table.livelihood-table');
	const first = () => table.locator('tbody tr').first().locator('td').first().textContent();
	expect(await first()).toBe('1');
	await table.getByRole('button', { name: '牵头单位' }).click();
	await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/牵头单位/);
	await table.getByRole('button', { name: '序号' }).click();
	await table.getByRole('button', { name: '序号' }).click();
	await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/序号/);
	expect(await first()).toBe('33');
});

test.describe('the new views on a 375 px wide phone', () => {
	test.use({ viewport: { width: 375, height: 740 } });
	for (const path of ['/2024/compare/', '/2024/compare/infographic/', '/2024/compare/newspaper/', '/2024/full/annex-1/', '/2024/full/annex-2/']) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		});
	}
});
