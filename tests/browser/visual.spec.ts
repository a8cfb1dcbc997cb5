import { expect, test, type Page } from '@playwright/test';

/**
 * Visual checks that can fail (issue 15): five kinds of page at a phone's, a tablet's and a
 * desktop's width, light and dark, compared with committed baselines
 * (tests/browser/visual.spec.ts-snapshots/). A change of layout, colour or type that moves
 * more than 1% of the pixels fails; a deliberate one is accepted by updating the baselines:
 *
 *   PREVIEW_PORT=4338 CI=1 npx playwright test tests/browser/visual.spec.ts --project=chromium --update-snapshots
 *
 * Stable run to run: the fonts are Debian's (fonts-noto-cjk, installed by .ci/run), animations
 * and the caret are off, the page's own content has arrived (search results, charts in view)
 * before the picture is taken, and the picture is the first screen, not the whole page.
 */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/' },
	{ name: 'year', path: '/2024/' },
	{ name: 'part', path: '/2024/full/part-2/' },
	{
		name: 'search',
		path: `/search/?q=${encodeURIComponent('鄂尔多斯')}`,
		ready: async (page) => {
			await expect(page.locator('#search-results')).toHaveAttribute('data-query', '鄂尔多斯');
			await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		},
	},
	{ name: 'indicators', path: '/indicators/' },
];
const WIDTHS = [
	{ width: 375, height: 740 },
	{ width: 768, height: 900 },
	{ width: 1366, height: 820 },
];
const SCHEMES = ['light', 'dark'] as const;

/** Every chart that has started drawing has finished, so that none is caught half drawn. */
async function chartsSettled(page: Page): Promise<void> {
	await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('indicator-chart')].filter((c) => c.getAttribute('data-state') === 'loading').length)).toBe(0);
}

for (const scheme of SCHEMES) {
	for (const viewport of WIDTHS) {
		test.describe(`${scheme}, ${viewport.width} px`, () => {
			test.use({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
			for (const { name, path, ready } of PAGES) {
				test(`${name} looks as it did`, async ({ page }) => {
					await page.goto(path);
					await page.waitForLoadState('networkidle');
					await page.evaluate(() => document.fonts.ready);
					await ready?.(page);
					await chartsSettled(page);
					await expect(page).toHaveScreenshot(`${name}-${viewport.width}-${scheme}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01, timeout: 15_000 });
				});
			}
		});
	}
}
