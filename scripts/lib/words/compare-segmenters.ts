import { readFile } from 'node:fs/promises';
import type { SegmenterComparison } from '../../../src/core/words/words-data.ts';
import { agreement, parseGold, type Agreement } from './agreement.ts';
import { jiebaWasm, packageVersion, type Segment } from './segmenter.ts';

/**
 * The candidates measured against the hand segmentation (tests/unit/words/fixtures/
 * gold-segmentation.txt), each without and with the user dictionary:
 *
 *  - jieba-wasm: jieba-rs as WebAssembly (the one the build uses);
 *  - Intl.Segmenter('zh'): ICU's dictionary segmenter, built into Node and browsers. It
 *    takes no user dictionary: "with" forces the dictionary's words whole afterwards
 *    (longest match first), which is what a user dictionary does to the others.
 */
export const GOLD_FILE = 'tests/unit/words/fixtures/gold-segmentation.txt';

export interface CandidateResult {
	name: string;
	version: string;
	dictionary: boolean;
	agreement: Agreement;
	characters: number;
}

/** Tokens re-cut so that every occurrence of a dictionary word is one token (longest first, left to right). */
export function forceWords(tokens: readonly string[], dictionary: readonly string[]): string[] {
	const text = tokens.join('');
	const cuts = new Set<number>();
	let at = 0;
	for (const token of tokens) cuts.add((at += token.length));
	const longestFirst = [...dictionary].sort((a, b) => b.length - a.length);
	for (let i = 0; i < text.length;) {
		const word = longestFirst.find((w) => text.startsWith(w, i));
		if (!word) {
			i++;
			continue;
		}
		for (let inner = i + 1; inner < i + word.length; inner++) cuts.delete(inner);
		if (i > 0) cuts.add(i);
		cuts.add(i + word.length);
		i += word.length;
	}
	const out: string[] = [];
	let from = 0;
	for (const end of [...cuts].sort((a, b) => a - b)) {
		out.push(text.slice(from, end));
		from = end;
	}
	return out;
}

function measure(name: string, version: string, dictionary: boolean, passages: string[][], segment: Segment): CandidateResult {
	const gold = passages.flat();
	const found = passages.flatMap((words) => segment(words.join('')));
	return { name, version, dictionary, agreement: agreement(gold, found), characters: gold.join('').length };
}

/** Every candidate's agreement with the gold, in a fixed order. jieba-wasm's dictionary is added last: it cannot be removed. */
export async function compareSegmenters(root: URL, dictionary: readonly string[]): Promise<CandidateResult[]> {
	const passages = parseGold(await readFile(new URL(GOLD_FILE, root), 'utf8'), GOLD_FILE);
	const results: CandidateResult[] = [];

	const intl = new Intl.Segmenter('zh', { granularity: 'word' });
	const intlCut: Segment = (text) => [...intl.segment(text)].map((s) => s.segment);
	const icu = `Node ${process.versions.node}, ICU ${process.versions.icu}`;
	results.push(measure('Intl.Segmenter', icu, false, passages, intlCut));
	results.push(measure('Intl.Segmenter', icu, true, passages, (text) => forceWords(intlCut(text), dictionary)));

	const { cut } = await import('jieba-wasm');
	results.push(measure('jieba-wasm', packageVersion('jieba-wasm'), false, passages, (text) => cut(text, true)));
	results.push(measure('jieba-wasm', packageVersion('jieba-wasm'), true, passages, jiebaWasm(dictionary)));
	return results;
}

/** The comparison as the method page shows it (content/words/segmenter-comparison.json), F1 in % to one decimal. */
export function comparisonData(results: readonly CandidateResult[]): SegmenterComparison {
	const pct = (n: number) => Math.round(n * 1000) / 10;
	return {
		characters: results[0]?.characters ?? 0,
		candidates: results.map((r) => ({ name: r.name, version: r.version, dictionary: r.dictionary, boundaryF1: pct(r.agreement.boundaries.f1), wordF1: pct(r.agreement.words.f1) })),
	};
}

export function formatComparison(results: readonly CandidateResult[]): string {
	const pct = (n: number) => `${(n * 100).toFixed(1)}`;
	const rows = results.map((r) => {
		const b = r.agreement.boundaries;
		const w = r.agreement.words;
		return `| ${r.name} ${r.version} | ${r.dictionary ? 'yes' : 'no'} | ${pct(b.precision)} | ${pct(b.recall)} | ${pct(b.f1)} | ${pct(w.precision)} | ${pct(w.recall)} | ${pct(w.f1)} |`;
	});
	return [
		`Agreement with the hand segmentation (${results[0]?.characters ?? 0} characters), in %:`,
		'| segmenter | user dictionary | boundary P | boundary R | boundary F1 | word P | word R | word F1 |',
		'|---|---|---|---|---|---|---|---|',
		...rows,
	].join('\n');
}
