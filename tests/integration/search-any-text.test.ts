import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/search/fold.ts';
import { copyProject, linkPackages } from '../support/project-copy.ts';
import { correctSource } from './project-runs.ts';
import { openSearchIndex, type SearchIndexProbe } from '../support/search-index-probe.ts';
import { generateAndBuild } from './project-runs.ts';

/**
 * Report text may hold any character: a copy of the project whose 2024 full-text source
 * holds a sentence with `Q4`, `AQI` and a CJK extension character (its manifest hash
 * updated as a maintainer would) builds, and Pagefind, asked through its API in
 * Chromium as the search page asks it, finds exactly that paragraph for each of them.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = 'content/sources/2024-report-full.txt';
const ANCHOR = '肉羊产业产值达到千亿级。';
const SENTENCE = '四季度（Q4）空气质量指数AQI持续改善，\u{20000}字入典。';

let project: string;
let build: { status: number | null; output: string };
let probe: SearchIndexProbe | undefined;

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'search-any-text-'));
	await copyProject(root, project);
	await linkPackages(join(root, 'node_modules'), project);
	// The published paragraph's wording changes: a declared correction, as a maintainer would make it.
	correctSource(project, SOURCE, (text) => {
		if (text.split(ANCHOR).length !== 2) throw new Error(`${SOURCE}: “${ANCHOR}” should occur once`);
		return text.replace(ANCHOR, ANCHOR + SENTENCE);
	});
	build = generateAndBuild(project);
	if (build.status === 0) probe = await openSearchIndex(join(project, 'dist'));
});
afterAll(async () => {
	await probe?.close();
	rmSync(project, { recursive: true, force: true });
});

describe('a build whose report text holds q, Q and a CJK extension character', () => {
	it('succeeds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('finds exactly the paragraph holding them, with its text as published', async () => {
		const terms = ['Q4', 'q4', 'AQI', '\u{20000}', '\u{20000}字', 'Q4）空气质量指数AQI', SENTENCE].map(normalize);
		const found = await probe!.search(terms);
		const urls = new Set<string>();
		for (const term of terms) {
			const records = found.get(term)!;
			expect(
				records.map((r) => r.url),
				term,
			).toHaveLength(1);
			expect(records[0]!.text).toContain(SENTENCE);
			urls.add(records[0]!.url);
		}
		expect(urls.size).toBe(1);
		const [url] = [...urls];
		expect(url).toMatch(/^\/2024\/full\/part-1\/#/);
		const html = readFileSync(join(project, 'dist/2024/full/part-1/index.html'), 'utf8');
		expect(html).toContain(`id="${url!.split('#')[1]}"`);
		expect(html).toContain('AQI持续改善，\u{20000}字入典。');
	});
});
