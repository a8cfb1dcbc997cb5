/**
 * npm run ingest: turns every publication in content/sources/ into the page entries
 * of content/publication-pages/ that the site's content collections load, and adds any new page
 * or block id to content/published-urls.json.
 *
 *   node scripts/ingest.ts           write both (only what changed)
 *   node scripts/ingest.ts --check   fail if either is not what ingest would write
 *
 * Any error in a source (encoding, structure, fidelity) stops the run with the file
 * and line at fault, before anything is written; so does a published URL that would
 * stop working without a redirect in content/redirects.yml.
 */
import { runIngest } from './lib/ingest/run.ts';

try {
	await runIngest(new URL('../', import.meta.url), { check: process.argv.includes('--check') });
} catch (error) {
	console.error(`ingest failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
