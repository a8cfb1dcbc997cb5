import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pointKey } from '../support/chart-table.ts';
import { axeViolations, formatViolation } from '../support/axe.ts';

/**
 * The indicator charts in a browser: they are drawn when they scroll into view, each
 * draws what its table lists, a point opens its paragraph on a click or on Enter,
 * Chart.js is fetched only once a chart is near, and without JavaScript the tables
 * stand alone.
 */

/** The indicator file the site was built from: counts and years come from it, not from the test. */
const indicatorFile = JSON.parse(readFileSync(new URL('../../content/indicators/indicators.json', import.meta.url), 'utf8')) as {
	series: { id: string; points: { year: number }[] }[];
};

interface DrawnChart {
	labels: string[];
	datasets: { label: string; data: (number | null)[] }[];
}

/** Scrolls each chart into view and waits until it is drawn. */
async function drawAll(page: Page): Promise<Locator[]> {
	const charts = await page.locator('indicator-chart').all();
	for (const chart of charts) {
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).toHaveAttribute('data-state', 'drawn');
	}
	return charts;
}

/** What Chart.js holds for a chart: its category labels and each data set's values. */
function drawnData(chart: Locator): Promise<DrawnChart> {
	return chart.evaluate((el) => {
		const instance = (el as HTMLElement & { chart: { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } } }).chart;
		return { labels: [...instance.data.labels], datasets: instance.data.datasets.map((d) => ({ label: d.label, data: [...d.data] })) };
	});
}

/** Where on the page a chart draws the point of a data set at a category. */
async function pointPosition(chart: Locator, datasetLabel: string, category: string): Promise<{ x: number; y: number }> {
	const inCanvas = await chart.evaluate(
		(el, [set, label]) => {
			type Meta = { data: { getProps(keys: string[], final: boolean): { x: number; y: number } }[] };
			const instance = (el as HTMLElement & { chart: { data: { labels: string[]; datasets: { label: string }[] }; getDatasetMeta(i: number): Meta } }).chart;
			const datasetIndex = instance.data.datasets.findIndex((d) => d.label === set);
			const index = instance.data.labels.indexOf(label!);
			return instance.getDatasetMeta(datasetIndex).data[index]!.getProps(['x', 'y'], true);
		},
		[datasetLabel, category],
	);
	const box = (await chart.locator('canvas').boundingBox())!;
	return { x: box.x + inCanvas.x, y: box.y + inCanvas.y };
}

test('the indicators page draws every chart as it scrolls into view', async ({ page }) => {
	await page.goto('/indicators/');
	const charts = page.locator('indicator-chart');
	expect(await charts.count()).toBeGreaterThanOrEqual(11);
	// The last chart is far below the fold: not drawn before the reader gets there.
	await expect(charts.last()).not.toHaveAttribute('data-state', /./);
	for (const chart of await drawAll(page)) {
		// Something was painted: a blank canvas has no opaque pixel.
		const painted = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			let n = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
			return n;
		});
		expect(painted).toBeGreaterThan(500);
	}
});

test('each chart draws the figures its table lists, and leaves missing years empty', async ({ page }) => {
	const years = indicatorFile.series.flatMap((s) => s.points.map((p) => p.year));
	const axisYears = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);
	const emptyYears = axisYears.filter((year) => !years.includes(year));
	await page.goto('/indicators/');
	await drawAll(page);
	const sections = await page
		.locator('section.indicator')
		.filter({ has: page.locator('indicator-chart') })
		.all();
	expect(sections.length).toBeGreaterThanOrEqual(11);
	for (const section of sections) {
		const name = await section.locator('h2, h3').first().innerText();
		// The yearly chart first; a plan period's figures, where there are any, on a chart of their own.
		const charts = await Promise.all((await section.locator('indicator-chart').all()).map(drawnData));
		const drawn = charts[0]!;
		const fromChart = charts.flatMap((c) => c.datasets.flatMap((d) => d.data.flatMap((v, i) => (v === null ? [] : [pointKey(c.labels[i]!, d.label, v)]))));
		for (const period of charts.slice(1))
			expect(
				period.labels.every((l) => /^“.+”时期$/u.test(l)),
				name,
			).toBe(true);
		const rows = await section
			.locator('tbody tr[data-drawn="true"]')
			.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 3).map((c) => (c as HTMLElement).innerText.trim())));
		// The table writes the figure with its qualifier (6%以上): the number must be the drawn one.
		const fromTable = rows.map(([time, set, value]) => pointKey(time!, set!, /\d+(?:\.\d+)?/u.exec(value!)![0]));
		expect(fromChart.length, name).toBeGreaterThan(0);
		expect(fromChart.sort(), name).toEqual(fromTable.sort());
		// Every year of the axis is there, from the first the indicator file names to the last; a year no point is about is a gap.
		// (A series with plan-period figures only has no yearly chart.)
		if (drawn.labels.some((l) => /^\d{4}年$/u.test(l))) {
			expect(
				drawn.labels.filter((l) => /^\d{4}年$/u.test(l)),
				name,
			).toEqual(axisYears.map((year) => `${year}年`));
			for (const year of emptyYears) for (const d of drawn.datasets) expect(d.data[drawn.labels.indexOf(`${year}年`)], `${name} ${year}`).toBeNull();
		}
	}
});

test('clicking a point opens the paragraph it comes from', async ({ page }) => {
	await page.goto('/indicators/');
	const chart = page
		.locator('section.indicator')
		.filter({ has: page.locator('#gdp-growth') })
		.locator('indicator-chart')
		.first();
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).toHaveAttribute('data-state', 'drawn');
	const { x, y } = await pointPosition(chart, '目标', '2024年');
	await page.mouse.click(x, y);
	// It lands on the sentence: the paragraph, with the figure's words marked by the arrival highlight.
	await expect(page).toHaveURL(/\/2024\/full\/part-2\/\?highlight=[^#]+#p4$/u);
	const paragraph = page.locator('article.report-text #p4');
	await expect(paragraph).toBeInViewport();
	await expect(paragraph).toContainText('地区生产总值增长 6%以上');
	const painted = await page.evaluate(() => {
		const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(painted).toEqual(['地区生产总值增长 6%以上']);
});

test('Enter on a point chosen with the arrow keys opens its paragraph', async ({ page }) => {
	await page.goto('/indicators/');
	const chart = page
		.locator('section.indicator')
		.filter({ has: page.locator('#grain-output') })
		.locator('indicator-chart')
		.first();
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).toHaveAttribute('data-state', 'drawn');
	await chart.locator('canvas').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	// The second point in reading order is the 2021 target, and the live region says so.
	await expect(chart.locator('[data-chart-status]')).toContainText('2021年目标：700亿斤以上');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/2021\/full\/part-3\/\?highlight=[^#]+#p2$/u);
	await expect(page.locator('article.report-text #p2')).toContainText('粮食产量保持在700亿斤以上');
});

test('Chart.js is fetched only when a chart comes near the viewport', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 360 });
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/2024/');
	await page.waitForLoadState('networkidle');
	const chart = page.locator('indicator-chart');
	await expect(chart).not.toHaveAttribute('data-state', /./);
	expect(scripts.some((s) => s.includes('draw-chart'))).toBe(false);
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).toHaveAttribute('data-state', 'drawn');
	expect(scripts.some((s) => s.includes('draw-chart'))).toBe(true);
});

test('the year page shows the report’s targets beside the year before’s outcomes', async ({ page }) => {
	await page.goto('/2026/');
	const section = page.locator('section.year-targets');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('2026年主要预期目标与2025年实际');
	const row = section.locator('tbody tr').filter({ hasText: '地区生产总值增长' });
	await expect(row.locator('td').nth(0)).toContainText('4.7%');
	await expect(row.locator('td').nth(1)).toContainText('5%左右');
	const chart = section.locator('indicator-chart');
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).toHaveAttribute('data-state', 'drawn');
	const drawn = await drawnData(chart);
	expect(drawn.datasets.map((d) => d.label)).toEqual(['2025年实际', '2026年目标']);
	await row.locator('td').nth(1).getByRole('link').click();
	await expect(page).toHaveURL(/\/2026\/summary\/part-2\/\?highlight=[^#]+#h3-l1$/u);
});

test('without JavaScript the tables hold every figure and link, and no empty chart frame shows', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/indicators/');
	const section = page.locator('section.indicator').filter({ has: page.locator('#gdp-growth') });
	await expect(section.locator('table')).toBeVisible();
	// One row per point the indicator file holds for it, however many reports there are.
	await expect(section.locator('tbody tr')).toHaveCount(indicatorFile.series.find((s) => s.id === 'gdp-growth')!.points.length);
	await expect(section.getByRole('link', { name: '地区生产总值增长 6%以上' })).toHaveAttribute('href', /^\/2024\/full\/part-2\/\?highlight=[^#]+#p4$/u);
	await expect(section.locator('.chart-frame')).toBeHidden();
	await context.close();
});

test('the indicators and year pages pass axe (WCAG 2.2 A and AA) with their charts drawn', async ({ page }) => {
	for (const path of ['/indicators/', '/2024/']) {
		await page.goto(path);
		await drawAll(page);
		expect(
			(await axeViolations(page)).map((v) => formatViolation(v)),
			path,
		).toEqual([]);
	}
});

test('reports the JavaScript the indicators page loads', async ({ page }) => {
	const bodies = new Map<string, Buffer>();
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') bodies.set(new URL(response.url()).pathname, await response.body());
	});
	await page.goto('/indicators/');
	await drawAll(page);
	await page.waitForLoadState('networkidle');
	const measure = (paths: string[]) => {
		const files = paths.map((p) => bodies.get(p)!);
		return `${files.length} file(s), ${files.reduce((n, b) => n + b.length, 0)} B (${files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)} B gzip)`;
	};
	const charts = [...bodies.keys()].filter((p) => p.includes('draw-chart'));
	const withPage = [...bodies.keys()].filter((p) => !charts.includes(p));
	const line = `indicators page JavaScript: with the page ${measure(withPage)}; Chart.js chunk, once a chart is near ${measure(charts)}; total ${measure([...bodies.keys()])}`;
	console.log(line);
	test.info().annotations.push({ type: 'measurement', description: line });
	// One drawing chunk for all the charts of the page.
	expect(charts).toHaveLength(1);
});

test('a figure in the indicators table and on the home page lands on its sentence with its words marked, as a chart point does', async ({ page }) => {
	for (const [start, locate] of [
		[
			'/indicators/',
			() =>
				page
					.locator('section.indicator')
					.filter({ has: page.locator('#gdp-growth') })
					.locator('table a[href*="#p4"]')
					.first(),
		],
		['/', () => page.locator('main a[href*="?highlight="]').first()],
	] as const) {
		await page.goto(start);
		const link = locate();
		const href = (await link.getAttribute('href'))!;
		expect(href, `${start}: the link names the words to mark`).toMatch(/\?highlight=[^#]+#[a-z][a-z0-9-]*$/u);
		await link.click();
		const id = href.split('#')[1]!;
		await expect(page.locator(`article.report-text [id="${id}"]`)).toBeInViewport();
		const marked = decodeURIComponent(href.split('?highlight=')[1]!.split('#')[0]!);
		await expect
			.poll(() =>
				page.evaluate(() => {
					const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
					return highlight ? [...highlight].map((range) => range.toString().replace(/\s/gu, '')).join('') : '';
				}),
			)
			.toContain(marked);
	}
});
