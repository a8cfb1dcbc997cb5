import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';
import { listedPublications, sourceFiles } from '../../support/content-on-disk.ts';

const root = new URL('../../../', import.meta.url);
const manifest = await readManifest(root);

describe('the sources in content/sources/', () => {
	it('are the publications the manifest lists, each once, and no other', () => {
		expect(manifest.map((p) => p.id)).toEqual(listedPublications().map((p) => p.id));
		expect(manifest.map((p) => p.file).sort()).toEqual(sourceFiles());
	});

	it.each(manifest.map((p) => [p.file, p.sha256] as const))('%s has the SHA-256 the manifest records', (file, hash) => {
		expect(sha256(readFileSync(new URL(`content/sources/${file}`, root)))).toBe(hash);
	});
});
