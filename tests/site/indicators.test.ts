import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/core/indicators/chart-spec.ts';
import { drawnKeys, pointKey } from '../support/chart-table.ts';
import { builtPage, dist } from '../support/built-site.ts';
import { markedLink } from '../../src/core/indicators/chart-spec.ts';

interface Point {
	year: number;
	period?: string;
	kind: string;
	inWorkPlan?: true;
	value: number | null;
	qualifier: string | null;
	quote: string;
	source: string;
	publication: string;
	repeats: { quote: string; source: string; value: number | null; unit?: string; agrees: boolean; publication: string }[];
}
interface Series {
	id: string;
	name: string;
	unit: string | null;
	points: Point[];
}

/**
 * The built indicator pages and downloads: every point of /data/indicators.json is
 * read from the paragraph it links to (its quote is there, verbatim, in the report
 * text, and its value is in its quote); the CSV holds the same points; each chart on
 * the indicators page draws what its table lists; Chart.js is not on any page's
 * initial scripts.
 */
const data = JSON.parse(readFileSync(`${dist}data/indicators.json`, 'utf8')) as { series: Series[] };
const points = data.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));

function paragraph(source: string): Element | undefined {
	const url = new URL(source, 'http://localhost/');
	const id = decodeURIComponent(url.hash.slice(1));
	// The block must be report text, not some other element that happens to share the id.
	return select(`article.report-text [id="${id}"]`, builtPage(url.pathname)) as Element | undefined;
}

describe('indicator points and their paragraphs', () => {
	it('were found', () => {
		expect(data.series.length).toBeGreaterThanOrEqual(11);
		expect(points.length).toBeGreaterThan(50);
	});

	it.each(points.map(({ series, point }) => [`${series.id} ${point.kind} ${point.year}: ${point.quote}`, point] as const))('%s', (_, point) => {
		for (const { quote, source, value } of [point, ...point.repeats]) {
			const block = paragraph(source);
			expect(block, `${source} is no block of report text`).toBeDefined();
			expect(toString(block!), source).toContain(quote);
			if (value !== null) expect(quote).toContain(String(value));
		}
	});
});

describe('indicator downloads', () => {
	it('the CSV is UTF-8 with a BOM and holds every point of the JSON', () => {
		const bytes = readFileSync(`${dist}data/indicators.csv`);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8').slice(1);
		const rows = text.split('\r\n').filter(Boolean);
		expect(rows.length - 1).toBe(points.length);
		for (const { point } of points) expect(text).toContain(point.source);
	});

	it('are linked from the indicators page', () => {
		const page = builtPage('/indicators/');
		const hrefs = selectAll('a[href]', page).map((a) => String(a.properties.href));
		expect(hrefs).toContain('/data/indicators.json');
		expect(hrefs).toContain('/data/indicators.csv');
	});
});

describe('the indicators page', () => {
	const page = builtPage('/indicators/');

	it.each(data.series.map((s) => [s.id, s] as const))('%s: its table lists every point, its chart draws every figure', (_, series) => {
		const section = select(`section:has(> [id="${series.id}"])`, page);
		expect(section, `no section for ${series.id}`).toBeDefined();
		const rows = selectAll('table tbody tr', section!);
		expect(rows).toHaveLength(series.points.length);
		// Each row links to its point's paragraph with the point's words, marked on arrival as a chart point's are.
		for (const point of series.points) {
			const link = selectAll('a[href]', section!).find((a) => markedLink(point.source, point.quote) === a.properties.href);
			expect(link, point.source).toBeDefined();
			expect(toString(link!)).toBe(point.quote);
		}
		// The yearly chart, and the plan periods' chart of their own where the series has period figures.
		const charts = selectAll('indicator-chart', section!);
		const chart = charts[0];
		const figures = series.points.filter((p) => p.value !== null);
		if (figures.length === 0) {
			expect(chart).toBeUndefined();
			return;
		}
		const specs = charts.map((c) => JSON.parse(String(c.properties.dataSpec)) as ChartSpec);
		expect(specs.filter((s) => s.kind === 'period').length).toBe(series.points.some((p) => p.period && p.value !== null) ? 1 : 0);
		const drawn = specs.flatMap(drawnKeys);
		const tabled = rows
			.filter((r) => r.properties.dataDrawn === 'true')
			.map((r) => {
				const [time, set, figure] = selectAll('th, td', r).slice(0, 3).map(toString);
				return pointKey(time!, set!, figure!);
			});
		expect(drawn.sort()).toEqual(tabled.sort());
		expect(drawn).toHaveLength(figures.length);
		// The canvas is an image named by its figures.
		charts.forEach((c, i) => {
			const canvas = select('canvas', c)!;
			expect(canvas.properties.role).toBe('img');
			for (const p of specs[i]!.datasets.flatMap((d) => d.points)) if (p) expect(String(canvas.properties.ariaLabel)).toContain(p.label);
		});
	});
});

describe('the series issue 20 found missing', () => {
	const series = (id: string) => data.series.find((s) => s.id === id)!;
	const page = builtPage('/indicators/');
	const rowsOf = (id: string) => selectAll('table tbody tr', select(`section:has(> [id="${id}"])`, page)!).map((r) => toString(r));

	it('are in /data/indicators.json, each point with its sentence', () => {
		// The points the five publications' sentences give: a shelf may hold more reports (the new-publication test adds one).
		const FIVE = new Set(['2021-full', '2024-full', '2024-newspaper', '2024-infographic', '2026-summary']);
		const summary = (id: string) =>
			series(id)
				.points.filter((p) => FIVE.has(p.publication))
				.map((p) => `${p.year}${p.period ?? ''} ${p.kind} ${p.value ?? p.qualifier} ${p.quote}`);
		expect(summary('new-energy-capacity')).toEqual(['2025十四五 outcome 1.7 新能源装机1.7亿千瓦']);
		expect(summary('new-energy-capacity-added')).toEqual([
			'2021 target 1000 新增新能源装机1000万千瓦',
			'2024 target 4000 新能源全产业链要力争完成投资 3000 亿元，新增装机规模 4000 万千瓦以上',
		]);
		expect(summary('power-capacity')).toContain('2020十三五 outcome 1.46 总装机达到1.46亿千瓦');
		expect(summary('poverty-exits')).toContain('2020十三五 outcome 80.2 80.2万贫困人口实现脱贫');
		expect(summary('poverty-counties-exited')).toEqual(['2020十三五 outcome 57 57个贫困旗县、3681个贫困嘎查村全部摘帽退出']);
		expect(summary('foreign-trade-growth')).toContain('2024 target 10 外贸规模突破 2100 亿元、增长 10% 以上');
		expect(summary('energy-consumption-control')).toEqual(['2020 outcome 未完成控制目标 能耗总量和能耗强度未完成控制目标']);
		expect(series('new-energy-capacity').unit).not.toBe(series('new-energy-capacity-added').unit);
	});

	it('show 实际使用外资 in 亿元 with the infographic’s 亿美元 beside it, saying the units differ, drawn once', () => {
		const [point] = series('foreign-investment-used').points;
		expect(series('foreign-investment-used').unit).toBe('亿元');
		expect(point!.repeats.find((r) => r.publication === '2024-infographic')).toMatchObject({ unit: '亿美元', agrees: false, quote: '实际使用外资55.8亿美元' });
		const [row] = rowsOf('foreign-investment-used');
		expect(row).toContain('单位不同，印作“实际使用外资55.8亿美元”（全文“实际使用外资 55.8 亿元”）');
		expect(row).toContain('两种单位不画在同一坐标上');
		const csv = readFileSync(`${dist}data/indicators.csv`, 'utf8');
		expect(csv).toContain('2024年报告图解（与全文单位不同：亿美元）');
		const section = select('section:has(> [id="foreign-investment-used"])', page)!;
		const drawn = selectAll('indicator-chart', section).flatMap((c) => drawnKeys(JSON.parse(String(c.properties.dataSpec)) as ChartSpec));
		expect(drawn).toHaveLength(1);
	});

	it('say where a target is the work plan’s, not among the 主要预期目标', () => {
		expect(rowsOf('new-energy-capacity-added').every((r) => r.includes('见于当年工作安排，不在主要预期目标之列'))).toBe(true);
		expect(rowsOf('gdp-growth').some((r) => r.includes('工作安排'))).toBe(false);
	});
});

describe('year pages', () => {
	it.each([2021, 2024, 2026])('%i: the report’s targets beside the year before’s outcomes', (year) => {
		const page = builtPage(`/${year}/`);
		const section = select('section.year-targets', page);
		expect(section).toBeDefined();
		expect(toString(select('h2', section!)!)).toBe(`${year}年主要预期目标与${year - 1}年实际`);
		// The 主要预期目标: a target the year's work plan states is not one of them.
		const targets = points.filter(({ point }) => point.kind === 'target' && point.year === year && !point.inWorkPlan);
		const links = selectAll('table a[href]', section!).map((a) => String(a.properties.href));
		// Each to its sentence, with the figure's words marked on arrival.
		for (const { point } of targets) expect(links).toContain(markedLink(point.source, point.quote));
	});
});

describe('chart scripts', () => {
	const scriptsOf = (path: string) => selectAll('script[src]', builtPage(path)).map((s) => readFileSync(`${dist}${String(s.properties.src).slice(1)}`, 'utf8'));

	it('load Chart.js only by a dynamic import, never with the page', () => {
		const scripts = scriptsOf('/indicators/');
		const loader = scripts.find((s) => s.includes('indicator-chart'));
		expect(loader, 'the chart loader script').toBeDefined();
		const chunk = /import\(`\.\/(draw-chart\.[\w-]+\.js)`\)/u.exec(loader!)?.[1] ?? /import\(["']\.\/(draw-chart\.[\w-]+\.js)["']\)/u.exec(loader!)?.[1];
		expect(chunk, 'a dynamic import of the drawing chunk').toBeDefined();
		// A hook name only Chart.js's core holds: in the chunk, in no script the page loads.
		expect(readFileSync(`${dist}_astro/${chunk}`, 'utf8')).toContain('beforeDatasetsDraw');
		for (const script of scripts) expect(script).not.toContain('beforeDatasetsDraw');
	});

	it('are not on pages without charts', () => {
		for (const path of ['/', '/2024/full/part-2/', '/2024/full/']) {
			expect(
				scriptsOf(path).some((s) => s.includes('indicator-chart')),
				path,
			).toBe(false);
		}
	});
});
