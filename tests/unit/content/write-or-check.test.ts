import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOrCheck, type GeneratedOutput, type OutputStage } from '../../../scripts/lib/content/write-or-check.ts';

let root: string;
const rootUrl = () => pathToFileURL(`${root}/`);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'write-or-check-'));
	mkdirSync(join(root, 'content/pages/a'), { recursive: true });
	writeFileSync(join(root, 'content/pages/a/1.md'), 'one');
	writeFileSync(join(root, 'content/pages/stale.md'), 'gone from the output');
	writeFileSync(join(root, 'content/list.json'), 'list');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A stage that records what it is given. */
function recordingStage() {
	const written: Record<string, string | string[]> = {};
	const marked: string[] = [];
	const stage: OutputStage = {
		writeFile: async (target, text) => void (written[target] = text),
		writeTree: async (target, files) => void (written[target] = [...files.keys()]),
		mark: (target) => void marked.push(target),
	};
	return { stage, written, marked };
}

const outputs = (pages: Record<string, string>, list: string): GeneratedOutput[] => [
	{ target: 'content/pages', files: new Map(Object.entries(pages)) },
	{ target: 'content/list.json', text: list },
];

describe('writeOrCheck', () => {
	it('with check, names every differing path: changed, added, stale', async () => {
		const run = writeOrCheck(rootUrl(), outputs({ 'a/1.md': 'ONE', 'b/2.md': 'two' }, 'list'), { check: true, command: 'npm run ingest' });
		await expect(run).rejects.toThrow(
			'content/pages/ or content/list.json is not what npm run ingest writes; run npm run ingest. Differing:\n  content/pages/a/1.md\n  content/pages/b/2.md\n  content/pages/stale.md',
		);
	});

	it('with check, passes on outputs that match', async () => {
		await expect(writeOrCheck(rootUrl(), outputs({ 'a/1.md': 'one', 'stale.md': 'gone from the output' }, 'list'), { check: true, command: 'x' })).resolves.toEqual([]);
	});

	it('stages every output whole, and marks for the swap only those that differ', async () => {
		const { stage, written, marked } = recordingStage();
		const changed = await writeOrCheck(rootUrl(), outputs({ 'a/1.md': 'one' }, 'a new list'), { check: false, stage, command: 'x' });
		expect(changed).toEqual(['content/pages/stale.md', 'content/list.json']);
		expect(written).toEqual({ 'content/pages': ['a/1.md'], 'content/list.json': 'a new list' });
		expect(marked).toEqual(['content/pages', 'content/list.json']);

		const again = recordingStage();
		await writeOrCheck(rootUrl(), outputs({ 'a/1.md': 'one', 'stale.md': 'gone from the output' }, 'a new list'), { check: false, stage: again.stage, command: 'x' });
		expect(again.marked).toEqual(['content/list.json']);
		expect(Object.keys(again.written)).toEqual(['content/pages', 'content/list.json']);
	});
});
