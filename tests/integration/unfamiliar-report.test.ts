import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_OUTPUTS, makeProjectCopy, run, snapshot } from './project-runs.ts';

/**
 * A report the project has never seen, of a shape none of the five takes (its parts
 * headed by unnumbered lines, its 一、 lines sections inside them, an annex listing
 * projects with their lead agencies), added as README "Adding a report" says. Without a
 * declaration the ingest refuses it with file:line and the field that settles it, and
 * writes nothing; with `divisions` it reads right and the site builds. It is added as
 * the full text of 2026, a year that had only a summary: the full text becomes the
 * report's leading edition, and the summary is collated against it.
 * The text is the shape fixture tests/unit/ingest/fixtures/shapes/unnumbered-parts/,
 * sentences written for the tests, not a real report's.
 */

const FIXTURE = new URL('../unit/ingest/fixtures/shapes/unnumbered-parts/source.txt', import.meta.url);
const DIVISIONS = ['过去一年工作回顾', '2030年工作安排'];
let project: string;

const manifestPath = () => join(project, 'content/sources/manifest.yml');
const builtPage = (path: string) => fromHtml(readFileSync(join(project, 'dist', path, 'index.html'), 'utf8'));

function entry(sha256: string, declarations: string[]): string {
	return [
		'',
		'- id: 2026-full',
		'  file: 2026-report-full.txt',
		`  sha256: ${sha256}`,
		'  year: 2026',
		'  edition: full',
		'  shape: full-text',
		'  title: 测试用全文（示例省）',
		'  description: 测试用全文：为检验新形态报告而写的示例文本，并非真实报告。',
		"  delivered: '2026-01'",
		'  speaker: null',
		'  reviews: { years: [2025] }',
		'  plans: { years: [2026] }',
		...declarations,
		'',
	].join('\n');
}

beforeAll(async () => {
	project = await makeProjectCopy('unfamiliar-report-');
	const text = readFileSync(FIXTURE);
	writeFileSync(join(project, 'content/sources/2026-report-full.txt'), text);
	// The summary's expectations move to the report's new leading edition, as the indicators step asks.
	const manifest = readFileSync(manifestPath(), 'utf8');
	const summary = manifest.slice(manifest.indexOf('- id: 2026-summary'));
	const withoutExpects = summary.replace(/\n {2}expects:\n(?: {4}.*\n)+/, '\n');
	expect(withoutExpects, 'the 2026 summary holds an expects block to move').not.toBe(summary);
	writeFileSync(manifestPath(), manifest.replace(summary, withoutExpects) + entry(createHash('sha256').update(text).digest('hex'), []));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a report of an unfamiliar shape', () => {
	it('is refused without a declaration, naming the line and the field to declare, and nothing is written', async () => {
		const before = await snapshot(project, CONTENT_OUTPUTS);
		const result = await run(project, 'scripts/ingest.ts');
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toContain('content/sources/2026-report-full.txt:11: the line “过去一年工作回顾” reads as a heading');
		expect(result.output).toContain('under `divisions`');
		expect(await snapshot(project, CONTENT_OUTPUTS)).toEqual(before);
	});

	it('with its divisions declared, reads right: --outline shows the parts, sections one level below, the annex list', async () => {
		const manifest = readFileSync(manifestPath(), 'utf8');
		writeFileSync(
			manifestPath(),
			manifest.replace('  plans: { years: [2026] }\n', `  plans: { years: [2026] }\n  divisions: [${DIVISIONS.join(', ')}]\n  expects: { targets: [gdp-growth] }\n`),
		);
		const outline = await run(project, 'scripts/ingest.ts', ['--outline', '2026-full']);
		expect(outline.status, outline.output).toBe(0);
		expect(outline.stdout).toContain('part-1  L11\n  H1 L11  过去一年工作回顾\n');
		expect(outline.stdout).toContain('    H2 L27  一、推动产业升级\n      H3 L29  （一）培育新兴产业\n');
		expect(outline.stdout).toMatch(/annex-1 {2}L39\n.*\n.*\n {2}list ×2 /u);
	});

	it('builds: part pages open on their headings, no heading inside a paragraph, the annex with its project table, the summary collated against it', async () => {
		for (const script of ['scripts/ingest.ts', 'scripts/indicators.ts', 'scripts/words.ts', 'scripts/build.ts']) {
			const result = await run(project, script);
			expect(result.status, `${script}\n${result.output}`).toBe(0);
		}
		for (const [slug, heading] of DIVISIONS.entries()) {
			const page = builtPage(`2026/full/part-${slug + 1}`);
			expect(toString(select('main h1', page)!).trim()).toBe(heading);
			// The report's paragraphs (each numbered in the margin), not the page's own lines such as the printed header.
			for (const paragraph of selectAll('main p[data-paragraph]', page)) expect(toString(paragraph)).not.toContain(heading);
			expect(selectAll('main p[data-paragraph]', page).length).toBeGreaterThan(0);
		}
		const part2 = builtPage('2026/full/part-2');
		expect(selectAll('main h2', part2).map((h) => toString(h).trim())).toEqual(expect.arrayContaining(['一、推动产业升级', '二、保障和改善民生']));

		const annex = builtPage('2026/full/annex-1');
		expect(selectAll('main li', annex).length).toBeGreaterThanOrEqual(2);
		const table = select('main table', annex);
		expect(table, 'the annex page shows its project table').toBeDefined();
		expect(toString(table!)).toContain('省住房城乡建设厅');
		expect(readFileSync(join(project, 'dist/data/2026-livelihood-projects.csv'), 'utf8')).toContain('改造老旧小区五百个');

		const year = toString(select('main', builtPage('2026'))!);
		expect(year).toContain('测试用全文（示例省）');
		expect(existsSync(join(project, 'dist/2026/compare/summary/index.html')), 'the summary is collated against the new full text').toBe(true);

		const indicators = JSON.parse(readFileSync(join(project, 'content/indicators/indicators.json'), 'utf8')) as {
			series: { id: string; points: { publication: string; kind: string; year: number }[] }[];
		};
		const gdp = indicators.series.find((s) => s.id === 'gdp-growth')!;
		expect(gdp.points.filter((p) => p.kind === 'target' && p.year === 2026).map((p) => p.publication)).toEqual(['2026-full']);
	});
});
