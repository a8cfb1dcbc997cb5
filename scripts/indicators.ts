/**
 * npm run indicators: reads the targets and outcomes of every report from the page
 * entries (content/reports/) into content/indicators/indicators.json, which the site's
 * `indicators` collection loads (charts, tables, /data/indicators.json and .csv).
 *
 *   node scripts/indicators.ts           write the file (only if something changed)
 *   node scripts/indicators.ts --check   fail if the file is not what this would write
 *
 * A target figure that no indicator reads, two figures for one indicator, or an
 * expected indicator not found stops the run, naming the file and paragraph.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIndicators, INDICATORS_FILE, readPublicationPages } from './lib/indicators/generate.ts';
import { readManifest } from './lib/manifest.ts';
import type { PageBlocks } from './lib/indicators/blocks.ts';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

try {
	const started = performance.now();
	const manifest = await readManifest(root);
	const pages = new Map<string, PageBlocks[]>();
	for (const publication of manifest) pages.set(publication.id, await readPublicationPages(root, publication));
	const generated = generateIndicators(manifest, pages);

	for (const warning of generated.warnings) console.warn(`indicators: note: ${warning}`);
	if (generated.errors.length > 0) throw new Error(generated.errors.join('\n'));

	const target = fileURLToPath(new URL(INDICATORS_FILE, root));
	const current = await readFile(target, 'utf8').catch(() => undefined);
	if (check) {
		if (current !== generated.text) {
			console.error(`${INDICATORS_FILE} is not what scripts/indicators.ts writes; run npm run indicators.`);
			process.exit(1);
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
						actual: s.points.filter((p) => p.kind === 'actual').length,
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
} catch (error) {
	console.error(`indicators failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
