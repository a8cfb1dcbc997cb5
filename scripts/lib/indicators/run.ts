/**
 * The indicators step (npm run indicators, and the second step of npm run build): the
 * targets and outcomes of every report, from the page entries into
 * content/indicators/indicators.json. See scripts/indicators.ts for the command.
 */
import { readCatalog } from './catalog.ts';
import { generateIndicators, INDICATORS_FILE, readPublicationPages } from './generate.ts';
import { readManifest } from '../content/manifest.ts';
import type { PageEntryBlocks } from '../content/page-entries.ts';
import { writeOrCheck, type OutputStage } from '../content/write-or-check.ts';

export interface IndicatorsResult {
	/** The paths that differ from the live content: what the run's swap replaces. */
	changed: string[];
	/** What was read, for the closing line: `41 indicators, 120 points`. */
	summary: string;
}

/**
 * Stages the indicators file (written to `stage`, put in place by the caller's swap),
 * or with `check` fails if it is stale. The page entries are read from `pagesRoot`:
 * the project, or a build's staging, where the ingest has just written them. Throws on
 * any extraction error, before anything is written.
 */
export async function runIndicators(root: URL, options: { check?: boolean; stage?: OutputStage | undefined; pagesRoot?: URL } = {}): Promise<IndicatorsResult> {
	const { check = false, stage, pagesRoot = root } = options;
	const started = performance.now();
	const manifest = await readManifest(root);
	const pages = new Map<string, PageEntryBlocks[]>();
	for (const publication of manifest) pages.set(publication.id, await readPublicationPages(pagesRoot, publication));
	const generated = generateIndicators(manifest, pages, await readCatalog(root));

	for (const warning of generated.warnings) console.warn(`indicators: note: ${warning}`);
	if (generated.errors.length > 0) throw new Error(generated.errors.join('\n'));

	const changed = await writeOrCheck(root, [{ target: INDICATORS_FILE, text: generated.text }], { check, stage, command: 'npm run indicators' });
	if (check) {
		console.log(`${INDICATORS_FILE} is up to date.`);
	} else {
		console.table(
			Object.fromEntries(
				generated.series.map((s) => [
					s.name,
					{
						unit: s.unit ?? '（定性）',
						points: s.points.length,
						targets: s.points.filter((p) => p.kind === 'target').length,
						outcome: s.points.filter((p) => p.kind === 'outcome').length,
						repeats: s.points.reduce((n, p) => n + p.repeats.length, 0),
					},
				]),
			),
		);
	}
	const total = generated.series.reduce((n, s) => n + s.points.length, 0);
	return { changed, summary: `${generated.series.length} indicators, ${total} points in ${Math.round(performance.now() - started)} ms` };
}
