import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('a range link marks its paragraphs on arrival and cites them', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await page.goto('/2024/full/part-2/#s2-p2..s3-p2');
	const marked = await page.locator('article .is-marked').evaluateAll((els) => els.map((el) => el.id));
	expect(marked).toEqual(['s2-p2', 's2-p3', 's2-p4', 's3', 's3-p2']);
	// A ¶ inside the range it arrived at cites the range.
	const panel = page.getByRole('dialog', { name: '本段链接与引用' });
	const numbers = await page.locator('[id="s2-p2"], [id="s3-p2"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.paragraph));
	await page.locator('[id="s2-p3"] > a.block-link').click();
	await expect(panel.getByLabel(/^引用/)).toHaveValue(new RegExp(`，第${numbers[0]}-${numbers[1]}段\\.`));
	await page.keyboard.press('Escape');
	// Its first paragraph's link, then Shift on its last: the panel cites the range.
	await page.locator('[id="s2-p2"] > a.block-link').click();
	await expect(panel.getByLabel(/^引用/)).toHaveValue(new RegExp(`，第${numbers[0]}段\\.`));
	await page.locator('[id="s3-p2"] > a.block-link').click({ modifiers: ['Shift'] });
	await expect(panel.getByLabel('链接', { exact: true })).toHaveValue(`${baseURL}/2024/full/part-2/#s2-p2..s3-p2`);
	await expect(panel.getByLabel(/^引用/)).toHaveValue(new RegExp(`，第${numbers[0]}-${numbers[1]}段\\. .*#s2-p2\\.\\.s3-p2\\.$`));
	await expect(page).toHaveURL(/#s2-p2\.\.s3-p2$/);
	// Or by number: 至第…段.
	await page.locator('[id="p1"] > a.block-link').click();
	await panel.getByLabel(/^引至第/).fill('3');
	await panel.getByLabel(/^引至第/).press('Enter');
	await expect(panel.getByLabel(/^引用/)).toHaveValue(/，第1-3段\./);
});

for (const path of ['/2024/full/part-2/', '/indicators/', '/2024/full/']) {
	test(`${path} takes a malformed fragment and query without an error, and its links still work`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${path}?highlight=%E4%B8&x=%#%E4%B8`);
		await page.evaluate(() => (location.hash = '%E4%B8%'));
		await page.waitForTimeout(200);
		expect(errors).toEqual([]);
		const link = page.locator('article.report-text a.block-link').first();
		if ((await link.count()) > 0) {
			await link.click();
			await expect(page.getByRole('dialog', { name: '本段链接与引用' })).toBeVisible();
		}
	});
}

test('paragraph numbers are in the margin, printed, and not part of the copied text', async ({ page }) => {
	await page.goto('/2021/full/part-1/');
	const paragraph = page.locator('[id="p2"]');
	const number = await paragraph.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(number).toContain('25');
	const text = await paragraph.evaluate((el) => {
		const selection = getSelection()!;
		selection.selectAllChildren(el);
		return selection.toString();
	});
	expect(text.startsWith('各位代表！')).toBe(true);
	expect(text).not.toMatch(/^\s*25/);
	await page.emulateMedia({ media: 'print' });
	const printed = await paragraph.evaluate((el) => {
		const style = getComputedStyle(el, '::before');
		return style.display !== 'none' && style.opacity !== '0' && style.content.includes('25');
	});
	expect(printed).toBe(true);
});

// Needs Chromium (page.pdf) and pdftotext (poppler-utils) on the PATH.
for (const margin of [undefined, '10mm']) {
	test(`a printed part keeps its paragraph numbers and names its full address (margins: ${margin ?? 'default'})`, async ({ page, baseURL, browserName }) => {
		test.skip(browserName !== 'chromium', 'page.pdf() is Chromium’s');
		await page.goto('/2024/full/part-2/');
		const pdf = await page.pdf({ format: 'A4', ...(margin ? { margin: { top: margin, right: margin, bottom: margin, left: margin } } : {}) });
		const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'part-2.pdf');
		writeFileSync(file, pdf);
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		expect(text).toContain(`${baseURL}/2024/full/part-2/`);
		expect(text).toContain('内蒙古自治区政府工作报告');
		const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
		expect(text).toContain(`打印于 ${today}`);
		// Each number stands at the head of its paragraph's first line, in the margin.
		const count = await page.locator('article [data-paragraph]').count();
		for (const n of [1, 12, count]) expect(text, `paragraph ${n}`).toMatch(new RegExp(`^\\s*${n}\\s+\\S`, 'm'));
	});
}
