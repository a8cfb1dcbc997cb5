import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCard, shareRendererVersion } from '../../../src/site/share/cache.ts';
import type { ShareCard } from '../../../src/site/share/card.ts';

const CARD: ShareCard = { path: '/2030/full/part-1/', title: '一份示例报告（全文）', part: '一、示例部分', excerpt: '这是为测试写的一句话。' };

let dir: string;
let drawn: ShareCard[];
const render = async (card: ShareCard) => {
	drawn.push(card);
	return new Uint8Array([drawn.length]);
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'share-cache-'));
	drawn = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the share-image cache', () => {
	it('draws a card once, then serves the kept image', async () => {
		const first = await cachedCard(CARD, { dir, version: 'v1', render });
		const second = await cachedCard({ ...CARD }, { dir, version: 'v1', render });
		expect(drawn).toHaveLength(1);
		expect([...second]).toEqual([...first]);
		expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(1);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	it('draws again when the card’s text or the renderer changes', async () => {
		await cachedCard(CARD, { dir, version: 'v1', render });
		await cachedCard({ ...CARD, excerpt: '另一句话。' }, { dir, version: 'v1', render });
		await cachedCard(CARD, { dir, version: 'v2', render });
		expect(drawn).toHaveLength(3);
	});

	it('takes the renderer’s version from its code and packages', () => {
		expect(shareRendererVersion()).toMatch(/^[0-9a-f]{64}$/);
	});
});
