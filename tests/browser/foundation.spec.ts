import { expect, test } from '@playwright/test';

// A sentence from each of the five publications, as a reader would look for it.
const KNOWN = [
	{ path: '/2021/full/part-1/', text: '自治区849名医护人员驰援湖北，出色完成任务，被誉为“草原英雄儿女”。' },
	{ path: '/2024/full/part-2/', text: '政策落地工程是自治区党委部署的“六个工程”的头号工程' },
	// The newspaper breaks this sentence over three column lines (…项目 650 / 个，16 条…).
	{ path: '/2024/newspaper/part-1/', text: '推进延链补链强链项目 650个，16 条重点产业链产值近 1.4 万亿元。' },
	{ path: '/2024/infographic/part-1/', text: '全区引进到位资金4778亿元,增长40.2%' },
	{ path: '/2026/summary/part-1/', text: '人均GDP进入全国前8位' },
];

test('the home page lists the years and their publications', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/内蒙古自治区政府工作报告/);
	for (const year of ['2021', '2024', '2026']) {
		await expect(page.getByRole('heading', { level: 2, name: `${year}年政府工作报告` })).toBeVisible();
	}
	await expect(page.locator('main a[href="/2024/newspaper/"]')).toBeVisible();
	expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
});

test('a publication page shows its source hash and contents, and leads to a section', async ({ page }) => {
	await page.goto('/2024/full/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年内蒙古自治区政府工作报告（全文）');
	await expect(page.getByText('c5c0a5238fc5dfef3d18d26a0fe90d311fffdf5b1f88a52fbf11c9040d597b0a')).toBeVisible();
	await page.getByRole('link', { name: '（三）想方设法激活消费潜力。' }).click();
	await expect(page).toHaveURL(/\/2024\/full\/part-2\/#s3$/);
	await expect(page.locator('#s3')).toBeInViewport();
	await expect(page.locator('#s3')).toContainText('充分挖掘潜在消费需求');
});

for (const { path, text } of KNOWN) {
	test(`${path} holds “${text.slice(0, 12)}…”`, async ({ page }) => {
		await page.goto(path);
		const article = page.locator('article.report-text');
		await expect(article).toContainText(text);
		// innerText is what a reader copies: the sentence must be there unbroken.
		expect(await article.innerText()).toContain(text);
	});
}
