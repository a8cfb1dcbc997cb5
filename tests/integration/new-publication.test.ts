import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseCount } from '../../src/core/numerals.ts';
import { listedPublications, listedYears, pageEntryFiles, slugOfEntryFile } from '../support/content-on-disk.ts';
import { copyProject, linkPackages } from '../support/project-copy.ts';
import { generateAndBuild } from './project-runs.ts';

/**
 * Adding a publication needs no code: a copy of the project gets a 2022 full text in the
 * usual form (the 2021 text with the years of its part headings moved on by one), its
 * manifest entry with a description and expectations of its own, and nothing else. The
 * build must take it in, and the project's own tests, run in the copy, must still pass:
 * none may hold a count of publications, pages or years.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
const NEW_ID = '2022-full';
const DESCRIPTION = '测试用全文：由2021年报告改写部分标题的年份而成，并非真实报告。';
let project: string;
let projectUrl: URL;

/** The 2021 text with each part heading's years one later (一、2020年及… → 一、2021年及…): a report of 2022 in the usual form. */
function reportOf2022(text2021: string): string {
	return text2021
		.split('\n')
		.map((line) => (/^[一二三四五六七八九十]+、/.test(line) ? line.replace(/(20(?:20|21))年/g, (_, year: string) => `${Number(year) + 1}年`) : line))
		.join('\n');
}

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'new-publication-'));
	projectUrl = pathToFileURL(`${project}/`);
	await copyProject(root, project);
	await linkPackages(join(root, 'node_modules'), project);
	const text = reportOf2022(readFileSync(join(root, 'content/sources/2021-report-full.txt'), 'utf8'));
	writeFileSync(join(project, 'content/sources/2022-report-full.txt'), text);
	appendFileSync(
		join(project, 'content/sources/manifest.yml'),
		[
			'',
			`- id: ${NEW_ID}`,
			'  file: 2022-report-full.txt',
			`  sha256: ${createHash('sha256').update(text).digest('hex')}`,
			'  year: 2022',
			'  edition: full',
			'  shape: full-text',
			'  title: 2022年内蒙古自治区政府工作报告（全文）',
			`  description: ${DESCRIPTION}`,
			"  delivered: '2022-01'",
			'  speaker: null',
			'  responsible: 内蒙古自治区人民政府',
			'  reviews: { years: [2021] }',
			'  plans: { years: [2022] }',
			'  expects:',
			'    targets: [gdp-growth, surveyed-unemployment-rate, consumer-price-rise, grain-output]',
			'    outcomes: [gdp-growth, new-urban-jobs, grain-output]',
			'',
		].join('\n'),
	);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const builtPage = (path: string) => fromHtml(readFileSync(join(project, 'dist', path, 'index.html'), 'utf8'));

describe('a publication added in content alone', () => {
	it('is built: its pages, its year page, the home page and the counts take it in', () => {
		expect(reportOf2022('一、2020年及“十三五”时期经济社会发展回顾\n2020年是')).toBe('一、2021年及“十三五”时期经济社会发展回顾\n2020年是');
		const started = performance.now();
		const result = generateAndBuild(project);
		const seconds = (performance.now() - started) / 1000;
		expect(result.status, result.output).toBe(0);
		console.info(`new-publication: build of the copy took ${seconds.toFixed(1)} s`);

		const years = listedYears(projectUrl);
		expect(years).toEqual([...listedYears(), 2022].sort((a, b) => b - a));

		const entries = pageEntryFiles(projectUrl).filter((file) => file.startsWith(`${NEW_ID}/`));
		expect(entries.length).toBeGreaterThan(1);
		for (const entry of entries) {
			const slug = slugOfEntryFile(entry);
			const path = slug === 'opening' ? '2022/full' : `2022/full/${slug}`;
			expect(existsSync(join(project, 'dist', path, 'index.html')), path).toBe(true);
		}

		const card = select('.card', builtPage('2022'));
		expect(toString(card!)).toContain('2022年内蒙古自治区政府工作报告（全文）');
		expect(toString(card!)).toContain(DESCRIPTION);
		expect(toString(select('.card', builtPage('2021'))!)).not.toContain(DESCRIPTION);

		const home = builtPage('');
		expect(selectAll('h2 a[href="/2022/"]', home)).toHaveLength(1);
		expect(selectAll('.card a[href="/2022/full/"]', home)).toHaveLength(1);
		expect(selectAll('.site-nav a[href="/2022/"]', home)).toHaveLength(1);
		expect(toString(select('.site-footer', home)!)).toContain(`${chineseCount(listedPublications(projectUrl).length)}种版本`);
		expect(toString(select('main h1 + p', builtPage('indicators'))!)).toMatch(new RegExp(`^\\s*${chineseCount(years.length)}份报告提出的主要预期目标（[^）]*2022年`));

		// Its expectations, given in the manifest, were held: the indicators it names were read from it.
		const indicators = JSON.parse(readFileSync(join(project, 'content/indicators/indicators.json'), 'utf8')) as {
			series: { id: string; points: { publication: string; kind: string; year: number }[] }[];
		};
		const gdp = indicators.series.find((s) => s.id === 'gdp-growth')!;
		expect(gdp.points.filter((p) => p.publication === NEW_ID).map((p) => [p.kind, p.year])).toEqual(
			expect.arrayContaining([
				['target', 2022],
				['outcome', 2021],
			]),
		);
	});

	it("passes the project's own tests that count the shelf, run in the copy against its build", () => {
		expect(existsSync(join(project, 'dist/2022/index.html')), 'the build above ran').toBe(true);
		// The copy's tests, with no trace of the Vitest run that starts them.
		const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST_|SITE_DIST$)/.test(key)));
		const files = [
			'tests/site',
			'tests/unit/ingest/sources.test.ts',
			'tests/unit/ingest/ids.test.ts',
			'tests/unit/site/shelf.test.ts',
			'tests/unit/indicators/charts.test.ts',
			'tests/unit/indicators/extract.test.ts',
			'tests/integration/ingest-cli.test.ts',
		];
		const started = performance.now();
		const result = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run', ...files], { cwd: project, env, encoding: 'utf8', timeout: 10 * 60_000 });
		const seconds = (performance.now() - started) / 1000;
		const output = (result.stdout + result.stderr).replace(new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, 'g'), '');
		expect(result.status, output).toBe(0);
		// Every file ran (a filter that matched nothing would also exit 0).
		expect(output).toMatch(/Test Files\s+\d+ passed/);
		for (const file of files.filter((f) => f.endsWith('.ts'))) expect(output, file).toContain(file);
		expect(output).toContain('tests/site/shelf-words.test.ts');
		console.info(`new-publication: the copy's site and counting tests took ${seconds.toFixed(1)} s`);
	});
});
