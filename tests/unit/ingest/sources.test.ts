import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';

const root = new URL('../../../', import.meta.url);
const manifest = await readManifest(root);

describe('the sources in content/sources/', () => {
	it('are the five publications the manifest lists', () => {
		expect(manifest.map((p) => p.id)).toEqual(['2021-full', '2024-full', '2024-newspaper', '2024-infographic', '2026-summary']);
	});

	it.each(manifest.map((p) => [p.file, p.sha256] as const))('%s has the SHA-256 the manifest records', (file, hash) => {
		expect(sha256(readFileSync(new URL(`content/sources/${file}`, root)))).toBe(hash);
	});
});
