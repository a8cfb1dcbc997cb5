import { describe, expect, it } from 'vitest';
import { generateIndicators } from '../../../scripts/lib/indicators/generate.ts';
import { manifestSchema, type Publication } from '../../../src/core/schemas/publication.ts';
import { listedPublications } from '../../support/content-on-disk.ts';
import { realCatalog } from '../../support/real-corpus.ts';
import { realCorpus } from './helpers.ts';

/**
 * What a report must yield is content: each leading edition's manifest entry `expects`
 * indicators, and the generator holds it to them, naming the publication.
 */
describe('expectations from the manifest', () => {
	it('are what each entry of the manifest lists', async () => {
		const { manifest } = await realCorpus();
		const raw = listedPublications() as unknown as { id: string; expects?: { targets?: string[] } }[];
		expect(manifest.map((p) => p.expects?.targets ?? [])).toEqual(raw.map((p) => p.expects?.targets ?? []));
		expect(manifest.some((p) => (p.expects?.targets.length ?? 0) > 0)).toBe(true);
	});

	it('fail the run, naming the publication and the manifest, when an expected indicator is not read', async () => {
		const { manifest, pages } = await realCorpus();
		const changed = withExpects(manifest, '2021-full', (e) => ({ ...e, targets: [...e.targets, 'coal-output'] }));
		const { errors } = generateIndicators(changed, pages, realCatalog());
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^2021-full: no target for 2021 of .+ \(coal-output\) was read, which its entry in content\/sources\/manifest\.yml expects; /);
	});

	it('fail the run on an indicator the catalog does not define', async () => {
		const { manifest, pages } = await realCorpus();
		const changed = withExpects(manifest, '2024-full', (e) => ({ ...e, outcomes: [...e.outcomes, 'no-such-indicator'] }));
		expect(generateIndicators(changed, pages, realCatalog()).errors).toEqual([
			'content/sources/manifest.yml: 2024-full expects “no-such-indicator”, which content/indicators/catalog.yml does not define',
		]);
	});

	it('leave a leading edition without any to a note', async () => {
		const { manifest, pages } = await realCorpus();
		const { expects: _, ...bare } = manifest.find((p) => p.id === '2024-full')!;
		const { errors, warnings } = generateIndicators(
			manifest.map((p) => (p.id === '2024-full' ? bare : p)),
			pages,
			realCatalog(),
		);
		expect(errors).toEqual([]);
		expect(warnings).toContain('2024-full: no `expects` in content/sources/manifest.yml; nothing checks that its indicators were all found');
	});

	it('are refused by the schema with a misspelt key, on a secondary edition, or for a plan period the report does not review', async () => {
		const { manifest } = await realCorpus();
		const newspaper = { ...manifest.find((p) => p.id === '2024-newspaper')!, expects: { targets: ['gdp-growth'] } };
		const noPeriod = { ...manifest.find((p) => p.id === '2024-full')!, expects: { period: ['gdp'] } };
		const misspelt = { ...manifest.find((p) => p.id === '2021-full')!, expects: { target: ['gdp-growth'] } };
		const result = manifestSchema.safeParse([newspaper, noPeriod, misspelt]);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['2.expects', expect.stringMatching(/unrecognized key.*target/i)],
			['0.expects', "only a report's full text or summary is held to expectations, not its newspaper"],
			['1.expects.period', 'expects figures on a plan period, but reviews names no fiveYearPlan'],
		]);
	});
});

function withExpects(manifest: readonly Publication[], id: string, change: (e: NonNullable<Publication['expects']>) => NonNullable<Publication['expects']>): Publication[] {
	return manifest.map((p) => (p.id === id ? { ...p, expects: change(p.expects!) } : p));
}
