import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { add_word, cut } from 'jieba-wasm';

/**
 * The segmenter of the word counts: jieba-wasm, jieba-rs compiled to WebAssembly
 * (chosen by its agreement with a hand segmentation of these reports: README, "Words
 * across the years"; `npm run words -- --compare`). Precise mode with the HMM for
 * words its dictionary lacks, as jieba's own default.
 *
 * jieba-wasm holds one dictionary per process: words added stay added. Hence one
 * segmenter per process, made once with the whole user dictionary.
 */
/** An installed package's version (read from its package.json: not every package exports it). */
export function packageVersion(name: string): string {
	for (let dir = dirname(createRequire(import.meta.url).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
		try {
			const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
			if (json.name === name && json.version) return json.version;
		} catch {
			// No package.json at this level: look further up.
		}
	}
	throw new Error(`no package.json found for ${name}`);
}

export const SEGMENTER = { name: 'jieba-wasm', version: packageVersion('jieba-wasm'), mode: 'cut(text, hmm = true)' } as const;

export type Segment = (text: string) => string[];

let made: readonly string[] | undefined;

/** The segmenter with the user dictionary added (each word kept whole: jieba's suggested frequency). */
export function jiebaWasm(dictionary: readonly string[] = []): Segment {
	if (made && made.join('\n') !== dictionary.join('\n')) throw new Error('jieba-wasm already holds another user dictionary in this process');
	if (!made) for (const word of dictionary) add_word(word);
	made = dictionary;
	return (text) => cut(text, true);
}

/**
 * Whether a segmented word is counted: two characters or more, one of them Chinese,
 * and not a stop word. Single characters (的, 和, 在 …) and figures are not words of
 * a word list; a figure is found by the search.
 */
export function isCountedWord(word: string, stopWords: ReadonlySet<string>): boolean {
	return [...word].length >= 2 && /\p{Script=Han}/u.test(word) && !stopWords.has(word);
}
