/**
 * npm run words: the word counts of every report and publication, the words rising and
 * falling between reports, and the nearest sections across the years, from the page
 * entries into content/words/words.json (README, "Words across the years").
 *
 *   node scripts/words.ts             write the file (only if something changed)
 *   node scripts/words.ts --check     fail if the file is not what this would write
 *   node scripts/words.ts --compare   the segmenters' agreement with the hand segmentation, printed
 *                                     and written to content/words/segmenter-comparison.json
 */
import { writeFile } from 'node:fs/promises';
import { ContentWriter } from './lib/content/content-writer.ts';
import { compareSegmenters, comparisonData, formatComparison } from './lib/words/compare-segmenters.ts';
import { SEGMENTER_COMPARISON_FILE } from '../src/core/words/words-data.ts';
import { readCorpus, userDictionary } from './lib/words/corpus.ts';

const root = new URL('../', import.meta.url);
try {
	if (process.argv.includes('--compare')) {
		const { words } = await userDictionary(root, await readCorpus(root));
		const results = await compareSegmenters(root, words);
		console.log(formatComparison(results));
		await writeFile(new URL(SEGMENTER_COMPARISON_FILE, root), `${JSON.stringify(comparisonData(results), null, '\t')}\n`);
	} else {
		const check = process.argv.includes('--check');
		const { runWords } = await import('./lib/words/run.ts');
		const result = await runWords(root, { check, stage: check ? undefined : new ContentWriter(root) });
		if (!check) console.log(`words: ${result.summary}; ${result.changed.length === 0 ? 'unchanged' : 'written'}.`);
	}
} catch (error) {
	console.error(`words failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
