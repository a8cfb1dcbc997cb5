/**
 * node scripts/check-content.ts: fails, naming the command to run, if content/'s
 * generated files are not what `npm run ingest`, `npm run indicators` and
 * `npm run words` would write (the published-URL record among them). `npm run build`
 * runs it as a process of its own beside Astro, on the second core.
 */
import { runIndicators } from './lib/indicators/run.ts';
import { runIngest } from './lib/ingest/run.ts';
import { runWords } from './lib/words/run.ts';

const root = new URL('../', import.meta.url);
try {
	await runIngest(root, { check: true });
	await runIndicators(root, { check: true });
	await runWords(root, { check: true });
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	// Started by scripts/build.ts, the message goes to it, which reports it; run alone, it is printed.
	if (process.send) process.send({ message }, () => process.exit(1));
	else {
		console.error(message);
		process.exit(1);
	}
}
