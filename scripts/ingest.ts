/**
 * npm run ingest: turns every publication in content/sources/ into the page entries
 * of content/reports/ that the site's content collections load.
 *
 *   node scripts/ingest.ts           write content/reports/ (only if something changed)
 *   node scripts/ingest.ts --check   fail if content/reports/ is not what ingest would write
 *
 * Any error in a source (encoding, structure, fidelity) stops the run with the file
 * and line at fault, before anything is written.
 */
import { runIngest } from './lib/run-ingest.ts';

try {
	await runIngest(new URL('../', import.meta.url), { check: process.argv.includes('--check') });
} catch (error) {
	console.error(`ingest failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
