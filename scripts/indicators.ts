/**
 * npm run indicators: reads the targets and outcomes of every report from the page
 * entries (content/publication-pages/) into content/indicators/indicators.json, which the site's
 * `indicators` collection loads (charts, tables, /data/indicators.json and .csv).
 *
 *   node scripts/indicators.ts           write the file (only if something changed)
 *   node scripts/indicators.ts --check   fail if the file is not what this would write
 *
 * A target figure that no indicator reads, two figures for one indicator, or an
 * expected indicator not found stops the run, naming the file and paragraph.
 */
import { ContentWriter } from './lib/content/content-writer.ts';
import { runIndicators } from './lib/indicators/run.ts';
import { INDICATORS_FILE } from './lib/indicators/generate.ts';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
try {
	const result = await runIndicators(root, { check, stage: check ? undefined : new ContentWriter(root) });
	if (!check) console.log(`indicators: ${result.summary}; ${INDICATORS_FILE} ${result.changed.length === 0 ? 'unchanged' : 'written'}.`);
} catch (error) {
	console.error(`indicators: failed; ${INDICATORS_FILE} is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
