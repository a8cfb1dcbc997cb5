import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, indicatorsCsv, indicatorsJson } from '../../../src/site/indicators/downloads.ts';
import { realIndicators } from './helpers.ts';

/** /data/indicators.json and /data/indicators.csv. */
describe('indicator downloads', async () => {
	const { series } = await realIndicators();
	const site = new URL('https://nmg-reports.example');

	it('JSON: { series: [{ id, name, unit, points: [{ year, kind, value, qualifier, quote, source }] }] } with absolute sources', () => {
		const data = JSON.parse(indicatorsJson(series, site, 'note')) as {
			schemaVersion: number;
			series: { id: string; name: string; unit: string | null; points: Record<string, unknown>[] }[];
		};
		// Version 2 names a stated outcome `outcome` (version 1: `actual`).
		expect(data.schemaVersion).toBe(2);
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
	});

	it('CSV: UTF-8 with a BOM, a header, one row per point, CRLF', () => {
		const csv = indicatorsCsv(series, site);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines.length - 2).toBe(series.reduce((n, s) => n + s.points.length, 0));
		expect(lines).toContain('gdp-growth,地区生产总值增长,%,2020,,year,outcome,0.2,,地区生产总值增长0.2％,https://nmg-reports.example/2021/full/part-1/#s2,2021-full,');
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
