import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentCheckKey, rememberChecked, wasChecked } from '../../../scripts/lib/content/checked-content.ts';

let dir: string;
let root: URL;
const INPUTS = ['content', 'scripts', 'package-lock.json'];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'checked-content-'));
	root = pathToFileURL(`${dir}/`);
	mkdirSync(join(dir, 'content/words'), { recursive: true });
	mkdirSync(join(dir, 'scripts/lib'), { recursive: true });
	writeFileSync(join(dir, 'content/words/words.json'), '{"words":[]}');
	writeFileSync(join(dir, 'scripts/lib/step.ts'), 'export const step = 1;');
	writeFileSync(join(dir, 'package-lock.json'), '{}');
	writeFileSync(join(dir, 'README.md'), '# a project');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the remembered content check', () => {
	it('keys the check by every file it reads, and by nothing else', async () => {
		const key = await contentCheckKey(root, INPUTS);
		expect(await contentCheckKey(root, INPUTS)).toBe(key);
		writeFileSync(join(dir, 'README.md'), '# the same project, described anew');
		expect(await contentCheckKey(root, INPUTS)).toBe(key);
		for (const [file, text] of [
			['content/words/words.json', '{"words":["手改"]}'],
			['scripts/lib/step.ts', 'export const step = 2;'],
			['package-lock.json', '{"lockfileVersion":3}'],
			['content/words/new.txt', '新'],
		] as const) {
			const before = await contentCheckKey(root, INPUTS);
			writeFileSync(join(dir, file), text);
			expect(await contentCheckKey(root, INPUTS), file).not.toBe(before);
		}
	});

	it('tells a key checked before from one never checked', async () => {
		const key = await contentCheckKey(root, INPUTS);
		expect(await wasChecked(root, key)).toBe(false);
		await rememberChecked(root, key);
		expect(await wasChecked(root, key)).toBe(true);
		writeFileSync(join(dir, 'content/words/words.json'), '{"words":["手改"]}');
		expect(await wasChecked(root, await contentCheckKey(root, INPUTS))).toBe(false);
	});
});
