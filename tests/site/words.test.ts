import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { listedPublications } from '../support/content-on-disk.ts';
import { toString } from 'hast-util-to-string';
import { countSubject } from '../../src/client/words/subject-count.ts';
import { normalize } from '../../src/core/search/fold.ts';
import type { SubjectTexts } from '../../src/core/words/paths.ts';
import type { WordsData } from '../../src/core/words/words-data.ts';
import { builtPage, dist, root } from '../support/built-site.ts';
import { literalMatches, readCorpus } from '../support/search-corpus.ts';

/**
 * The word lists (issue 14) against the built site: every count in /data/words.csv must
 * be what a literal count over the built pages' blocks gives (the blocks the search
 * searches), so that a reader can reproduce each figure with the search.
 */
const corpus = await readCorpus(dist);

function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

const csvText = readFileSync(`${dist}data/words.csv`, 'utf8');
const [header, ...rows] = parseCsv(csvText.replace(/^\uFEFF/u, ''));
const col = (name: string) => header!.indexOf(name);
const EDITION: Record<string, string> = { 全文: 'full', 报纸版: 'newspaper', 图解: 'infographic', 摘编: 'summary' };

describe('/data/words.csv', () => {
	it('is UTF-8 with a byte order mark and Chinese headers, one row per listed word of each publication', () => {
		expect(csvText.startsWith('\uFEFF年份,出版物,版本,图片文字识别,排名,词,')).toBe(true);
		expect(rows.length).toBeGreaterThan(500);
		expect(new Set(rows.map((r) => `${r[col('年份')]} ${r[col('版本')]}`)).size).toBe(listedPublications().length);
	});

	it('gives every word the occurrences, paragraphs and characters a literal count over the built pages gives', () => {
		const mismatches: string[] = [];
		const characters = new Map<string, number>();
		for (const row of rows) {
			const year = row[col('年份')]!;
			const edition = EDITION[row[col('版本')]!]!;
			const word = row[col('词')]!;
			const blocks = corpus.filter((b) => b.year === year && b.edition === edition);
			const key = `${year}-${edition}`;
			if (!characters.has(key))
				characters.set(
					key,
					blocks.reduce((n, b) => n + [...b.folded].length, 0),
				);
			const term = normalize(word);
			// Counted apart from the code under test: split, which finds occurrences left to right without overlap.
			const occurrences = blocks.reduce((n, b) => n + b.folded.split(term).length - 1, 0);
			const paragraphs = literalMatches(blocks, word).size;
			const chars = characters.get(key)!;
			const expected = [occurrences, paragraphs, chars, Math.round((occurrences / chars) * 1_000_000) / 100].join(' ');
			const stated = [row[col('出现次数')], row[col('段落数')], row[col('出版物字数')], row[col('每万字出现次数')]].map(Number).join(' ');
			if (expected !== stated) mismatches.push(`${key} ${word}: ${stated} stated, ${expected} counted`);
		}
		expect(mismatches).toEqual([]);
	});

	it('links every word to its search in its publication', () => {
		for (const row of rows.slice(0, 50)) {
			// Root-relative unless the public address is set (SITE_URL): read against any origin.
			const url = new URL(row[col('检索')]!, 'https://site.invalid');
			expect(url.pathname).toBe('/search/');
			expect(url.searchParams.get('q')).toBe(row[col('词')]);
			expect(url.searchParams.get('year')).toBe(row[col('年份')]);
			expect(url.searchParams.get('edition')).toBe(EDITION[row[col('版本')]!]);
		}
	});
});

describe('/words/', () => {
	it('links each listed word to its literal search and to the subject page, and each rising or falling word to the subject page', () => {
		const page = builtPage('/words/');
		const searches = selectAll('.word-table tbody th a', page).map((a) => new URL(String(a.properties.href), 'http://x'));
		expect(searches.length).toBeGreaterThanOrEqual(60);
		for (const url of searches) {
			expect(url.pathname).toBe('/search/');
			expect(url.searchParams.get('q')).not.toBe('');
		}
		const subjects = selectAll('.change-table tbody th a', page).map((a) => new URL(String(a.properties.href), 'http://x'));
		expect(subjects.length).toBeGreaterThanOrEqual(20);
		for (const url of subjects) expect(url.pathname).toBe('/words/subject/');
	});

	it('ranks the rising and falling words by G², body against body: no word of an annex rises (牵头责任单位 stands only in 2024’s 附件1)', () => {
		const page = builtPage('/words/');
		const tables = selectAll('table.change-table', page);
		expect(tables.length).toBeGreaterThanOrEqual(4);
		for (const table of tables) {
			const g2s = selectAll('tbody tr', table).map((tr) => Number(toString(selectAll('td', tr)[3]!)));
			expect(g2s.length).toBeGreaterThan(0);
			expect(g2s).toEqual([...g2s].sort((x, y) => y - x));
		}
		const words = selectAll('table.change-table tbody th a', page).map((a) => toString(a));
		expect(words).not.toContain('牵头责任单位');
		expect(words).not.toContain('单位');
	});

	it('is linked from every page’s header', () => {
		const home = builtPage('/');
		expect(selectAll('a', home).some((a) => a.properties.href === '/words/')).toBe(true);
	});
});

const texts = JSON.parse(readFileSync(`${dist}data/words/texts.json`, 'utf8')) as SubjectTexts;
const words = JSON.parse(readFileSync(`${root}content/words/words.json`, 'utf8')) as WordsData;

describe('/data/words/texts.json (the subject page’s data)', () => {
	it('holds exactly the blocks of the built pages, each with its text', () => {
		const fromJson = texts.publications.flatMap((p) => p.pages.flatMap((page) => page.blocks.map(([id, text]) => `${page.path}#${id} ${text}`)));
		const fromPages = corpus.map((b) => `${b.url} ${b.text}`);
		expect(fromJson.sort()).toEqual(fromPages.sort());
	});

	it('gives, counted as the subject page counts, the figures of the word lists, and a literal count for any phrase', () => {
		for (const listed of words.publications) {
			for (const w of listed.words.slice(0, 30)) {
				const row = countSubject(texts, w.word).find((r) => r.id === listed.id)!;
				expect([row.occurrences, row.paragraphs, row.rate]).toEqual([w.occurrences, w.paragraphs, w.rate]);
			}
		}
		const phrase = '铸牢中华民族共同体意识';
		for (const row of countSubject(texts, phrase)) {
			const blocks = corpus.filter((b) => b.year === String(row.year) && b.edition === row.edition);
			expect(row.occurrences).toBe(blocks.reduce((n, b) => n + b.folded.split(phrase).length - 1, 0));
			expect(row.paragraphs).toBe(literalMatches(blocks, phrase).size);
		}
	});
});

describe('sections across the years', () => {
	it('are shown beside each section page of a report, with the score and shared words the data gives', () => {
		for (const path of ['/2021/full/part-3/', '/2024/full/part-2/']) {
			const aside = selectAll('.related-sections', builtPage(path));
			expect(aside.length).toBe(1);
			const scores = selectAll('.score', aside[0]!).map((node) => toString(node));
			const expected = words.pairings
				.filter((p) => words.sections[p.section]!.path === path)
				.flatMap((p) => p.matches.flatMap((m) => m.nearest.slice(0, 1).map((n) => `相似度 ${n.score.toFixed(2)}`)));
			expect(scores).toEqual(expected);
			// Fewer since the similarity threshold, but some, and none below it.
			expect(scores.length).toBeGreaterThan(0);
			for (const score of scores) expect(Number(score.replace('相似度 ', ''))).toBeGreaterThanOrEqual(words.rules.minSimilarity);
		}
	});

	it('are set year against year on /words/sections/, every section of each year once per other year', () => {
		const page = builtPage('/words/sections/');
		const rows = selectAll('.sections-table tbody tr', page);
		expect(rows.length).toBe(words.pairings.reduce((n, p) => n + p.matches.length, 0));
		// Three reports: each section against both other years.
		expect(rows.length).toBe(words.sections.length * (words.reports.length - 1));
	});
});

describe('the officialese stop-list', () => {
	it('keeps its words (content/words/officialese.txt) out of the frequency lists', () => {
		const officialese = readFileSync(`${root}content/words/officialese.txt`, 'utf8')
			.split('\n')
			.filter((l) => l.trim() !== '' && !l.startsWith('#'));
		expect(officialese).toContain('发展');
		expect(rows.filter((r) => officialese.includes(r[col('词')]!)).map((r) => r[col('词')])).toEqual([]);
	});
});

describe('/data/keyness.csv', () => {
	const keynessText = readFileSync(`${dist}data/keyness.csv`, 'utf8');
	const [kHeader, ...kRows] = parseCsv(keynessText.replace(/^\uFEFF/u, ''));
	const k = (name: string) => kHeader!.indexOf(name);
	const json = JSON.parse(readFileSync(`${dist}data/keyness.json`, 'utf8')) as { rule: WordsData['keynessRules']; reports: WordsData['keyness'] };

	it('lists one publication per year and at least 100 words each, every G² the one its counts give, with the level it reaches', () => {
		const perYear = new Map<string, string[][]>();
		for (const row of kRows) {
			const year = row[k('年份')]!;
			perYear.set(year, [...(perYear.get(year) ?? []), row]);
			const [a, b, c, d] = ['本报告分词次数', '其他报告分词次数', '本报告正文词数', '其他报告正文词数'].map((n) => Number(row[k(n)]));
			// Recomputed here, apart from src/core/words/keyness.ts.
			const e1 = (c! * (a! + b!)) / (c! + d!);
			const e2 = (d! * (a! + b!)) / (c! + d!);
			const g2 = 2 * (a! * Math.log(a! / e1) + (b! === 0 ? 0 : b! * Math.log(b! / e2)));
			expect(Number(row[k('G²')])).toBeCloseTo(g2, 1);
			expect(a! / c!).toBeGreaterThan(b! / d!);
			// One per thousand words, at least 3, at most 5.
			expect(Number(row[k('最低次数')])).toBe(Math.min(5, Math.max(3, Math.ceil(c! / 1000))));
			expect(a!).toBeGreaterThanOrEqual(Number(row[k('最低次数')]));
			const reached = [...json.rule.levels].reverse().find((l) => Number(row[k('G²')]) >= l.critical);
			expect(row[k('显著水平')]).toBe(reached ? `p<${reached.p}` : '不显著');
		}
		expect([...perYear.keys()].map(Number)).toEqual(json.reports.map((r) => r.year));
		for (const yearRows of perYear.values()) {
			expect(new Set(yearRows.map((r) => r[k('出版物')])).size).toBe(1);
			expect(yearRows.length).toBe(json.rule.listed);
			expect(json.rule.listed).toBeGreaterThanOrEqual(100);
			// Strongest first, and the per-level counts are those of the words listed (all reaching a level are listed).
			const g2s = yearRows.map((r) => Number(r[k('G²')]));
			expect(g2s).toEqual([...g2s].sort((x, y) => y - x));
			for (const level of json.rule.levels) expect(Number(yearRows[0]![k(`达到p<${level.p}的词数`)])).toBe(g2s.filter((g) => g >= level.critical).length);
			expect(yearRows.some((r) => r[k('显著水平')] === '不显著')).toBe(true);
		}
	});

	it('is shown on /words/, each word linking to its search', () => {
		const page = builtPage('/words/');
		const links = selectAll('table.keyness-table a[href^="/search/"]', page).map((a) => toString(a));
		expect(links).toEqual(kRows.map((r) => r[k('词')]));
		const levels = selectAll('table.keyness-table tbody tr', page).map((tr) => toString(selectAll('td', tr)[2]!));
		expect(levels).toEqual(kRows.map((r) => r[k('显著水平')]));
	});
});
