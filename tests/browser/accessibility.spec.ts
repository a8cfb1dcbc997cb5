import { expect, test } from '@playwright/test';
import { axeViolations, formatViolation } from '../support/axe.ts';

// Every page the sitemap lists, light and dark: zero WCAG 2.2 A/AA violations.
test.describe.configure({ mode: 'parallel' });

test('the sitemap lists every reading page', async ({ request }) => {
	const paths = await sitemapPaths(request);
	expect(paths.length).toBeGreaterThanOrEqual(24);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every sitemap page passes axe (${colorScheme})`, async ({ page, request }) => {
		// Some thirty pages in turn: 50–70 s beside other work on two cores, more under full load.
		test.setTimeout(600_000);
		await page.emulateMedia({ colorScheme });
		const failures: string[] = [];
		for (const path of [...(await sitemapPaths(request)), '/404.html']) {
			await page.goto(path);
			for (const v of await axeViolations(page)) failures.push(`${path}: ${formatViolation(v, 3)}`);
		}
		expect(failures).toEqual([]);
	});
}

async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
	const xml = await (await request.get('/sitemap.xml')).text();
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://localhost/').pathname);
}
