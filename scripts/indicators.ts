/**
 * npm run indicators: reads the targets and outcomes of every report from the page
 * entries (content/publication-pages/) into content/indicators/indicators.json, which the site's
 * `indicators` collection loads (charts, tables, /data/indicators.json and .csv).
 *
 *   node scripts/indicators.ts           write the file (only if something changed)
 *   node scripts/indicators.ts --check   fail if the file is not what this would write
 *
 * A target figure that no indicator reads, two figures for one indicator, or an
 * expected indicator not found stops the run, naming the file and paragraph. The file is
 * staged and swapped in at the end (scripts/lib/build/output-run.ts), under the lock
 * that keeps a build or an ingest from writing at the same time.
 */
import { fileURLToPath } from 'node:url';
import { startOutputRun, type OutputRun } from './lib/build/output-run.ts';
import { runIndicators, type IndicatorsResult } from './lib/indicators/run.ts';
import { INDICATORS_FILE } from './lib/indicators/generate.ts';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const run: OutputRun = await startOutputRun(fileURLToPath(root), { label: 'indicators', command: 'npm run indicators', outputs: `${INDICATORS_FILE} is` });
let result: IndicatorsResult;
try {
	result = await runIndicators(root, { check, stage: run.staged });
} catch (error) {
	run.fail(`failed; ${INDICATORS_FILE} is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
}
if (!check) {
	await run.commit();
	console.log(`indicators: ${result.summary}; ${INDICATORS_FILE} ${result.changed.length === 0 ? 'unchanged' : 'written'}.`);
}
