import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPage, dist, publications } from '../support/built-site.ts';

/**
 * The data dictionary (/data/): every download is listed and linked, and every column of
 * the CSV and every field of the JSON is named there with its meaning, read from the built
 * files themselves, so that a field added to a download and not explained fails here.
 */
const page = builtPage('/data/');
const rows = selectAll('table.data-fields tbody tr', page).map((row) => selectAll('th, td', row).map((cell) => toString(cell).trim()));

describe('the data dictionary', () => {
	it('links every download: the indicator files and each source text', () => {
		const hrefs = selectAll('main a[href]', page).map((a) => String((a as Element).properties.href));
		expect(hrefs).toEqual(expect.arrayContaining(['/data/indicators.csv', '/data/indicators.json', ...publications.map((p) => `/sources/${p.file}`)]));
	});

	it('explains every column of the built CSV, by its Chinese name', () => {
		const header = readFileSync(`${dist}data/indicators.csv`, 'utf8').slice(1).split('\r\n')[0]!.split(',');
		expect(header.length).toBeGreaterThan(10);
		for (const column of header) {
			const row = rows.find((r) => r[0] === column);
			expect(row, column).toBeDefined();
			expect(row![2]!.length, column).toBeGreaterThan(6);
		}
	});

	it('names every field of the built JSON in Chinese, on the page or in the file’s own field list', () => {
		const data = JSON.parse(readFileSync(`${dist}data/indicators.json`, 'utf8')) as { fields: Record<string, string>; series: Record<string, unknown>[] };
		const explained = new Set(rows.map((r) => r[1]));
		const names = new Set(
			data.series.flatMap((s) => [...Object.keys(s).filter((k) => k !== 'points' && k !== 'order'), ...(s.points as Record<string, unknown>[]).flatMap((p) => Object.keys(p))]),
		);
		for (const name of names) {
			expect(data.fields[name], name).toMatch(/\p{Script=Han}/u);
			if (!name.endsWith('Label')) expect(explained.has(name), `${name} on /data/`).toBe(true);
		}
	});
});

describe('the data dictionary of the word downloads', () => {
	const fieldsOf = (file: string) =>
		new Map(selectAll(`table.word-fields[data-file="${file}"] tbody tr`, page).map((row) => selectAll('th, td', row).map((cell) => toString(cell).trim()) as [string, string]));
	const header = (file: string) => readFileSync(`${dist}data/${file}`, 'utf8').slice(1).split('\r\n')[0]!.split(',');

	it('links the word downloads', () => {
		const hrefs = selectAll('main a[href]', page).map((a) => String((a as Element).properties.href));
		expect(hrefs).toEqual(expect.arrayContaining(['/data/keyness.csv', '/data/keyness.json', '/data/words.csv']));
	});

	for (const file of ['keyness.csv', 'words.csv']) {
		it(`explains every column of the built ${file}, and no column it lacks`, () => {
			const fields = fieldsOf(file);
			const columns = header(file);
			expect(columns.length).toBeGreaterThan(8);
			for (const column of columns) expect(fields.get(column)?.length ?? 0, `${file}: ${column}`).toBeGreaterThan(6);
			expect([...fields.keys()].sort()).toEqual([...columns].sort());
		});
	}

	it('gives each significance column the critical value the words step used', () => {
		const { levels } = (JSON.parse(readFileSync(`${dist}data/keyness.json`, 'utf8')) as { rule: { levels: { p: string; critical: number }[] } }).rule;
		expect(levels.length).toBeGreaterThan(0);
		const fields = fieldsOf('keyness.csv');
		for (const level of levels) expect(fields.get(`达到p<${level.p}的词数`), level.p).toContain(String(level.critical));
	});
});
