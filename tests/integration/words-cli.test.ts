import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, linkPackages } from '../support/project-copy.ts';

/**
 * npm run words on a copy of the project (issue 14): a broken word list stops it with the
 * file and line named, exit 1, and content/words/words.json left as it was; --check fails
 * on a stale file.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const WORDS = 'content/words/words.json';
let project: string;

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'words-cli-'));
	await copyProject(root, project);
	await linkPackages(join(root, 'node_modules'), project);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function words(...args: string[]) {
	const result = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/words.ts', ...args], { cwd: project, encoding: 'utf8', timeout: 5 * 60_000 });
	return { status: result.status, output: result.stdout + result.stderr };
}

describe('scripts/words.ts', () => {
	it('passes --check on the committed data', () => {
		const result = words('--check');
		expect(result.status, result.output).toBe(0);
	});

	it('stops on a stop-word line with white space inside, naming file and line, writing nothing', () => {
		const file = join(project, 'content/words/stop-words.txt');
		const original = readFileSync(file, 'utf8');
		const before = readFileSync(join(project, WORDS), 'utf8');
		appendFileSync(file, '两个 词\n');
		const line = original.split('\n').length;
		const result = words();
		writeFileSync(file, original);
		expect(result.status, result.output).toBe(1);
		expect(result.output).toContain(`content/words/stop-words.txt:${line}: “两个 词” holds white space`);
		expect(readFileSync(join(project, WORDS), 'utf8')).toBe(before);
	});

	it('fails --check once a stop word changes what it would write', () => {
		const file = join(project, 'content/words/stop-words.txt');
		const original = readFileSync(file, 'utf8');
		appendFileSync(file, '发展\n');
		const result = words('--check');
		writeFileSync(file, original);
		expect(result.status, result.output).toBe(1);
		expect(result.output).toMatch(/content\/words\/words\.json is not what npm run words writes; run npm run words\. Differing:\n {2}content\/words\/words\.json/);
	});
});
