import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollationBlock } from '../../../src/site/compare/blocks.ts';
import { cachedCollation, collationCodeVersion, type CollationInput } from '../../../src/site/compare/cache.ts';
import { collate, type Collation } from '../../../src/site/compare/collate.ts';
import { rules } from './helpers.ts';

const block = (id: string, text: string): CollationBlock => ({ id, path: '/2030/full/part-1/', page: '第一部分', place: `第一部分 · ${id}`, type: 'paragraph', text });
const INPUT: CollationInput = {
	full: [block('p1', '全年完成投资一百亿元，增长百分之五。')],
	other: [block('p1', '全年完成投资一百亿美元，增长百分之五。')],
	mode: 'whole',
	classify: {},
};

let dir: string;
let computed: number;
const compute = ({ full, other, mode, classify }: CollationInput): Collation => {
	computed++;
	return collate(full, other, mode, { ...classify, rules });
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'collation-cache-'));
	computed = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the collation cache', () => {
	it('collates an input once, then serves the kept collation, equal to a fresh one', async () => {
		const first = await cachedCollation(INPUT, compute, { dir, version: 'v1' });
		const second = await cachedCollation(structuredClone(INPUT), compute, { dir, version: 'v1' });
		expect(computed).toBe(1);
		expect(second).toEqual(first);
		expect(second).toEqual(collate(INPUT.full, INPUT.other, INPUT.mode, { ...INPUT.classify, rules }));
		expect(second.entries[0]!.status).not.toBe('identical');
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	it('collates again when a text, the options or the code changes', async () => {
		await cachedCollation(INPUT, compute, { dir, version: 'v1' });
		await cachedCollation({ ...INPUT, other: [block('p1', '全年完成投资一百亿元。')] }, compute, { dir, version: 'v1' });
		await cachedCollation({ ...INPUT, classify: { recognised: true } }, compute, { dir, version: 'v1' });
		await cachedCollation(INPUT, compute, { dir, version: 'v2' });
		expect(computed).toBe(4);
	});

	it('takes the collation’s version from its code, its rules and the diff library', () => {
		expect(collationCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
	});
});
