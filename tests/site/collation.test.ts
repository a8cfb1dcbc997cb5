import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtPage, fileOf, publications } from '../support/built-site.ts';

/** The collation pages, the markers of the reading pages and the indicators page's variants, as built. */

const years = [...new Set(publications.map((p) => p.year))];
const collated = years.flatMap((year) => {
	const own = publications.filter((p) => p.year === year);
	return own.some((p) => p.shape === 'full-text') ? own.filter((p) => p.shape !== 'full-text') : [];
});

describe('collation pages', () => {
	it('one section per publication with a full text on the report’s page', () => {
		for (const year of new Set(collated.map((p) => p.year))) {
			const page = builtPage(`/${year}/compare/`);
			for (const p of collated.filter((c) => c.year === year)) expect(select(`#pair-${p.edition}`, page)).toBeTruthy();
		}
		expect(collated.map((p) => p.id)).toEqual(expect.arrayContaining(['2024-newspaper', '2024-infographic']));
	});

	it('every entry names its readings by page and place, never by an id, and links each to its paragraph', () => {
		for (const p of collated) {
			const page = builtPage(`/${p.year}/compare/${p.edition}/`);
			const entries = selectAll('.collation-entry', page);
			expect(entries.length).toBeGreaterThan(0);
			for (const entry of entries) {
				const where = selectAll('.reading-where a', entry);
				expect(where).toHaveLength(2);
				for (const link of where) {
					expect(String(link.properties.href)).toMatch(/^\/\d{4}\/[a-z]+\/([a-z0-9-]+\/)?#[a-z][a-z0-9-]*$/);
					expect(toString(link)).not.toMatch(/(^|[\s：·])([pisgthn]\d+|top)(-|\s|$)/);
				}
			}
		}
	});

	it('states the rule of every class it uses, and files 55.8亿元 against 55.8亿美元 as a unit difference', () => {
		const page = builtPage('/2024/compare/infographic/');
		const rules = selectAll('.collation-method dt', page).map((dt) => toString(dt));
		expect(rules).toEqual(expect.arrayContaining(['数字', '单位', '措辞', '年份称法', '疑似识别错误', '缺漏', '多出', '标点']));
		const unit = selectAll('.differences li', page)
			.filter((li) => toString(select('.d-label', li)!) === '单位')
			.map((li) => toString(li));
		expect(unit.some((text) => text.includes('（无）') && text.includes('“美”'))).toBe(true);
		// A suspected recognition error says which rule suspects it.
		const suspected = selectAll('.differences li', page).filter((li) => toString(select('.d-label', li)!) === '疑似识别错误');
		expect(suspected.length).toBeGreaterThan(0);
		for (const li of suspected) expect(select('.suspect-reason', li), toString(li)).toBeTruthy();
		expect(suspected.map((li) => toString(li)).some((text) => text.includes('E0零') && text.includes('拉丁字母'))).toBe(true);
	});

	it('says where the newspaper print is cut, not only what is missing', () => {
		const cuts = selectAll('[aria-labelledby="print-cuts"] li', builtPage('/2024/compare/newspaper/')).map((li) => toString(li));
		expect(cuts.some((text) => text.includes('转入第五版'))).toBe(true);
		expect(cuts.some((text) => text.includes('上接第一版'))).toBe(true);
	});

	it('sets every edition’s reading of one place in one row: 铈, 铌, 钨', () => {
		const rows = selectAll('.place-readings tbody tr', builtPage('/2024/compare/'));
		const row = rows.find((tr) => selectAll('td', tr).some((td) => toString(td) === '铈、锂'))!;
		expect(row).toBeTruthy();
		const cells = selectAll('td', row).map((td) => toString(td));
		expect(cells[1]).toContain('铌、锂');
		expect(cells[2]).toContain('钨');
	});

	it('names the code points of 一 against — on the newspaper’s page', () => {
		expect(toString(builtPage('/2024/compare/newspaper/'))).toContain('一 U+4E00 ↔ — U+2014');
	});
});

describe('reading pages', () => {
	it('list the blocks another publication prints otherwise, each linked to its block and its entry', () => {
		for (const path of ['/2024/full/part-1/', '/2024/infographic/part-1/', '/2024/infographic/part-2/']) {
			const page = builtPage(path);
			const list = select('[data-variant-markers]', page)!;
			expect(list).toBeTruthy();
			const markers = JSON.parse(String(list.properties.dataVariantMarkers)) as { id: string; href: string }[];
			expect(markers.length).toBeGreaterThan(0);
			for (const m of markers) {
				expect(select(`article.report-text [id="${m.id}"]`, page)).toBeTruthy();
				expect(m.href).toMatch(/^\/2024\/compare\/(newspaper|infographic)\/#/);
				// The marker opens its own entry: one that links back to this very block.
				const [compare, entryId] = m.href.split('#') as [string, string];
				const entry = select(`[id="${entryId}"]`, builtPage(compare))!;
				expect(entry, m.href).toBeTruthy();
				const back = selectAll('.reading-where a', entry).map((a) => String(a.properties.href));
				expect(back, m.href).toContain(`${path}#${m.id}`);
			}
		}
	});

	it('keep the markers out of the report text', () => {
		const article = select('article.report-text', builtPage('/2024/infographic/part-1/'))!;
		expect(selectAll('.variant-marker, [data-variant-markers]', article)).toEqual([]);
	});
});

describe('text recognised from images', () => {
	it('marks every declared suspected recognition error on its reading page, the text as published', () => {
		const suspects = parse(readFileSync('content/recognition-suspects.yml', 'utf8')) as { publication: string; text: string }[];
		expect(suspects.length).toBeGreaterThan(0);
		const pages = ['/2024/infographic/part-1/', '/2024/infographic/part-2/', ...['part-1', 'part-2', 'part-3'].map((slug) => `/2026/summary/${slug}/`)].filter((path) =>
			existsSync(fileOf(path)),
		);
		const marked = pages.flatMap((path) =>
			selectAll('.recognition-note li', builtPage(path)).map((li) => {
				const id = String(select('a', li)!.properties.href).slice(1);
				expect(toString(select(`article.report-text [id="${id}"]`, builtPage(path))!)).toContain(toString(select('mark', li)!));
				return toString(select('mark', li)!);
			}),
		);
		expect(marked.sort()).toEqual(suspects.map((s) => s.text).sort());
	});
});

describe('indicators page', () => {
	it('shows what the infographic prints where the words of the 2024 unemployment target differ', () => {
		const rows = selectAll('#surveyed-unemployment-rate ~ * tr, section[aria-labelledby="surveyed-unemployment-rate"] tr', builtPage('/indicators/'));
		const variant = rows.flatMap((row) => selectAll('li.variant', row)).map((li) => toString(li));
		expect(variant.some((text) => text.includes('城镇调查失业率率控制在6%左右'))).toBe(true);
	});
});

describe('glossary terms', () => {
	const year = publications.filter((p) => p.year === 2024);
	const marked = year.flatMap((p) => {
		const pages = ['part-1', 'part-2', 'annex-1', 'annex-2'].map((slug) => `/${p.year}/${p.edition}/${slug}/`);
		return pages.flatMap((path) => {
			try {
				return selectAll('article.report-text a.term', builtPage(path));
			} catch {
				return [];
			}
		});
	});

	it('are marked in every publication of their report, each linked to a definition of the glossary', () => {
		expect(marked.length).toBeGreaterThan(0);
		const glossary = builtPage('/2024/full/annex-2/');
		for (const a of marked) {
			const [path, id] = String(a.properties.href).split('#');
			expect(path).toBe('/2024/full/annex-2/');
			expect(select(`[id="${id}"] dfn`, glossary)).toBeTruthy();
		}
	});

	it('the glossary lists as many occurrences as the pages mark', () => {
		const rows = selectAll('.glossary-occurrences tbody tr', builtPage('/2024/full/annex-2/'));
		const listed = rows.reduce((n, row) => n + Number(toString(select('td.value', row)!)), 0);
		expect(rows.length).toBe(selectAll('article.report-text dfn', builtPage('/2024/full/annex-2/')).length);
		expect(listed).toBe(marked.length);
	});
});

describe('livelihood projects', () => {
	const page = builtPage('/2024/full/annex-1/');
	const items = selectAll('article.report-text li[id^="n"]', page);
	const rows = selectAll('.livelihood-table tbody tr', page);

	it('one row per numbered item of the annex, each linked to its item, its lead agencies as printed there', () => {
		expect(items.length).toBe(33);
		expect(rows.length).toBe(items.length);
		rows.forEach((row, i) => {
			const link = select('a', row)!;
			expect(link.properties.href).toBe(`/2024/full/annex-1/#${items[i]!.properties.id}`);
			const cells = selectAll('td', row).map((td) => toString(td));
			const item = toString(items[i]!);
			expect(item).toContain(cells[2]!);
			for (const lead of cells[3]!.split('；')) expect(item).toContain(`：${lead}）`);
		});
	});

	it('CSV and JSON downloads hold the same 33 projects', async () => {
		const { readFileSync } = await import('node:fs');
		const { dist } = await import('../support/built-site.ts');
		const csv = readFileSync(`${dist}data/2024-livelihood-projects.csv`, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).split('\r\n')[0]).toBe('序号,分组,事项,牵头单位');
		expect(csv.trimEnd().split('\r\n')).toHaveLength(34);
		const json = JSON.parse(readFileSync(`${dist}data/2024-livelihood-projects.json`, 'utf8')) as { projects: { number: number }[] };
		expect(json.projects.map((p) => p.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
	});
});
