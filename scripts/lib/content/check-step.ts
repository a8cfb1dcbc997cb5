/**
 * The build's content check, run by scripts/build.ts in a process of its own when nothing
 * it reads has a passed check (checked-content.ts): checks that content/'s generated files
 * are what `npm run ingest`, `npm run indicators` and `npm run words` would write (the
 * published-URL record among them), writing nothing there, and remembers a passed check.
 * Its own process, so that the three steps and the segmenter are not held in memory beside
 * Astro's build. Its argument is the key build.ts made of the files before the check.
 */
import { rememberChecked } from './checked-content.ts';
import { runIngest } from '../ingest/run.ts';
import { runIndicators } from '../indicators/run.ts';
import { runWords } from '../words/run.ts';

const root = new URL('../../../', import.meta.url);
const key = process.argv[2];
try {
	if (!key) throw new Error('the content check step is run by scripts/build.ts, with the key of the checked files');
	await runIngest(root, { check: true });
	await runIndicators(root, { check: true });
	await runWords(root, { check: true });
	await rememberChecked(root, key);
} catch (error) {
	console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
