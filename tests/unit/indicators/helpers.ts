import { readPageEntry, type PageEntryBlocks } from '../../../scripts/lib/content/page-entries.ts';
import { generateIndicators, type Generated } from '../../../scripts/lib/indicators/generate.ts';
import { ingestPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import type { IndicatorPoint, IndicatorSeries } from '../../../src/core/schemas/indicator.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { readRealSources, realCatalog } from '../../support/real-corpus.ts';

export { ROOT } from '../../support/real-corpus.ts';

export interface Corpus {
	manifest: Publication[];
	pages: Map<string, PageEntryBlocks[]>;
}

/**
 * The real publications ingested from their sources in memory, each page read back as
 * the indicator generator reads the entries: the tests do not depend on
 * content/publication-pages/ having been regenerated.
 */
let corpus: Promise<Corpus> | undefined;
export function realCorpus(): Promise<Corpus> {
	corpus ??= (async () => {
		const sources = await readRealSources();
		const manifest = sources.map((source) => source.publication);
		const pages = new Map<string, PageEntryBlocks[]>();
		for (const { publication, file, bytes } of sources) {
			const ingested = ingestPublication(publication, bytes, file, 'tests/unit/indicators');
			pages.set(
				publication.id,
				ingested.pages.map((page) => readPageEntry(page.markdown, `content/publication-pages/${page.path}`)),
			);
		}
		return { manifest, pages };
	})();
	return corpus;
}

let generated: Promise<Generated> | undefined;
export function realIndicators(): Promise<Generated> {
	generated ??= realCorpus().then(({ manifest, pages }) => generateIndicators(manifest, pages, realCatalog()));
	return generated;
}

export function seriesOf(result: Generated, id: string): IndicatorSeries {
	const found = result.series.find((s) => s.id === id);
	if (!found) throw new Error(`no series ${id}; series: ${result.series.map((s) => s.id).join(', ')}`);
	return found;
}

/** The one point of a series for a year and kind (and span, default one year). */
export function pointOf(result: Generated, id: string, year: number, kind: 'target' | 'outcome', span = 'year'): IndicatorPoint {
	const matches = seriesOf(result, id).points.filter((p) => p.year === year && p.kind === kind && p.span === span);
	if (matches.length !== 1) throw new Error(`${id} ${kind} ${year} ${span}: ${matches.length} points`);
	return matches[0]!;
}
