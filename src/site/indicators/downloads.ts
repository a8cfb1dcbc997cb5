import type { IndicatorKind, IndicatorSeries, IndicatorSpan } from '../../core/schemas/indicator.ts';
import { publicationLabel, repeatAgreement } from '../../core/indicators/format.ts';

/**
 * The indicator downloads: /data/indicators.json and /data/indicators.csv, and the data
 * dictionary (/data/) that explains them, all from the field lists below, so that a file
 * and its description cannot disagree.
 *
 * JSON: { schemaVersion, title, description, generated, fields, series: [{ id, name, unit,
 * points: [{ year, period?, span, spanLabel, kind, kindLabel, value, qualifier, quote, source,
 * publication, publicationLabel, repeats: [{ …, publicationLabel }] }] }] }: the machine names
 * as src/core/schemas/indicator.ts documents them, each coded value with its Chinese label
 * beside it, `fields` naming every field in Chinese; every `source` an absolute URL
 * (https://…/2024/full/part-2/#p4) so that a copied file still leads to its paragraph.
 *
 * CSV: one row per point, Chinese column names and values (当年, 目标, 2024年报告全文), for a
 * reader who opens it in a spreadsheet; UTF-8 with a byte order mark, which is what
 * spreadsheet programs need to show Chinese, and CRLF line ends (RFC 4180).
 */

/**
 * The version of the download's format. 2: the kind of a stated outcome is `outcome`
 * (it was `actual` in version 1). 3: Chinese labels beside the coded values (spanLabel,
 * kindLabel, publicationLabel), a `fields` dictionary, and the CSV's columns and values in
 * Chinese. 4: `inWorkPlan` on a work-plan target, a repeat's `unit` where an edition prints
 * another unit, and the CSV's 工作安排中的目标 column. Raised whenever a field or value
 * changes meaning.
 */
export const DOWNLOAD_SCHEMA_VERSION = 4;

export const DOWNLOAD_TITLE = '内蒙古自治区政府工作报告主要指标：目标与实际';
const DESCRIPTION =
	'各年政府工作报告提出的主要预期目标和报告回顾的实际完成情况，逐字摘自报告原文，每个数字附原文和所在段落的链接。' + '各字段的中文名称与含义见 fields，以及网站的数据说明页。';
const GENERATED = '由报告原文读取，随网站一同生成。';

export const SPAN_LABEL: Record<IndicatorSpan, string> = {
	year: '当年',
	'period-end': '期末',
	'period-average': '年均',
	'period-total': '累计',
	'period-peak': '最高年份',
};

export const KIND_LABEL: Record<IndicatorKind, string> = { target: '目标', outcome: '实际' };

/** One field of a download: its machine name, its Chinese name (the CSV's column), what it holds. */
export interface DownloadField {
	name: string;
	label: string;
	meaning: string;
}

export const SERIES_FIELDS: readonly DownloadField[] = [
	{ name: 'id', label: '指标编号', meaning: '指标的固定编号（英文小写），各版本数据中不变，可用来对照不同时间下载的文件。' },
	{ name: 'name', label: '指标名称', meaning: '指标的名称，如“地区生产总值增长”。' },
	{ name: 'unit', label: '单位', meaning: '数值的单位，如“%”“亿元”；只以文字表述的指标为空。' },
];

export const POINT_FIELDS: readonly DownloadField[] = [
	{ name: 'year', label: '年份', meaning: '数字所指的年份：目标记在报告部署的年份，实际数记在报告回顾的年份；五年规划期的数字记在该时期的最后一年。' },
	{ name: 'period', label: '规划期', meaning: '五年规划期的数字所属的时期，如“十四五”；当年的数字为空。' },
	{ name: 'span', label: '口径', meaning: `数字的时间口径：${Object.values(SPAN_LABEL).join('、')}。JSON 中为编码（${Object.keys(SPAN_LABEL).join('、')}），spanLabel 为中文。` },
	{ name: 'kind', label: '类别', meaning: `目标（主要预期目标）或实际（报告回顾的完成情况）。JSON 中为编码（${Object.keys(KIND_LABEL).join('、')}），kindLabel 为中文。` },
	{ name: 'value', label: '数值', meaning: '原文写出的数字，单位见“单位”；只以文字表述的为空，不编造数字。' },
	{ name: 'qualifier', label: '限定词', meaning: '原文中数字旁的限定词（左右、以上、以下、突破、超过、近），或文字表述的关键词（同步、基本同步等）；确数为空。' },
	{ name: 'quote', label: '原文', meaning: '数字所在的报告原文，逐字照录。' },
	{ name: 'source', label: '出处链接', meaning: '原文所在段落的网址，打开即定位到该段。' },
	{ name: 'publication', label: '出处版本', meaning: '摘录所据的版本，如“2024年报告全文”（报告有全文时以全文为准）。JSON 中为编号（2024-full），publicationLabel 为中文。' },
	{
		name: 'repeats',
		label: '其他版本',
		meaning:
			'报纸版、图解等其他版本中的同一数字：版本、与全文一致或不同（某版本以另一单位印出时注明其单位，这样的数字不与全文的数字画在同一坐标上）、所在段落的网址；多个之间以分号分隔。',
	},
	{ name: 'inWorkPlan', label: '工作安排中的目标', meaning: '为 true（CSV 中为“是”）的目标见于报告当年的工作安排（如“力争……”），不在“主要预期目标”之列；其余为空。' },
];

export const FIELDS_BY_NAME: Record<string, string> = Object.fromEntries(
	[...SERIES_FIELDS, ...POINT_FIELDS]
		.map((f) => [f.name, f.label])
		.concat([
			['spanLabel', '口径（中文）'],
			['kindLabel', '类别（中文）'],
			['publicationLabel', '出处版本（中文）'],
			['agrees', '与全文一致'],
		]),
);

function absolute(source: string, site: URL | undefined): string {
	return site ? new URL(source, site).href : source;
}

export function indicatorsJson(series: readonly IndicatorSeries[], site: URL | undefined, generated = GENERATED): string {
	const data = {
		schemaVersion: DOWNLOAD_SCHEMA_VERSION,
		title: DOWNLOAD_TITLE,
		description: DESCRIPTION,
		generated,
		fields: FIELDS_BY_NAME,
		series: [...series]
			.sort((a, b) => a.order - b.order)
			.map(({ id, name, unit, points }) => ({
				id,
				name,
				unit,
				// The points as stored, each code with its Chinese label beside it, every link made absolute for use outside the site.
				points: points.map((p) => ({
					...p,
					spanLabel: SPAN_LABEL[p.span],
					kindLabel: KIND_LABEL[p.kind],
					source: absolute(p.source, site),
					publicationLabel: publicationLabel(p.publication),
					repeats: p.repeats.map((r) => ({ ...r, source: absolute(r.source, site), publicationLabel: publicationLabel(r.publication) })),
				})),
			})),
	};
	return `${JSON.stringify(data, null, 2)}\n`;
}

/** The CSV's columns: the series' fields, then the point's, by their Chinese names. */
export const CSV_COLUMNS: readonly string[] = [...SERIES_FIELDS, ...POINT_FIELDS].map((f) => f.label);

/** A CSV field, quoted where it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function indicatorsCsv(series: readonly IndicatorSeries[], site: URL | undefined): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const s of [...series].sort((a, b) => a.order - b.order)) {
		for (const p of s.points) {
			const repeats = p.repeats.map((r) => `${publicationLabel(r.publication)}（${repeatAgreement(r)}）：${absolute(r.source, site)}`).join('；');
			lines.push(
				[
					s.id,
					s.name,
					s.unit,
					p.year,
					p.period,
					SPAN_LABEL[p.span],
					KIND_LABEL[p.kind],
					p.value,
					p.qualifier,
					p.quote,
					absolute(p.source, site),
					publicationLabel(p.publication),
					repeats,
					p.inWorkPlan ? '是' : '',
				]
					.map(csvField)
					.join(','),
			);
		}
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
