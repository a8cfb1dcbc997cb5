import type { IndicatorSeries } from '../../core/schemas/indicator.ts';

/**
 * The indicator downloads: /data/indicators.json and /data/indicators.csv.
 *
 * JSON: { title, description, generated, series: [{ id, name, unit, points: [{ year,
 * period?, span, kind, value, qualifier, quote, source, publication, repeats }] }] },
 * the fields as src/core/schemas/indicator.ts documents them, with every `source` an absolute
 * URL (https://…/2024/full/part-2/#p4) so that a copied file still leads to its paragraph.
 *
 * CSV: one row per point, the same fields; UTF-8 with a byte order mark, which is what
 * spreadsheet programs need to show Chinese, and CRLF line ends (RFC 4180).
 */

/**
 * The version of the download's format. 2: the kind of a stated outcome is `outcome`
 * (it was `actual` in version 1). Raised whenever a field or value changes meaning.
 */
export const DOWNLOAD_SCHEMA_VERSION = 2;

export const DOWNLOAD_TITLE = '内蒙古自治区政府工作报告主要指标：目标与实际';
const DESCRIPTION =
	'Targets (主要预期目标) and outcomes the reports state, read from the report text. year: the year the figure is about ' +
	'(a target: the year planned; an outcome: the year reviewed; a five-year plan period: its last year, with period). ' +
	'span: year | period-end | period-average | period-total | period-peak. kind: target | outcome. value: the number as written in ' +
	'the unit, null for a statement in words. qualifier: 左右 以上 以下 突破 超过 近, or the key phrase of a statement in words. ' +
	'quote: the words of the report, verbatim. source: the paragraph. repeats: the same figure in the report’s other editions.';

function absolute(source: string, site: URL | undefined): string {
	return site ? new URL(source, site).href : source;
}

export function indicatorsJson(series: readonly IndicatorSeries[], site: URL | undefined, generated: string): string {
	const data = {
		schemaVersion: DOWNLOAD_SCHEMA_VERSION,
		title: DOWNLOAD_TITLE,
		description: DESCRIPTION,
		generated,
		series: [...series]
			.sort((a, b) => a.order - b.order)
			.map(({ id, name, unit, points }) => ({
				id,
				name,
				unit,
				// The points as stored, with every link made absolute for use outside the site.
				points: points.map((p) => ({
					...p,
					source: absolute(p.source, site),
					repeats: p.repeats.map((r) => ({ ...r, source: absolute(r.source, site) })),
				})),
			})),
	};
	return `${JSON.stringify(data, null, 2)}\n`;
}

export const CSV_COLUMNS = [
	'series_id',
	'series_name',
	'unit',
	'year',
	'period',
	'span',
	'kind',
	'value',
	'qualifier',
	'quote',
	'source',
	'publication',
	'repeats',
] as const;

/** A CSV field, quoted where it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function indicatorsCsv(series: readonly IndicatorSeries[], site: URL | undefined): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const s of [...series].sort((a, b) => a.order - b.order)) {
		for (const p of s.points) {
			const repeats = p.repeats.map((r) => `${r.publication} ${r.agrees ? 'agrees' : 'differs'} ${absolute(r.source, site)}`).join('; ');
			lines.push(
				[s.id, s.name, s.unit, p.year, p.period, p.span, p.kind, p.value, p.qualifier, p.quote, absolute(p.source, site), p.publication, repeats]
					.map(csvField)
					.join(','),
			);
		}
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
