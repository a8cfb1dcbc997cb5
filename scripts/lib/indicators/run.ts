/**
 * The indicators step (npm run indicators, and the second step of npm run build): the
 * targets and outcomes of every report, from the page entries into
 * content/indicators/indicators.json. See scripts/indicators.ts for the command.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIndicators, INDICATORS_FILE, readPublicationPages } from './generate.ts';
import { readManifest } from '../content/manifest.ts';
import type { PageEntryBlocks as PageEntryBlocks } from '../content/page-entries.ts';

/** Writes the indicators file (only if it changed), or with `check` fails if it is stale. Throws on any extraction error. */
export async function runIndicators(root: URL, options: { check?: boolean } = {}): Promise<void> {
	const { check = false } = options;
	const started = performance.now();
	const manifest = await readManifest(root);
	const pages = new Map<string, PageEntryBlocks[]>();
	for (const publication of manifest) pages.set(publication.id, await readPublicationPages(root, publication));
	const generated = generateIndicators(manifest, pages);

	for (const warning of generated.warnings) console.warn(`indicators: note: ${warning}`);
	if (generated.errors.length > 0) throw new Error(generated.errors.join('\n'));

	const target = fileURLToPath(new URL(INDICATORS_FILE, root));
	const current = await readFile(target, 'utf8').catch(() => undefined);
	if (check) {
		if (current !== generated.text) {
			throw new Error(`${INDICATORS_FILE} is not what scripts/indicators.ts writes; run npm run indicators.`);
		}
		console.log(`${INDICATORS_FILE} is up to date.`);
	} else {
		if (current !== generated.text) {
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, generated.text);
		}
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
		const total = generated.series.reduce((n, s) => n + s.points.length, 0);
		console.log(
			`indicators: ${generated.series.length} indicators, ${total} points; ` +
				`${current === generated.text ? `${INDICATORS_FILE} unchanged` : `${INDICATORS_FILE} written`} in ${Math.round(performance.now() - started)} ms`,
		);
	}
}
