import { expect, test } from '@playwright/test';

/**
 * Every page type under its own Content-Security-Policy (a <meta> Astro writes, with the
 * hashes of what it inlines; astro.config.mjs): the policy is strict (no 'unsafe-inline';
 * 'wasm-unsafe-eval' on the search page alone) and nothing on the page violates it, while
 * the page's own behaviour (the ¶ panel, a search, a chart) runs.
 */
const PAGES = [
	{ path: '/', name: 'home' },
	{ path: '/2024/', name: 'year' },
	{ path: '/2024/full/', name: 'publication' },
	{ path: '/2024/full/part-2/#s2-p2..s3-p2', name: 'part, with a range' },
	{ path: '/2024/compare/', name: 'comparison' },
	{ path: '/indicators/', name: 'indicators' },
	{ path: `/search/?q=${encodeURIComponent('压舱石')}`, name: 'search', search: true },
	{ path: '/changes/', name: 'changes' },
	{ path: '/404.html', name: 'not found' },
];

for (const { path, name, search } of PAGES) {
	test(`the ${name} page (${path}) keeps to a strict policy`, async ({ page }) => {
		const violations: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				(window as unknown as { violations: string[] }).violations ??= [];
				(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
			});
		});
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toContain("'unsafe-inline'");
		expect(policy!.includes("'wasm-unsafe-eval'")).toBe(Boolean(search));
		if (search) await expect(page.locator('#search-results, [data-search-results], .search-results').first()).toContainText('压舱石', { timeout: 30_000 });
		if (name.startsWith('part')) {
			await page.locator('[id="s2-p2"] > a.block-link').click();
			await expect(page.getByRole('dialog', { name: '本段链接与引用' })).toBeVisible();
		}
		if (name === 'indicators') {
			await page.locator('canvas').first().scrollIntoViewIfNeeded();
			await page.waitForTimeout(1000);
		}
		await page.waitForTimeout(300);
		violations.push(...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])));
		expect(violations).toEqual([]);
	});
}
