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
import { fileURLToPath } from 'node:url';
import { startOutputRun } from './lib/build/output-run.ts';
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
		// Staged and swapped in at the end, under the lock that keeps a build or an ingest from writing at the same time.
		const check = process.argv.includes('--check');
		const { runWords } = await import('./lib/words/run.ts');
		const { WORDS_FILE } = await import('../src/core/words/words-data.ts');
		const run = await startOutputRun(fileURLToPath(root), { label: 'words', command: 'npm run words', outputs: `${WORDS_FILE} is` });
		let result!: Awaited<ReturnType<typeof runWords>>;
		try {
			result = await runWords(root, { check, stage: run.staged });
		} catch (error) {
			run.fail(`failed; ${WORDS_FILE} is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
		}
		if (!check) {
			await run.commit();
			console.log(`words: ${result.summary}; ${result.changed.length === 0 ? 'unchanged' : 'written'}.`);
		}
	}
} catch (error) {
	console.error(`words failed:\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
