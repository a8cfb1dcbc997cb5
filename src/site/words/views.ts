import { wordSearchHref } from '../../core/words/paths.ts';
import { EDITION_LABEL } from '../../core/shelf.ts';
import type { Edition } from '../../core/schemas/publication.ts';
import type { PublicationWords, Section, WordsData } from '../../core/words/words-data.ts';

export { wordSearchHref };

export function publicationLabel(p: { year: number; edition: string }): string {
	return `${p.year}年${EDITION_LABEL[p.edition as Edition] ?? p.edition}`;
}

/** The publication each report's figures stand on, in year order. */
export function reportPublications(data: WordsData): PublicationWords[] {
	return data.reports.map((r) => data.publications.find((p) => p.id === r.publication)!);
}

export function sectionHref(section: Section): string {
	return section.id === 'top' ? section.path : `${section.path}#${section.id}`;
}

/** The pairings of the sections on one page, in page order, for the related-sections block. */
export function pagePairings(data: WordsData, path: string) {
	return data.pairings
		.filter((p) => data.sections[p.section]!.path === path)
		.map((p) => ({
			section: data.sections[p.section]!,
			matches: p.matches.map((m) => ({ year: m.year, nearest: m.nearest.map((n) => ({ ...n, target: data.sections[n.section]! })) })),
		}));
}

/** A score as shown: two decimals. */
export function formatScore(score: number): string {
	return score.toFixed(2);
}

export const CSV_COLUMNS = ['年份', '出版物', '版本', '图片文字识别', '排名', '词', '分词次数', '出现次数', '段落数', '每万字出现次数', '出版物字数', '检索'] as const;

function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** /data/words.csv: every listed word of every publication, one row each; UTF-8 with a BOM and CRLF, for spreadsheets. */
export function wordsCsv(data: WordsData, site: URL | undefined): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const p of data.publications) {
		p.words.forEach((w, i) => {
			const search = new URL(wordSearchHref(w.word, p), site ?? 'http://localhost/');
			lines.push(
				[
					p.year,
					p.title,
					EDITION_LABEL[p.edition as Edition] ?? p.edition,
					p.recognised ? '是' : '否',
					i + 1,
					w.word,
					w.tokens,
					w.occurrences,
					w.paragraphs,
					w.rate,
					p.characters,
					site ? search.href : `${search.pathname}${search.search}`,
				]
					.map(csvField)
					.join(','),
			);
		});
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const KEYNESS_CSV_COLUMNS = ['年份', '出版物', '排名', '词', 'G²', '本报告分词次数', '其他报告分词次数', '本报告正文词数', '其他报告正文词数', '检索'] as const;

/** /data/keyness.csv: every report's key words, one row each; UTF-8 with a BOM and CRLF, for spreadsheets. */
export function keynessCsv(data: WordsData, site: URL | undefined): string {
	const lines = [KEYNESS_CSV_COLUMNS.join(',')];
	for (const k of data.keyness) {
		const p = data.publications.find((x) => x.id === k.publication);
		k.words.forEach((w, i) => {
			const search = new URL(wordSearchHref(w.word, p), site ?? 'http://localhost/');
			const href = site ? search.href : `${search.pathname}${search.search}`;
			lines.push([k.year, p?.title ?? k.publication, i + 1, w.word, w.g2, w.frequency, w.referenceFrequency, k.tokens, k.referenceTokens, href].map(csvField).join(','));
		});
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** /data/keyness.json: the key words with the rule they were drawn with. */
export function keynessJson(data: WordsData): string {
	return `${JSON.stringify({ rule: data.keynessRules, reports: data.keyness }, null, '\t')}\n`;
}

/** Year against year: every section of `from` with its nearest section of `to`, in the order of `from`. */
export function yearAgainstYear(data: WordsData, from: number, to: number) {
	return data.pairings
		.filter((p) => data.sections[p.section]!.year === from)
		.map((p) => {
			const best = p.matches.find((m) => m.year === to)?.nearest[0];
			return { section: data.sections[p.section]!, best: best ? { ...best, target: data.sections[best.section]! } : undefined };
		});
}

/** The pairs of report years the sections were set against (each year with its paired years), in year order. */
export function yearPairs(data: WordsData): Array<[number, number]> {
	const pairs = new Set<string>();
	for (const p of data.pairings) for (const m of p.matches) pairs.add(`${data.sections[p.section]!.year} ${m.year}`);
	return [...pairs].map((pair) => pair.split(' ').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
