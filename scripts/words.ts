/**
 * npm run words: the word counts of every report and publication, the words rising and
 * falling between reports, and the nearest sections across the years, from the page
 * entries into content/words/words.json (README, "Words across the years").
 *
 *   node scripts/words.ts             write the file (only if something changed)
 *   node scripts/words.ts --check     fail if the file is not what this would write
 *   node scripts/words.ts --compare   the segmenters' agreement with the hand segmentation
 */
import { compareSegmenters, formatComparison } from './lib/words/compare-segmenters.ts';
import { readCorpus, userDictionary } from './lib/words/corpus.ts';

const root = new URL('../', import.meta.url);
try {
	if (process.argv.includes('--compare')) {
		const { words } = await userDictionary(root, await readCorpus(root));
		console.log(formatComparison(await compareSegmenters(root, words)));
	} else {
		const { runWords } = await import('./lib/words/run.ts');
		await runWords(root, { check: process.argv.includes('--check') });
	}
} catch (error) {
	console.error(`words failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
