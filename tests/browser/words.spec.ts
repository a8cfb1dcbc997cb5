import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, formatViolation } from '../support/axe.ts';

// The word pages (issue 14): the subject page counts a phrase in the browser, each bar
// opens the search of its publication, and digests can be left out.

test('the subject page counts a phrase per publication, each bar opening the search of that publication', async ({ page }) => {
	await page.goto('/words/subject/?q=铸牢中华民族共同体意识');
	const rows = page.locator('[data-subject-result] tbody tr');
	await expect(rows).toHaveCount(5);
	await expect(page.locator('[data-subject-status]')).toContainText('共出现');
	const full2024 = rows.filter({ hasText: '2024年全文' });
	const bar = full2024.locator('a.bar');
	const href = new URL((await bar.getAttribute('href'))!, 'http://x');
	expect(href.pathname).toBe('/search/');
	expect([href.searchParams.get('q'), href.searchParams.get('year'), href.searchParams.get('edition')]).toEqual(['铸牢中华民族共同体意识', '2024', 'full']);
	const paragraphs = Number(await full2024.locator('td').nth(1).textContent());
	expect(paragraphs).toBeGreaterThan(0);
	// The search finds the paragraphs the bar counts, as many as the table says.
	await bar.click();
	await expect(page).toHaveURL(/\/search\/\?q=/);
	await expect(page.locator('[data-search-status]')).toContainText(new RegExp(`(^|\\D)${paragraphs}\\s*段`));
});

test('the subject page draws each bar as long as its value, labels beside it or not (稀土 at 1366 px)', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/words/subject/?q=稀土');
	const rows = page.locator('[data-subject-result] tbody tr');
	await expect(rows).toHaveCount(5);
	const measured = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({
			rate: Number(tr.querySelectorAll('td.num')[2]!.textContent),
			width: tr.querySelector('.fill')!.getBoundingClientRect().width,
		})),
	);
	const widest = measured.reduce((a, b) => (b.rate > a.rate ? b : a));
	expect(widest.width).toBeGreaterThan(50);
	for (const { rate, width } of measured) expect(Math.abs(width - (rate / widest.rate) * widest.width)).toBeLessThanOrEqual(1.5);
});

test('the subject page totals each report once, by its leading edition, the newspaper and infographic apart', async ({ page }) => {
	await page.goto('/words/subject/?q=稀土');
	const rows = page.locator('[data-subject-result] tbody tr');
	await expect(rows).toHaveCount(5);
	const counts = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({ label: tr.querySelector('th')!.textContent!, occurrences: Number(tr.querySelectorAll('td.num')[0]!.textContent) })),
	);
	const leading = counts.filter((r) => /全文|摘编/u.test(r.label));
	expect(leading).toHaveLength(3);
	const total = leading.reduce((n, r) => n + r.occurrences, 0);
	expect(total).toBeLessThan(counts.reduce((n, r) => n + r.occurrences, 0));
	await expect(page.locator('[data-subject-status]')).toContainText(`在3份报告中共出现${total}次`);
});

test('the subject page leaves the digests out when asked', async ({ page }) => {
	await page.goto('/words/subject/?q=草原');
	const visible = page.locator('[data-subject-result] tbody tr:visible');
	await expect(visible).toHaveCount(5);
	await page.getByLabel('包括图片文字识别的版本').uncheck();
	await expect(visible).toHaveCount(3);
	await expect(visible.filter({ hasText: '摘编' })).toHaveCount(0);
});

test('the search page links to the subject page for its query', async ({ page }) => {
	await page.goto('/search/?q=稀土');
	await page.locator('[data-subject-link]').click();
	await expect(page).toHaveURL(/\/words\/subject\/\?q=%E7%A8%80%E5%9C%9F/);
	await expect(page.locator('[data-subject-result] tbody tr')).toHaveCount(5);
});

// The subject page's results are drawn in the browser, after the query: a state the
// whole-site axe run (accessibility.spec.ts, which checks every kind of page, the word
// pages among them, with every <details> open) does not reach.
test('the subject page with its results passes axe, light and dark', async ({ page }) => {
	test.setTimeout(300_000);
	const failures: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/words/subject/?q=草原');
		await expect(page.locator('[data-subject-result]')).toBeVisible();
		for (const v of await axeViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined))
			failures.push(`/words/subject/?q=草原 (${colorScheme}): ${formatViolation(v, 3)}`);
	}
	expect(failures).toEqual([]);
});

test('a bar’s length is its value: on a wide screen no figure beside it squeezes the longest bars together', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 820 });
	await page.goto('/words/subject/?q=稀土');
	const rows = page.locator('[data-subject-result] tbody tr');
	await expect(rows).toHaveCount(5);
	const measured = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({ rate: Number(tr.querySelectorAll('td.num')[2]!.textContent), width: (tr.querySelector('.fill') as HTMLElement).getBoundingClientRect().width })),
	);
	const widest = measured.reduce((a, b) => (b.rate > a.rate ? b : a));
	expect(widest.width).toBeGreaterThan(0);
	for (const { rate, width } of measured) {
		// Within a pixel of its share of the longest bar.
		expect(Math.abs(width - (rate / widest.rate) * widest.width), `a bar of ${rate} is ${width} px against ${widest.width} px for ${widest.rate}`).toBeLessThanOrEqual(1);
	}
});
