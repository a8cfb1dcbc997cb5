import { expect, test, type Page } from '@playwright/test';

// Phones (issue 21): at 320 and 375 px no table cell breaks a number and no header stands one
// character a line, on every page kind with a table; the first search result is on the first
// screen; a long part page offers a way back to the top and names the section being read.
const PHONES = [
	{ width: 320, height: 568 },
	{ width: 375, height: 812 },
];

/** Every page of the sitemap whose HTML holds a table, and the subject page with a query (its table is drawn by script). */
async function tablePages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
	const xml = await (await request.get('/sitemap.xml')).text();
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://localhost/').pathname);
	const withTable: string[] = [];
	for (const path of paths) if ((await (await request.get(path)).text()).includes('<table')) withTable.push(path);
	return [...withTable, '/words/subject/?q=稀土'];
}

/** In the page: each number in a visible table cell drawn on more than one line (a figure, not the digits of a hash), and each header drawn one character a line. */
function brokenCells(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const lines = (range: Range) => new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
		for (const cell of document.querySelectorAll<HTMLElement>('table :is(td, th)')) {
			if (cell.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const match of (node.textContent ?? '').matchAll(/(?<![A-Za-z0-9.])\d+(?:[.,:：]\d+)*%?(?![A-Za-z0-9])/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					if (lines(range) > 1) found.push(`number “${match[0]}” broken in “${cell.textContent?.trim().slice(0, 40)}”`);
				}
			}
			if (cell.closest('thead')) {
				const text = cell.textContent?.replace(/\s/g, '') ?? '';
				// The lines its characters stand on (white space between elements stands on none).
				const tops = new Set<number>();
				const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = texts.nextNode(); node; node = texts.nextNode()) {
					for (const match of (node.textContent ?? '').matchAll(/\S/gu)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
					}
				}
				const count = tops.size;
				if (text.length > 1 && count >= text.length) found.push(`header “${text}” one character a line`);
			}
		}
		return found;
	});
}

for (const viewport of PHONES) {
	test(`no table cell breaks a number at ${viewport.width} px`, async ({ page, request }) => {
		test.setTimeout(300_000);
		await page.setViewportSize(viewport);
		const paths = await tablePages(request);
		// Every kind of table: words, subject, sections, method, year targets, indicators, data, collation, glossary, projects.
		expect(paths.length).toBeGreaterThanOrEqual(10);
		const failures: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			if (path.includes('?q=')) await expect(page.locator('.subject-table tbody tr').first()).toBeVisible();
			expect(await page.locator('table').count(), path).toBeGreaterThan(0);
			for (const failure of await brokenCells(page)) failures.push(`${path}: ${failure}`);
		}
		expect(failures).toEqual([]);
	});

	test(`the first result of a search is on the first screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/search/?q=' + encodeURIComponent('稀土'));
		const first = page.locator('#search-results .search-hit a').first();
		await expect(first).toBeVisible();
		const box = (await first.boundingBox())!;
		expect(box.y, 'the first result starts below the first screen').toBeLessThan(viewport.height - 24);
		// The filters are one control away, and open on it.
		const fold = page.locator('.search-filters-fold > summary');
		await expect(fold).toBeVisible();
		await expect(page.getByRole('radio', { name: /2024年/ })).toBeHidden();
		await fold.click();
		await expect(page.getByRole('radio', { name: /2024年/ })).toBeVisible();
	});
}

test('a long part page on a phone leads back to the top and names the section being read', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto('/2024/full/part-2/');
	const top = page.getByRole('link', { name: '↑ 回到顶部' });
	await expect(top).toBeVisible();
	const section = page.locator('[data-current-section]');
	await expect(section).toBeHidden();
	// The third section the outline lists, named as the outline names it.
	const entry = page.locator('.page-outline nav a[href^="#"]').nth(2);
	const name = (await entry.textContent())!.trim();
	const id = (await entry.getAttribute('href'))!.slice(1);
	await page.locator(`[id="${id}"]`).evaluate((block) => block.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 40);
	await expect(section).toHaveText(name);
	await top.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
});

test('the filters stay in view on a wide screen, without the fold', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/search/?q=' + encodeURIComponent('稀土'));
	await expect(page.locator('.search-filters-fold > summary')).toBeHidden();
	await expect(page.getByRole('radio', { name: /2024年/ })).toBeVisible();
	await expect(page.getByRole('link', { name: '↑ 回到顶部' })).toHaveCount(0);
});
