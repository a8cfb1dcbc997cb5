import { expect, test, type Locator } from '@playwright/test';

/**
 * Charts that fit and pages that print (issue 15): an indicator's name wraps within the
 * comparison chart's axis on a phone instead of being cut at the canvas edge, and a page
 * printed from a dark system theme prints dark text on white, its charts redrawn so.
 */

/** Relative luminance of an rgb()/rgba() or #rrggbb colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour.trim());
	const hex = short ? ['', ...short.slice(1).map((h) => h + h)] : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
	const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
	const [r, g, b] = parts.map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

type ChartInstance = {
	width: number;
	scales: Record<string, { left: number; width: number; ticks: { label: string | string[] }[] }>;
	options: { scales: Record<string, { ticks: { color: string } }> };
	data: { datasets: { pointBackgroundColor: string; borderColor: string }[] };
};

async function drawn(chart: Locator): Promise<void> {
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).toHaveAttribute('data-state', 'drawn');
}

for (const path of ['/2024/', '/2026/']) {
	for (const width of [320, 375, 768]) {
		test(`at ${width} px the comparison chart on ${path} writes every indicator’s name inside its axis`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const chart = page.locator('indicator-chart').first();
			await drawn(chart);
			const fit = await chart.evaluate((el) => {
				const instance = (el as HTMLElement & { chart: ChartInstance }).chart;
				const canvas = el.querySelector('canvas')!;
				const ctx = canvas.getContext('2d')!;
				ctx.font = `12px ${getComputedStyle(canvas).fontFamily}`;
				const axis = instance.scales.y!;
				const lines = axis.ticks.flatMap((t) => (Array.isArray(t.label) ? t.label : [t.label]));
				return {
					widest: Math.max(...lines.map((line) => ctx.measureText(line).width)),
					axis: axis.width,
					left: axis.left,
					names: axis.ticks.map((t) => (Array.isArray(t.label) ? t.label.join('') : t.label)),
				};
			});
			expect(fit.names.length).toBeGreaterThan(3);
			expect(fit.left).toBeGreaterThanOrEqual(0);
			expect(fit.widest, `widest name line ${fit.widest} px in an axis of ${fit.axis} px`).toBeLessThanOrEqual(fit.axis);
		});
	}
}

test('the comparison chart keeps every character of each name when it wraps', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 900 });
	await page.goto('/2024/');
	const chart = page.locator('indicator-chart').first();
	await drawn(chart);
	const names = await chart.evaluate((el) => (el as HTMLElement & { chart: ChartInstance }).chart.scales.y!.ticks.map((t) => t.label));
	const spec = JSON.parse((await chart.getAttribute('data-spec'))!) as { categories: string[] };
	expect(names.map((n) => (Array.isArray(n) ? n.join('') : n))).toEqual(spec.categories);
	expect(names.some((n) => Array.isArray(n) && n.length > 1)).toBe(true);
});

test('printed from a dark theme, a reading page is dark text on white', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/2024/full/part-2/');
	const text = () => page.locator('[id="p1"]').evaluate((el) => getComputedStyle(el).color);
	expect(luminance(await text())).toBeGreaterThan(0.5);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(luminance(await text())).toBeLessThan(0.05);
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(luminance(background)).toBeGreaterThan(0.95);
	await expect(page.locator('.site-header')).toBeHidden();
});

test('printed from a dark theme, a chart is redrawn in the printed page’s colours, and back after', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/indicators/');
	const chart = page.locator('indicator-chart').first();
	await drawn(chart);
	const colours = () =>
		chart.evaluate((el) => {
			const instance = (el as HTMLElement & { chart: ChartInstance }).chart;
			return { ticks: instance.options.scales.y!.ticks.color, point: instance.data.datasets[0]!.pointBackgroundColor };
		});
	const onScreen = await colours();
	expect(luminance(onScreen.ticks)).toBeGreaterThan(0.5);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await expect.poll(async () => luminance((await colours()).ticks)).toBeLessThan(0.05);
	// The figures' colours are the printed page's (its accent), not the dark theme's pale one.
	const printedAccent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
	expect((await colours()).point).toBe(printedAccent);
	await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
	await expect.poll(async () => (await colours()).ticks).toBe(onScreen.ticks);
});
