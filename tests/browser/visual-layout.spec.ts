import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../support/static-server.ts';

/**
 * The header and reading layout at the widths readers use (issue 15): one header row on a
 * phone with search one tap away, no sideways scroll from 320 px, lines that start-align
 * on a phone's measure and justify on the full one, and a skip link that lands on the text.
 */
const PAGES = ['/', '/2024/', '/2024/full/part-2/', '/2024/newspaper/part-1/', '/2024/full/annex-2/', '/indicators/', '/search/?q=鄂尔多斯', '/data/'];
const WIDTHS = [320, 375, 768, 1366];

async function sidewaysOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of WIDTHS) {
	test(`at ${width} px no page scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of PAGES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(await sidewaysOverflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
		}
	});
}

for (const width of [320, 375, 600]) {
	test(`at ${width} px the header is one row, with the menu and search one tap away`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/2024/full/part-2/');
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThanOrEqual(60);
		const title = (await page.locator('.site-title').boundingBox())!;
		const search = page.getByRole('banner').getByRole('link', { name: '搜索' });
		const searchBox = (await search.boundingBox())!;
		// One row: every control lies within the header's one line.
		for (const box of [title, searchBox]) expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
		expect(Math.abs(title.y + title.height / 2 - (searchBox.y + searchBox.height / 2))).toBeLessThan(4);
		expect(searchBox.width).toBeGreaterThanOrEqual(24);
		await expect(page.locator('.site-header input[name="q"]')).toBeHidden();
		const nav = page.getByRole('navigation', { name: '网站导航' });
		if (width < 600) {
			await expect(nav).toBeHidden();
			await page.getByText('菜单', { exact: true }).click();
		}
		await expect(nav.getByRole('link', { name: '指标' })).toBeVisible();
		await search.click();
		await expect(page).toHaveURL('/search/');
	});
}

test('at 768 px and wider the header holds the search box and the years in one row', async ({ page }) => {
	for (const width of [768, 1366]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/2024/');
		await expect(page.locator('.site-header input[name="q"]')).toBeVisible();
		await expect(page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '2024年' })).toBeVisible();
		await expect(page.getByRole('banner').getByRole('link', { name: '搜索' })).toBeHidden();
		expect((await page.locator('.site-header').boundingBox())!.height, `${width} px`).toBeLessThanOrEqual(60);
	}
});

test('lines start-align on a phone and justify by character on the full measure', async ({ page }) => {
	const align = () => page.locator('[id="p1"]').evaluate((el) => [getComputedStyle(el).textAlign, getComputedStyle(el).lineBreak]);
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/2024/full/part-2/');
	expect(await align()).toEqual(['start', 'strict']);
	await page.setViewportSize({ width: 1366, height: 800 });
	expect(await align()).toEqual(['justify', 'strict']);
});

test('the skip link lands on the report text: the first paragraph’s link is the next Tab', async ({ page }) => {
	await page.goto('/2024/full/part-2/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveClass(/block-link/);
	expect(await focused.evaluate((el) => el.closest('article')?.id)).toBe('report-text');
});

/**
 * Addresses typed or pasted without their trailing slash open the page, on the preview
 * server (trailingSlash 'ignore': served as is, the canonical link names the slashed URL)
 * and on a static host (tests/support/static-server.ts: redirected to the slashed URL, as
 * common hosts do for a folder).
 */
const SLASHLESS = ['/2024', '/search', '/indicators', '/data', '/2024/full/part-2'];

test('addresses without their trailing slash open their page on the preview server', async ({ page }) => {
	for (const path of SLASHLESS) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		// The very page of the slashed address (whose canonical link, where the public address is set, names it).
		expect(await response!.text(), path).toBe(await (await page.request.get(`${path}/`)).text());
	}
	expect((await page.goto('/no-such-page'))?.status()).toBe(404);
});

test('addresses without their trailing slash are redirected to their page on a static host', async ({ page }) => {
	const site = await serveStatic(join(fileURLToPath(new URL('../../', import.meta.url)), process.env.SITE_DIST ?? 'dist'));
	try {
		for (const path of SLASHLESS) {
			const response = await page.goto(`${site.url}${path}`);
			expect(response?.status(), path).toBe(200);
			expect(new URL(page.url()).pathname, path).toBe(`${path}/`);
		}
	} finally {
		await site.close();
	}
});
