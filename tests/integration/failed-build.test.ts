import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_OUTPUTS, correctSource, makeProjectCopy, run, runLeftovers, snapshot, stackLines } from './project-runs.ts';

/**
 * `npm run build` writes only its output folder: on generated content that is not what
 * `npm run ingest` or `npm run indicators` would write, it stops at its start with one
 * line naming the command to run, and leaves content/ and dist/ byte for byte as they
 * were. A build that wrote page entries or published URLs would count URLs as published
 * that no reader ever saw.
 */

const OUTPUTS = [...CONTENT_OUTPUTS, 'dist'];
const SOURCES = ['content/sources/2021-report-full.txt', 'content/sources/manifest.yml', 'content/corrections.yml', 'content/indicators/indicators.json'];
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

async function expectRefusedBuild(command: string): Promise<void> {
	const edited = await snapshot(project, OUTPUTS);
	const result = await run(project, 'scripts/build.ts');
	expect(result.status, result.output).toBe(1);
	expect(await snapshot(project, OUTPUTS)).toEqual(edited);
	expect(part(edited, 'dist/')).toEqual(part(before, 'dist/'));
	expect(runLeftovers(project)).toEqual([]);
	// The build's own line (the steps it checks may print notes before it).
	const line = result.stderr.split('\n').find((l) => l.startsWith('build: '));
	expect(line, result.output).toMatch(new RegExp(`^build: .* is not what ${command} writes; run ${command}\\.`));
	expect(stackLines(result.output), result.output).toEqual([]);
}

function part(files: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(prefix)));
}

describe('a build on generated content that is not current', () => {
	it('names npm run ingest when a source changed after the last ingest', async () => {
		correctSource(project, 'content/sources/2021-report-full.txt', (text) => addParagraphAfter(text, '2020年是极不平凡的一年'));
		await expectRefusedBuild('npm run ingest');
	});

	it('names npm run indicators when the indicators file was edited by hand', async () => {
		const file = join(project, 'content/indicators/indicators.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\n'));
		await expectRefusedBuild('npm run indicators');
	});
});
