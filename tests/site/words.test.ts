import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/search/fold.ts';
import { builtPage, dist } from '../support/built-site.ts';
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
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
		else field += c;
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
		expect(new Set(rows.map((r) => `${r[col('年份')]} ${r[col('版本')]}`)).size).toBe(5);
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
			if (!characters.has(key)) characters.set(key, blocks.reduce((n, b) => n + [...b.folded].length, 0));
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
			const url = new URL(row[col('检索')]!);
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

	it('is linked from every page’s header', () => {
		const home = builtPage('/');
		expect(selectAll('a', home).some((a) => a.properties.href === '/words/')).toBe(true);
	});
});
