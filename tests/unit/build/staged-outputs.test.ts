import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverSwap, removeReplaced, REPLACED, STAGING, StagedOutputs, SWAP_JOURNAL } from '../../../scripts/lib/build/staged-outputs.ts';

let root: string;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'staged-outputs-'));
	write('dist/index.html', 'old site');
	write('dist/old-only.html', 'old page');
	write('content/published-urls.json', 'old urls');
	write('content/indicators/indicators.json', 'old indicators');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function stageNew(): Promise<StagedOutputs> {
	const staged = new StagedOutputs(root);
	await staged.writeTree('dist', new Map([['index.html', 'new site']]));
	await staged.writeFile('content/published-urls.json', 'new urls');
	await staged.writeFile('content/indicators/indicators.json', 'new indicators');
	return staged;
}

describe('the staged swap', () => {
	it('puts every marked output in place whole, and only those', async () => {
		const staged = await stageNew();
		staged.mark('dist');
		staged.mark('content/published-urls.json');
		expect(read('dist/index.html')).toBe('old site');
		staged.swapSync('a test');
		expect(read('dist/index.html')).toBe('new site');
		expect(existsSync(join(root, 'dist/old-only.html'))).toBe(false);
		expect(read('content/published-urls.json')).toBe('new urls');
		expect(read('content/indicators/indicators.json')).toBe('old indicators');
		expect(read(`${REPLACED}/dist/index.html`)).toBe('old site');
		expect(existsSync(join(root, SWAP_JOURNAL))).toBe(false);
		await removeReplaced(root);
		expect(existsSync(join(root, REPLACED))).toBe(false);
	});

	it('puts in place an output that did not exist before', async () => {
		rmSync(join(root, 'content/indicators'), { recursive: true });
		const staged = await stageNew();
		staged.mark('content/indicators/indicators.json');
		staged.swapSync('a test');
		expect(read('content/indicators/indicators.json')).toBe('new indicators');
	});
});

describe('recovering a swap that a killed run left', () => {
	/** A swap stopped after `moved` of its targets, and halfway through the next one (its live output moved away). */
	async function killedSwap(moved: number, halfway: boolean): Promise<string[]> {
		const staged = await stageNew();
		const targets = ['dist', 'content/published-urls.json', 'content/indicators/indicators.json'];
		writeFileSync(join(root, SWAP_JOURNAL), JSON.stringify({ by: 'npm run build (pid 1)', targets }));
		for (const [i, target] of targets.entries()) {
			if (i > moved) break;
			mkdirSync(join(root, REPLACED, target, '..'), { recursive: true });
			if (i < moved || halfway) renameSync(join(root, target), join(root, REPLACED, target));
			if (i < moved) renameSync(staged.path(target), join(root, target));
		}
		return targets;
	}

	for (const [moved, halfway] of [
		[0, false],
		[0, true],
		[1, false],
		[2, true],
		[3, false],
	] as const) {
		it(`finishes it: ${moved} outputs moved${halfway ? ', the next halfway' : ''}`, async () => {
			await killedSwap(moved, halfway);
			const line = await recoverSwap(root);
			expect(line).toBe(
				'finished the swap that npm run build (pid 1) had begun when it was stopped: dist, content/published-urls.json, content/indicators/indicators.json now hold its output',
			);
			expect(read('dist/index.html')).toBe('new site');
			expect(existsSync(join(root, 'dist/old-only.html'))).toBe(false);
			expect(read('content/published-urls.json')).toBe('new urls');
			expect(read('content/indicators/indicators.json')).toBe('new indicators');
			for (const leftover of [STAGING, REPLACED, SWAP_JOURNAL]) expect(existsSync(join(root, leftover)), leftover).toBe(false);
		});
	}

	it('removes the staging of a run stopped before its swap, the outputs untouched', async () => {
		await stageNew();
		expect(await recoverSwap(root)).toBeUndefined();
		expect(read('dist/index.html')).toBe('old site');
		expect(read('content/published-urls.json')).toBe('old urls');
		expect(existsSync(join(root, STAGING))).toBe(false);
	});
});
