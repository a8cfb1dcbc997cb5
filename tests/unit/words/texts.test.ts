import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SegmenterComparison, WordsData } from '../../../src/core/words/words-data.ts';
import { fillText, parseWordsTexts, textValues, WORDS_TEXTS_FILE } from '../../../src/site/words/explanations.ts';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const data = JSON.parse(read('content/words/words.json')) as WordsData;
const comparison = JSON.parse(read('content/words/segmenter-comparison.json')) as SegmenterComparison;

describe('the word pages’ texts (content/words/texts.yml)', () => {
	it('name only figures the words data gives, each filled in', () => {
		const texts = parseWordsTexts(read(WORDS_TEXTS_FILE), textValues(data, comparison));
		const all = JSON.stringify(texts);
		expect(all).not.toMatch(/\{[A-Za-z]+\}/u);
		const keyness = texts.method.sections.find((s) => s.id === 'keyness')!;
		expect(JSON.stringify(keyness)).toContain(`G² ≥ ${data.keynessRules.threshold}`);
		for (const k of data.keyness) expect(JSON.stringify(keyness)).toContain(`${k.year}年正文${k.tokens}词，至少${k.minFrequency}次`);
	});

	it('stop at a figure that does not exist, naming the file and where it stands', () => {
		expect(() => fillText('G² ≥ {treshold}', { threshold: '15.13' }, 'index.keyness.0')).toThrow(/content\/words\/texts\.yml: index\.keyness\.0: unknown figure \{treshold\}/u);
		expect(() => parseWordsTexts('index:\n  title: 标题\n', {})).toThrow(/^content\/words\/texts\.yml:2: index\.description: /u);
	});

	it('keep explanatory text out of the word pages’ Astro files', () => {
		for (const file of [
			'src/pages/words/index.astro',
			'src/pages/words/method/index.astro',
			'src/pages/words/sections/index.astro',
			'src/pages/words/subject/index.astro',
			'src/components/words/RelatedSections.astro',
		]) {
			const markup = read(file).split('---').slice(2).join('---');
			// Chinese running text (a sentence with a full stop or comma) belongs in content/.
			expect(markup, file).not.toMatch(/\p{Script=Han}[^<>{}\n]*[。，][^<>{}\n]*\p{Script=Han}/u);
		}
	});
});
