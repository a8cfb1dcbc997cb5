import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateIndicators } from '../../../scripts/lib/indicators/generate.ts';
import { realCatalog } from '../../support/real-corpus.ts';
import { readPageEntry } from '../../../scripts/lib/content/page-entries.ts';
import { ingestPublication, type IngestedPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';
import {
	encipher,
	hanCharacters,
	permutation,
	reservedCharacters,
	syntheticCorpus,
	syntheticManifest,
	YEAR_STEP,
	type SourcePublication,
	type SyntheticPublication,
} from '../../../scripts/lib/bench/synthetic-corpus.ts';
import { manifestSchema } from '../../../src/core/schemas/publication.ts';
import { numberedLabel } from '../../../src/core/structure.ts';

const ROOT = new URL('../../../', import.meta.url);
const FACTOR = 3;

let real: SourcePublication[];
let reserved: Set<string>;
let corpus: SyntheticPublication[];
const ingested = new Map<string, IngestedPublication>();

beforeAll(async () => {
	const manifest = await readManifest(ROOT);
	real = await Promise.all(manifest.map(async (publication) => ({ publication, text: await readFile(new URL(`content/sources/${publication.file}`, ROOT), 'utf8') })));
	reserved = await reservedCharacters(fileURLToPath(ROOT));
	corpus = syntheticCorpus(real, FACTOR, reserved);
	for (const s of corpus) ingested.set(s.publication.id, ingestPublication(s.publication, s.bytes, s.publication.file, 'tests/unit/bench'));
});

describe('permutation and encipher', () => {
	it('maps an alphabet onto itself one to one, the same for the same seed, differently for another', () => {
		const alphabet = [...'春夏秋冬东南西北金木水火土'];
		const map = permutation(alphabet, 7);
		expect([...map.keys()].sort()).toEqual([...alphabet].sort());
		expect([...map.values()].sort()).toEqual([...alphabet].sort());
		expect(permutation(alphabet, 7)).toEqual(map);
		expect([...permutation(alphabet, 8).values()]).not.toEqual([...map.values()]);
		expect([...map].filter(([from, to]) => from !== to).length).toBeGreaterThan(alphabet.length / 2);
	});

	it('replaces only the characters the map names', () => {
		const map = new Map([
			['春', '秋'],
			['秋', '春'],
		]);
		expect(encipher('一、春天（一）2024年秋。', map)).toBe('一、秋天（一）2024年春。');
	});
});

describe('a synthetic corpus three times the real one', () => {
	it('holds every real publication once per copy, the first copy unchanged', () => {
		expect(corpus).toHaveLength(real.length * FACTOR);
		for (const [i, source] of real.entries()) {
			expect(corpus[i]!.publication).toEqual(source.publication);
			expect(corpus[i]!.text).toBe(source.text);
		}
	});

	it('dates each copy six years earlier, with unique ids and a valid manifest', () => {
		const ids = corpus.map((s) => s.publication.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [i, s] of corpus.entries()) {
			const copy = Math.floor(i / real.length);
			const original = real[i % real.length]!.publication;
			expect(s.publication.year).toBe(original.year - YEAR_STEP * copy);
			expect(s.publication.id).toBe(`${s.publication.year}-${original.edition}`);
			expect(s.publication.title).toContain(`${s.publication.year}年`);
		}
		const parsed = manifestSchema.safeParse(parse(syntheticManifest(corpus, FACTOR)));
		expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
	});

	it('keeps no year shared between copies: each copy is a report of its own years', () => {
		const yearsOfCopy = (copy: number) => new Set(corpus.slice(copy * real.length, (copy + 1) * real.length).map((s) => s.publication.year));
		for (let a = 0; a < FACTOR; a++) for (let b = a + 1; b < FACTOR; b++) expect([...yearsOfCopy(a)].filter((y) => yearsOfCopy(b).has(y))).toEqual([]);
	});

	it('varies the text: most Chinese characters of a copy differ from the original, and copies differ from each other', () => {
		for (const [i, source] of real.entries()) {
			const original = [...source.text];
			for (let copy = 1; copy < FACTOR; copy++) {
				const text = [...corpus[copy * real.length + i]!.text];
				expect(text).toHaveLength(original.length);
				const han = original.filter((c) => hanCharacters(c).size > 0).length;
				const changed = original.filter((c, k) => c !== text[k]).length;
				expect(changed / han).toBeGreaterThan(0.3);
			}
			expect(corpus[real.length + i]!.text).not.toBe(corpus[2 * real.length + i]!.text);
		}
	});

	it('keeps the characters the code reads structure by: numerals, 是, 附件, 各位代表, the newspaper markers', () => {
		for (const c of '一二三四五六七八九十是附件各位代表上下接转第版') expect(reserved.has(c), c).toBe(true);
		const lines = (text: string) => text.split('\n').map((l) => l.trim());
		for (const [i, source] of real.entries()) {
			const copy = lines(corpus[real.length + i]!.text);
			lines(source.text).forEach((line, n) => expect(numberedLabel(copy[n]!)?.label).toBe(numberedLabel(line)?.label));
		}
	});

	it('ingests through the real pipeline into the same structure, each copy with its own hash', () => {
		for (const [i, source] of real.entries()) {
			const original = ingested.get(source.publication.id)!;
			for (let copy = 1; copy < FACTOR; copy++) {
				const synthetic = ingested.get(corpus[copy * real.length + i]!.publication.id)!;
				expect(synthetic.counts).toEqual(original.counts);
				expect(synthetic.pages.map((p) => [p.data.slug, p.data.ids])).toEqual(original.pages.map((p) => [p.data.slug, p.data.ids]));
				expect(synthetic.pages.map((p) => p.markdown)).not.toEqual(original.pages.map((p) => p.markdown));
			}
		}
	});

	it('passes the indicator extraction: copies add no error and no figure, the real corpus keeps its own', () => {
		const pagesOf = (list: readonly SyntheticPublication[]) =>
			new Map(list.map((s) => [s.publication.id, ingested.get(s.publication.id)!.pages.map((p) => readPageEntry(p.markdown, `content/publication-pages/${p.path}`))] as const));
		const alone = generateIndicators(
			real.map((s) => s.publication),
			pagesOf(corpus.slice(0, real.length)),
			realCatalog(),
		);
		const all = generateIndicators(
			corpus.map((s) => s.publication),
			pagesOf(corpus),
			realCatalog(),
		);
		expect(all.errors).toEqual([]);
		expect(alone.series.length).toBeGreaterThan(0);
		expect(all.series).toEqual(alone.series);
	});
});
