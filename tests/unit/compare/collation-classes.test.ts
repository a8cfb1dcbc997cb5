import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DifferenceClass } from '../../../src/site/compare/classify.ts';
import { collate, type Collation } from '../../../src/site/compare/collate.ts';
import { realBlocks, rules } from './helpers.ts';

interface ExpertPair {
	publication: string;
	page: string;
	block: string;
	full: string;
	other: string;
	class: DifferenceClass;
}

const pairs = parse(readFileSync(new URL('fixtures/expert-pairs.yml', import.meta.url), 'utf8')) as ExpertPair[];
const manifest = parse(readFileSync(new URL('../../../content/sources/manifest.yml', import.meta.url), 'utf8')) as {
	id: string;
	recognisedFromImages?: boolean;
	reviews: { years: number[] };
	plans: { years: number[] };
}[];

const full = realBlocks('2024-full');
const collations = new Map<string, Collation>(
	(['2024-newspaper', '2024-infographic'] as const).map((id) => {
		const entry = manifest.find((p) => p.id === id)!;
		const mode = id === '2024-infographic' ? 'excerpt' : 'whole';
		const options = { recognised: entry.recognisedFromImages === true, years: { reviews: entry.reviews.years, plans: entry.plans.years } };
		return [id, collate(full, realBlocks(id), mode, { ...options, rules })];
	}),
);

/** Every difference of the real collations, as the fixture list names them. */
const found = [...collations].flatMap(([publication, collation]) =>
	collation.entries.flatMap((entry) =>
		entry.diff.differences.map((d) => ({
			publication,
			page: entry.other.path.split('/')[2]!.replace(/\.md$/u, ''),
			block: entry.other.id,
			full: d.full,
			other: d.other,
			class: d.class,
		})),
	),
);
const key = (p: Omit<ExpertPair, 'class'>) => [p.publication, p.page, p.block, p.full, p.other].join(' | ');

describe('the collation classes against an expert’s reading of the 2024 publications', () => {
	it('holds at least 40 real pairs, among them every example of issue 20', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(40);
		const classOf = (full: string, other: string) => pairs.find((p) => p.full === full && p.other === other)?.class;
		expect(classOf('', '美')).toBe('unit');
		expect(classOf('、过去一', '2023')).toBe('year-name');
		expect(classOf('一年来，', '2023年,')).toBe('year-name');
		expect(classOf('条', '项')).toBe('unit');
		expect(classOf('宗', '家')).toBe('unit');
		expect(classOf('套', '')).toBe('unit');
		expect(classOf('晶硅', '硅晶')).toBe('order');
		expect(classOf('优', '迸')).toBe('recognition');
		expect(classOf('“折', '"拆')).toBe('recognition');
		expect(classOf('草', '茸')).toBe('recognition');
		expect(classOf('60条', 'E0零')).toBe('recognition');
		expect(classOf('', '鄂')).toBe('recognition');
	});

	it.each(pairs.map((p) => [key(p), p] as const))('%s', (_, pair) => {
		const difference = found.find((d) => key(d) === key(pair));
		expect(difference, 'the collation finds this difference').toBeDefined();
		expect(difference!.class).toBe(pair.class);
	});

	it('leaves no difference other than punctuation unread by the expert', () => {
		const listed = new Set(pairs.map(key));
		expect(found.filter((d) => d.class !== 'punctuation' && !listed.has(key(d))).map(key)).toEqual([]);
	});
});
