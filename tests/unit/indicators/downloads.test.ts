import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, indicatorsCsv, indicatorsJson, POINT_FIELDS, SERIES_FIELDS } from '../../../src/site/indicators/downloads.ts';
import { realIndicators } from './helpers.ts';

/** /data/indicators.json and /data/indicators.csv. */
describe('indicator downloads', async () => {
	const { series } = await realIndicators();
	const site = new URL('https://nmg-reports.example');

	it('JSON: { series: [{ id, name, unit, points: [{ year, kind, value, qualifier, quote, source }] }] } with absolute sources', () => {
		const data = JSON.parse(indicatorsJson(series, site)) as {
			schemaVersion: number;
			description: string;
			fields: Record<string, string>;
			series: { id: string; name: string; unit: string | null; points: Record<string, unknown>[] }[];
		};
		// Version 2 named a stated outcome `outcome` (version 1: `actual`); version 3 puts Chinese labels beside the codes.
		expect(data.schemaVersion).toBe(4);
		expect(new Set(data.series.flatMap((s) => s.points.map((p) => p.kind)))).toEqual(new Set(['target', 'outcome']));
		expect(data.series.map((s) => s.id)).toEqual(series.map((s) => s.id));
		for (const s of data.series) {
			for (const p of s.points) {
				expect(Object.keys(p)).toEqual(expect.arrayContaining(['year', 'kind', 'value', 'qualifier', 'quote', 'source']));
				expect(p.source).toMatch(/^https:\/\/nmg-reports\.example\/\d{4}\/[a-z]+\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/u);
			}
		}
		const gdp = data.series.find((s) => s.id === 'gdp-growth')!;
		expect(gdp.points.find((p) => p.year === 2024)).toMatchObject({ kind: 'target', value: 6, qualifier: '以上', source: 'https://nmg-reports.example/2024/full/part-2/#p4' });
		expect(gdp.points.find((p) => p.year === 2024)).toMatchObject({ kindLabel: '目标', spanLabel: '当年', publication: '2024-full', publicationLabel: '2024年报告全文' });
	});

	it('JSON: described in Chinese, naming no build script, with a Chinese name for every field', () => {
		const data = JSON.parse(indicatorsJson(series, site)) as {
			description: string;
			generated: string;
			fields: Record<string, string>;
			series: { points: Record<string, unknown>[] }[];
		};
		for (const words of [data.description, data.generated]) {
			expect(words).not.toMatch(/scripts\/|\.ts\b|[A-Za-z]{4,} [A-Za-z]{4,}/u);
			expect(words).toMatch(/\p{Script=Han}{6}/u);
		}
		const names = new Set(data.series.flatMap((s) => s.points.flatMap((p) => Object.keys(p))));
		for (const name of names) expect(data.fields[name], name).toMatch(/\p{Script=Han}/u);
		for (const name of ['id', 'name', 'unit']) expect(data.fields[name], name).toMatch(/\p{Script=Han}/u);
	});

	it('CSV: UTF-8 with a BOM, a header, one row per point, CRLF', () => {
		const csv = indicatorsCsv(series, site);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines[0]!.startsWith('指标编号,指标名称,单位,年份,规划期,口径,类别,数值,限定词,原文,出处链接,出处版本,其他版本')).toBe(true);
		expect(CSV_COLUMNS).toEqual([...SERIES_FIELDS, ...POINT_FIELDS].map((f) => f.label));
		expect(lines.length - 2).toBe(series.reduce((n, s) => n + s.points.length, 0));
		expect(lines).toContain('gdp-growth,地区生产总值增长,%,2020,,当年,实际,0.2,,地区生产总值增长0.2％,https://nmg-reports.example/2021/full/part-1/#s2,2021年报告全文,,');
		// No English word in the columns a reader reads (the series id and the URLs are codes and addresses).
		const rows = lines.slice(1, -1).map((line) => line.split(','));
		for (const column of [5, 6, 11]) for (const row of rows) expect(row[column], lines[0]!.split(',')[column]).toMatch(/^\p{Script=Han}|^\d{4}年/u);
		const repeatsColumn = CSV_COLUMNS.indexOf('其他版本');
		const repeats = rows.map((row) => row[repeatsColumn]!).filter(Boolean);
		expect(repeats.length).toBeGreaterThan(0);
		for (const r of repeats) expect(r).not.toMatch(/agrees|differs/);
	});

	it('quotes a CSV field that holds a comma, a quote or a line break, and only those', () => {
		expect(csvField('一般公共预算收入增加近1000亿元，稳步达到3000亿元以上')).toBe('一般公共预算收入增加近1000亿元，稳步达到3000亿元以上');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "x"')).toBe('"say ""x"""');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField(null)).toBe('');
		expect(csvField(0)).toBe('0');
	});
});
