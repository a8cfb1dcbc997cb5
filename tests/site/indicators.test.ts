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
	value: number | null;
	qualifier: string | null;
	quote: string;
	source: string;
	repeats: { quote: string; source: string; value: number | null }[];
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

describe('year pages', () => {
	it.each([2021, 2024, 2026])('%i: the report’s targets beside the year before’s outcomes', (year) => {
		const page = builtPage(`/${year}/`);
		const section = select('section.year-targets', page);
		expect(section).toBeDefined();
		expect(toString(select('h2', section!)!)).toBe(`${year}年主要预期目标与${year - 1}年实际`);
		const targets = points.filter(({ point }) => point.kind === 'target' && point.year === year);
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
