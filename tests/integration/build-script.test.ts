import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, linkPackages } from '../support/project-copy.ts';
import { runLeftovers } from './project-runs.ts';

/**
 * npm run build on a broken copy of the project: the check of the generated content
 * (scripts/build.ts) reads the sources as the ingest does, and a broken source must stop
 * the build with the problem named, exit non-zero, and leave the previous dist/ as it
 * was, with no build folder behind (tests/integration/failed-build.test.ts: stale content). (The search index holds any text, so report text no longer
 * stops it: tests/integration/search-any-text.test.ts.)
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = 'content/sources/2021-report-full.txt';
let project: string;

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'build-script-'));
	await copyProject(root, project);
	await linkPackages(join(root, 'node_modules'), project);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Replaces the source's bytes, recording their hash in the manifest as a deliberate change would. */
function replaceSource(bytes: Buffer): void {
	const original = readFileSync(join(root, SOURCE));
	writeFileSync(join(project, SOURCE), bytes);
	const manifest = 'content/sources/manifest.yml';
	const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
	writeFileSync(join(project, manifest), readFileSync(join(root, manifest), 'utf8').replace(hash(original), hash(bytes)));
}

function buildWithPreviousSite(): { status: number | null; stderr: string; output: string } {
	rmSync(join(project, 'dist'), { recursive: true, force: true });
	mkdirSync(join(project, 'dist'));
	writeFileSync(join(project, 'dist/previous-build.txt'), 'the site as it was');
	const result = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: project, encoding: 'utf8', timeout: 10 * 60_000 });
	return { status: result.status, stderr: result.stderr, output: result.stdout + result.stderr };
}

function expectPreviousSiteUntouched(): void {
	expect(readdirSync(join(project, 'dist'))).toEqual(['previous-build.txt']);
	expect(runLeftovers(project)).toEqual([]);
}

describe('scripts/build.ts on bad input', () => {
	it('stops on a source that is not UTF-8, naming the file and line', () => {
		const original = readFileSync(join(root, SOURCE));
		const thirdLine = original.indexOf('\n', original.indexOf('\n') + 1) + 1;
		replaceSource(Buffer.concat([original.subarray(0, thirdLine), Buffer.from([0xff]), original.subarray(thirdLine)]));
		const result = buildWithPreviousSite();
		expect(result.status, result.output).toBe(1);
		expect(result.stderr).toContain('build: ');
		expect(result.stderr).toMatch(new RegExp(`${SOURCE}:3\\b`));
		expectPreviousSiteUntouched();
	});
});
