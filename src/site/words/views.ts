import { subjectHref, wordSearchHref } from '../../core/words/paths.ts';
import { EDITION_LABEL } from '../../core/shelf.ts';
import type { Edition } from '../../core/schemas/publication.ts';
import type { SignificanceP } from '../../core/words/keyness.ts';
import type { ChangeList, PublicationWords, ReportChanges, ReportKeyness, Section, WordsData } from '../../core/words/words-data.ts';

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

/** A significance level as the tables show it; a G² that reaches none is said to be so. */
export function levelLabel(p: SignificanceP | null): string {
	return p === null ? '不显著' : `p<${p}`;
}

/** How many words reach each level, strictest first: “p<0.0001：2个，p<0.001：4个……”. */
export function reachingLabel(list: Pick<ChangeList, 'reaching'>): string {
	return [...list.reaching]
		.reverse()
		.map((r) => `${levelLabel(r.p)}（G²≥${r.critical}）${r.words}个`)
		.join('，');
}

const csvLevels = (data: WordsData) => data.keynessRules.levels.map((l) => `达到${levelLabel(l.p)}的词数`);

export function keynessCsvColumns(data: WordsData): string[] {
	return [
		'年份',
		'出版物',
		'排名',
		'词',
		'G²',
		'显著水平',
		'本报告分词次数',
		'其他报告分词次数',
		'本报告正文词数',
		'其他报告正文词数',
		'最低次数',
		'检验词数',
		...csvLevels(data),
		'检索',
	];
}

/**
 * /data/keyness.csv: every report's most over-used words, one row each, with the level
 * each reaches and, per report, how many words reach each level; UTF-8 with a BOM and
 * CRLF, for spreadsheets.
 */
export function keynessCsv(data: WordsData, site: URL | undefined): string {
	const lines = [keynessCsvColumns(data).join(',')];
	for (const k of data.keyness) {
		const p = data.publications.find((x) => x.id === k.publication);
		k.words.forEach((w, i) => {
			const search = new URL(wordSearchHref(w.word, p), site ?? 'http://localhost/');
			const href = site ? search.href : `${search.pathname}${search.search}`;
			const row = [
				k.year,
				p?.title ?? k.publication,
				i + 1,
				w.word,
				w.g2.toFixed(2),
				levelLabel(w.p),
				w.frequency,
				w.referenceFrequency,
				k.tokens,
				k.referenceTokens,
				k.minFrequency,
				k.tested,
			];
			lines.push([...row, ...k.reaching.map((r) => r.words), href].map(csvField).join(','));
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

/** A word table as /words/ shows it: a caption, its columns after the rank and the word, and per row the cells. */
export interface WordTableView {
	classes: string;
	caption: string;
	/** A second line under the caption (what the figures are, how many reach each level). */
	note?: string | undefined;
	wordColumn: string;
	columns: Array<{ label: string; numeric: boolean }>;
	rows: Array<{ word: string; href: string; cells: string[]; subject?: string }>;
	/** Whether each row links to the word across the years. */
	subjectColumn: boolean;
	/** What the page says instead of a table when no word is listed. */
	empty?: string;
}

/** A publication's most frequent words. */
export function frequencyTable(publication: PublicationWords, count: number): WordTableView {
	return {
		classes: 'word-table',
		caption: `${publicationLabel(publication)}：出现最多的${count}个词`,
		note: publication.recognised ? '图片文字识别文本' : undefined,
		wordColumn: '词（检索本版本）',
		columns: ['分词次数', '出现次数', '段落数', '每万字'].map((label) => ({ label, numeric: true })),
		rows: publication.words.slice(0, count).map((w) => ({
			word: w.word,
			href: wordSearchHref(w.word, publication),
			cells: [String(w.tokens), String(w.occurrences), String(w.paragraphs), w.rate.toFixed(2)],
			subject: subjectHref(w.word),
		})),
		subjectColumn: true,
	};
}

/** A report's most over-used words against the other reports, by G². */
export function keynessTable(keyness: ReportKeyness, publication: PublicationWords): WordTableView {
	return {
		classes: 'word-table keyness-table',
		caption: `${publicationLabel(publication)}：比其他年份用得多的前${keyness.words.length}个词（按 G²）`,
		note: `检验${keyness.tested}个词（至少${keyness.minFrequency}次），达到各水平的词数：${reachingLabel(keyness)}`,
		wordColumn: '词（检索本版本）',
		columns: [
			{ label: 'G²', numeric: true },
			{ label: '显著水平', numeric: false },
			{ label: '本报告', numeric: true },
			{ label: '其他报告', numeric: true },
		],
		rows: keyness.words.map((w) => ({
			word: w.word,
			href: wordSearchHref(w.word, publication),
			cells: [w.g2.toFixed(2), levelLabel(w.p), String(w.frequency), String(w.referenceFrequency)],
		})),
		subjectColumn: false,
	};
}

/** Per 10,000 words (tokens) of a body, to two decimals: how the two reports' counts compare, whatever their lengths. */
function per10kWords(n: number, tokens: number): string {
	return tokens === 0 ? '0.00' : ((n / tokens) * 10_000).toFixed(2);
}

/** The words rising (or falling) from one report to the next, by G². */
export function changeTable(changes: ReportChanges, direction: 'rising' | 'falling', count: number): WordTableView {
	const list = changes[direction];
	const { from, to } = changes;
	return {
		classes: 'change-table',
		caption: `${from.year}→${to.year}：${direction === 'rising' ? '上升' : '下降'}的前${Math.min(count, list.words.length)}个词（按 G²）`,
		// Two reports whose bodies use the tested words in the same proportions (a reprint, say) have none.
		empty: `${from.year}→${to.year}：没有${direction === 'rising' ? '上升' : '下降'}的词（检验的词在${to.year}年正文中所占的比例都不比${from.year}年${direction === 'rising' ? '高' : '低'}）。`,
		note: `检验${list.tested}个词（在${direction === 'rising' ? to.year : from.year}年至少${list.minFrequency}次），达到各水平的词数：${reachingLabel(list)}`,
		wordColumn: '词（各年）',
		columns: [
			{ label: `${from.year}年次数（每万词）`, numeric: true },
			{ label: `${to.year}年次数（每万词）`, numeric: true },
			{ label: 'G²', numeric: true },
			{ label: '显著水平', numeric: false },
		],
		rows: list.words.slice(0, count).map((w) => ({
			word: w.word,
			href: subjectHref(w.word),
			cells: [
				`${w.fromFrequency}（${per10kWords(w.fromFrequency, changes.fromTokens)}）`,
				`${w.toFrequency}（${per10kWords(w.toFrequency, changes.toTokens)}）`,
				w.g2.toFixed(2),
				levelLabel(w.p),
			],
		})),
		subjectColumn: false,
	};
}
