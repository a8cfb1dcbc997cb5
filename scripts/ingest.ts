/**
 * npm run ingest: turns every publication in content/sources/ into the page entries
 * of content/publication-pages/ that the site's content collections load, and adds any new page
 * or block id to content/published-urls.json.
 *
 *   node scripts/ingest.ts           write both (only what changed)
 *   node scripts/ingest.ts --check   fail if either is not what ingest would write
 *   node scripts/ingest.ts --outline <publication id>   print the tree read from its source, write nothing
 *
 * Any error in a source (encoding, structure, fidelity) stops the run with the file
 * and line at fault, before anything is written; so does a published URL that would
 * stop working without a redirect in content/redirects.yml. This command and
 * `npm run indicators` and `npm run words` are the only writers of content/'s
 * generated files; `npm run build` checks them.
 */
import { ContentWriter } from './lib/content/content-writer.ts';
import { readOutline } from './lib/ingest/outline.ts';
import { runIngest } from './lib/ingest/run.ts';

const root = new URL('../', import.meta.url);
const outline = process.argv.indexOf('--outline');
if (outline >= 0) {
	try {
		process.stdout.write(await readOutline(root, process.argv[outline + 1] ?? ''));
		process.exit(0);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
const check = process.argv.includes('--check');
try {
	const result = await runIngest(root, { check, stage: check ? undefined : new ContentWriter(root) });
	if (!check) console.log(`ingest: ${result.summary}; ${result.changed.length === 0 ? 'content/ unchanged' : `${result.changed.length} files written`}.`);
} catch (error) {
	console.error(`ingest: failed; nothing was written.\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
