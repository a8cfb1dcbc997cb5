import { expect, test } from '@playwright/test';

test('a reader browses home → year → publication → part → next part', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: '2024年政府工作报告' }).click();
	await expect(page).toHaveURL('/2024/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年内蒙古自治区政府工作报告');
	await page.getByRole('link', { name: '全文', exact: true }).click();
	await expect(page).toHaveURL('/2024/full/');
	await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '一、过去一年工作回顾' }).click();
	await expect(page).toHaveURL('/2024/full/part-1/');
	await expect(page.locator('article h1')).toHaveText('一、过去一年工作回顾');
	await page.getByRole('link', { name: /二、2024 年工作安排 →/ }).click();
	await expect(page).toHaveURL('/2024/full/part-2/');
	await expect(page.getByRole('navigation', { name: '位置', exact: true })).toContainText('全文');
});

test('a deep link to a paragraph scrolls it into view below the header and marks it', async ({ page }) => {
	await page.goto('/2024/full/part-2/#s3-p2');
	const paragraph = page.locator('[id="s3-p2"]');
	await expect(paragraph).toBeInViewport();
	const header = await page.locator('.site-header').boundingBox();
	const box = await paragraph.boundingBox();
	expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
	const marked = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(marked).not.toBe('rgba(0, 0, 0, 0)');
	const neighbour = await page.locator('[id="s3"]').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(neighbour).toBe('rgba(0, 0, 0, 0)');
});

test('the paragraph link copies the paragraph URL and offers a citation', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await page.goto('/2024/full/part-2/');
	const paragraph = page.locator('[id="s5-p3"]');
	await paragraph.scrollIntoViewIfNeeded();
	await paragraph.hover();
	const link = paragraph.locator('a.block-link');
	await expect(link).toBeVisible();
	await link.click();
	const expected = `${baseURL}/2024/full/part-2/#s5-p3`;
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	const panel = page.getByRole('dialog', { name: '本段链接与引用' });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('status')).toHaveText('已复制本段链接。');
	// s5-p3 is the 20th paragraph of the page, as its margin shows.
	await expect(paragraph).toHaveAttribute('data-paragraph', '20');
	const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
	await expect(panel.getByLabel('引用（GB/T 7714—2025）')).toHaveValue(
		`王莉霞. 政府工作报告：2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. 2024-01-30：二、2024 年工作安排，第20段. ${expected}.`,
	);
	await panel.getByRole('button', { name: '复制引用' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('[R/OL]. 2024-01-30：二、2024 年工作安排，第20段.');
	await expect(panel.getByRole('status')).toHaveText('已复制引用（GB/T 7714—2025）。');
	await panel.getByLabel('GB/T 7714—2015').check();
	await expect(panel.getByLabel('引用（GB/T 7714—2015）')).toHaveValue(
		`王莉霞. 政府工作报告: 2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上[R/OL]. (2024-01-30): 二、2024 年工作安排, 第20段[${today}]. ${expected}.`,
	);
	await expect(page).toHaveURL(expected);
});

test.describe('the cite panel at 1366 px', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('stands beside the paragraph it cites, never over it', async ({ page }) => {
		await page.goto('/2024/full/part-2/');
		for (const n of [3, 12, 20]) {
			const paragraph = page.locator(`article [data-paragraph="${n}"]`);
			await paragraph.scrollIntoViewIfNeeded();
			await paragraph.hover();
			await paragraph.locator('a.block-link').click();
			const panel = page.getByRole('dialog', { name: '本段链接与引用' });
			await expect(panel).toBeVisible();
			const [p, d] = [(await paragraph.boundingBox())!, (await panel.boundingBox())!];
			const overlaps = p.x < d.x + d.width && d.x < p.x + p.width && p.y < d.y + d.height && d.y < p.y + p.height;
			expect(overlaps, `paragraph ${n} at ${JSON.stringify(p)}, panel at ${JSON.stringify(d)}`).toBe(false);
			await page.keyboard.press('Escape');
		}
	});

	test('引至第…段 follows the typing, from the paragraph whose link was used', async ({ page }) => {
		await page.goto('/2024/full/part-2/');
		const paragraph = page.locator('article [data-paragraph="12"]');
		await paragraph.scrollIntoViewIfNeeded();
		await paragraph.hover();
		await paragraph.locator('a.block-link').click();
		const panel = page.getByRole('dialog', { name: '本段链接与引用' });
		const citation = panel.getByLabel('引用（GB/T 7714—2025）');
		const last = panel.getByLabel(/引至第…段/);
		await expect(citation).toHaveValue(/，第12段\./);
		await last.selectText();
		await page.keyboard.type('10');
		// No Enter, no blur: the citation follows as the reader types.
		await expect(last).toBeFocused();
		await expect(citation).toHaveValue(/，第10-12段\./);
		await expect(panel.getByRole('status')).not.toHaveText('已复制本段链接。');
		await last.selectText();
		await page.keyboard.type('13');
		await expect(citation).toHaveValue(/，第12-13段\./);
		await expect(panel.getByRole('status')).not.toContainText('本段');
	});
});

test('the paragraph link works from the keyboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await page.goto('/2021/full/part-4/');
	const link = page.locator('[id="p1"] > a.block-link');
	await link.focus();
	await expect(link).toBeVisible();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/2021/full/part-4/#p1`);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: '本段链接与引用' })).toBeHidden();
	await expect(link).toBeFocused();
});

test.describe('on a 375 px wide phone', () => {
	test.use({ viewport: { width: 375, height: 740 } });
	test('the cite panel shows the whole URL and citation, wrapped', async ({ page }) => {
		await page.goto('/2024/infographic/part-2/');
		const paragraph = page.locator('article [data-paragraph="3"]');
		await paragraph.scrollIntoViewIfNeeded();
		await paragraph.locator('a.block-link').click();
		const panel = page.getByRole('dialog', { name: '本段链接与引用' });
		for (const field of [panel.getByLabel('链接', { exact: true }), panel.getByLabel('引用（GB/T 7714—2025）')]) {
			const cut = await field.evaluate((el) => ({ down: el.scrollHeight - el.clientHeight, across: el.scrollWidth - el.clientWidth }));
			expect(cut).toEqual({ down: 0, across: 0 });
			await expect(field).toBeInViewport({ ratio: 1 });
		}
	});
	for (const path of [
		'/',
		'/2024/',
		'/2024/full/',
		'/2024/full/part-2/',
		'/2024/full/annex-1/',
		'/2024/newspaper/part-1/',
		'/2024/infographic/part-1/',
		'/2026/summary/part-2/',
		'/404.html',
	]) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBe(0);
		});
	}
});

test('a source view stands in the site: header, search, footer, the site font, and no 404 on the way', async ({ page }) => {
	const missing: string[] = [];
	page.on('response', (response) => {
		if (response.status() === 404) missing.push(response.url());
	});
	await page.goto('/2024/full/');
	const siteFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
	await page.goto('/sources/2024-report-full/');
	await expect(page.locator('.site-header')).toBeVisible();
	await expect(page.getByRole('search').first()).toBeAttached();
	await expect(page.locator('.site-footer').getByRole('link', { name: '文本来源' })).toBeVisible();
	expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(siteFont);
	await page.goto('/sources/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于这些文本');
	await page.waitForLoadState('networkidle');
	expect(missing).toEqual([]);
});
