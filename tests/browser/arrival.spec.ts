import { expect, test, type Page } from '@playwright/test';

/**
 * Arriving at a link lands its target's first line fully in view below the sticky header,
 * on every screen: a block (#id), a range (#first..last) and a search result
 * (?highlight=…#id), at 320, 375, 768 and 1366 px wide.
 */
const WIDTHS = [320, 375, 768, 1366];
const ARRIVALS = [
	{ url: '/2024/full/part-2/#s3-p2', target: 's3-p2' },
	{ url: '/2024/full/annex-1/#n7', target: 'n7' },
	{ url: '/2024/full/annex-2/#t3', target: 't3' },
	{ url: '/2024/full/part-2/#s2-p2..s3-p2', target: 's2-p2' },
	{ url: `/2024/full/part-2/?highlight=${encodeURIComponent('压舱石')}#s3-p2`, target: 's3-p2' },
];

async function firstLineBelowHeader(page: Page, id: string) {
	return page.evaluate((target) => {
		const header = document.querySelector('.site-header')!.getBoundingClientRect();
		const block = document.getElementById(target)!;
		// The first line box of the block's text.
		const range = document.createRange();
		range.selectNodeContents(block);
		const line = [...range.getClientRects()].find((rect) => rect.height > 0 && rect.width > 0)!;
		return { headerBottom: header.bottom, lineTop: line.top, lineBottom: line.bottom, viewport: innerHeight };
	}, id);
}

for (const width of WIDTHS) {
	test.describe(`${width} px wide`, () => {
		test.use({ viewport: { width, height: 720 } });
		for (const { url, target } of ARRIVALS) {
			test(`${url} lands with its first line in view`, async ({ page }) => {
				await page.goto(url);
				await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
				await expect
					.poll(async () => {
						const { headerBottom, lineTop, lineBottom, viewport } = await firstLineBelowHeader(page, target);
						return lineTop >= headerBottom && lineBottom <= viewport;
					})
					.toBe(true);
			});
		}
	});
}
