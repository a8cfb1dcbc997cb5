import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_OUTPUTS, correctSource, makeProjectCopy, run, RUN_LEFTOVERS, snapshot, stackLines } from './project-runs.ts';

/**
 * A build that fails after the ingest (the words step refuses its stop-word list, the
 * indicators find two figures for one target) must leave the generated content as well as dist/
 * byte for byte as they were: page entries or published URLs written by a build that
 * never deployed would count URLs as published that no reader ever saw.
 */

const OUTPUTS = [...CONTENT_OUTPUTS, 'dist'];
const SOURCES = [
	'content/sources/2021-report-full.txt',
	'content/sources/2024-report-full.txt',
	'content/sources/manifest.yml',
	'content/corrections.yml',
	'content/words/stop-words.txt',
];
/** A paragraph of no figures, added after `after`: a new block id, which the ingest would add to the published URLs. */
const NEW_PARAGRAPH = '全区上下要坚定信心、真抓实干。';

let project: string;
let before: Record<string, string>;
const original = new Map<string, string>();

function addParagraphAfter(text: string, start: string): string {
	const at = text.indexOf('\n', text.indexOf(start));
	expect(text.indexOf(start), `the source has a line starting “${start}”`).toBeGreaterThanOrEqual(0);
	return `${text.slice(0, at)}\n${NEW_PARAGRAPH}${text.slice(at)}`;
}

beforeAll(async () => {
	project = await makeProjectCopy('failed-build-');
	const reference = await run(project, 'scripts/build.ts');
	expect(reference.status, reference.output).toBe(0);
	before = await snapshot(project, OUTPUTS);
	for (const source of SOURCES) original.set(source, readFileSync(join(project, source), 'utf8'));
});
afterEach(() => {
	for (const [source, text] of original) writeFileSync(join(project, source), text);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The change would rewrite the content: `ingest --check` names a page entry and the published URLs. */
async function expectContentToWrite(): Promise<void> {
	const check = await run(project, 'scripts/ingest.ts', ['--check']);
	expect(check.status, check.output).toBe(1);
	expect(check.stderr).toContain('content/published-urls.json');
	expect(check.stderr).toMatch(/^\s+\S*\d{4}-\w+\/\d\d-\S+\.md$/m);
}

async function expectFailedBuildChangedNothing(failedStep: string): Promise<void> {
	const result = await run(project, 'scripts/build.ts');
	expect(result.status, result.output).toBe(1);
	expect(await snapshot(project, OUTPUTS)).toEqual(before);
	for (const leftover of RUN_LEFTOVERS) expect(existsSync(join(project, leftover)), leftover).toBe(false);
	expect(result.stderr).toContain(`build: ${failedStep} failed; dist/ and content/ are unchanged.`);
	expect(stackLines(result.output), result.output).toEqual([]);
}

describe('a build that fails after the ingest', () => {
	it('leaves content/ and dist/ as they were when the words step refuses its stop-word list', async () => {
		correctSource(project, 'content/sources/2021-report-full.txt', (text) => addParagraphAfter(text, '2020年是极不平凡的一年'));
		// A stop word holding white space is refused, naming its line (scripts/lib/words/word-lists.ts).
		const stopWords = join(project, 'content/words/stop-words.txt');
		writeFileSync(stopWords, `${readFileSync(stopWords, 'utf8')}两个 词\n`);
		await expectContentToWrite();
		await expectFailedBuildChangedNothing('words');
	});

	it('leaves content/ and dist/ as they were when the indicators find two figures for one target', async () => {
		correctSource(project, 'content/sources/2024-report-full.txt', (text) => {
			expect(text).toContain('地区生产总值增长 6%以上；');
			return addParagraphAfter(text.replace('地区生产总值增长 6%以上；', '地区生产总值增长 6%以上；地区生产总值增长 7%以上；'), '全区经济社会发展的主要预期目标是');
		});
		await expectContentToWrite();
		await expectFailedBuildChangedNothing('indicators');
	});
});
