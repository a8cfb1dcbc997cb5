import { readFile } from 'node:fs/promises';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The hand-edited lists of the word counts (content/words/): the user dictionary and
 * the stop words, one entry a line, # comments; and the glossary terms the page
 * entries define (:dfn[…] in 附件2), which join the dictionary.
 */
export const DICTIONARY_FILE = 'content/words/dictionary.txt';
export const STOP_WORDS_FILE = 'content/words/stop-words.txt';
/** The officialese stop-list: left out of the frequency lists only. */
export const OFFICIALESE_FILE = 'content/words/officialese.txt';

/** The entries of a list file; a line with white space inside, or a repeated entry, fails naming the line. */
export function parseWordList(text: string, file: string): string[] {
	const seen = new Map<string, number>();
	text.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		if (/\s/u.test(line)) throw new Error(`${file}:${index + 1}: “${line}” holds white space (one word a line)`);
		const first = seen.get(line);
		if (first !== undefined) throw new Error(`${file}:${index + 1}: “${line}” is listed twice (first on line ${first})`);
		seen.set(line, index + 1);
	});
	return [...seen.keys()];
}

export async function readWordList(root: URL, file: string): Promise<string[]> {
	return parseWordList(await readFile(new URL(file, root), 'utf8'), file);
}

/** The terms a page body defines (:dfn[…]), as written. */
export function definedTerms(body: Root): string[] {
	const terms: string[] = [];
	const visit = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (node.type === 'textDirective' && node.name === 'dfn') terms.push(toString(node));
			if ('children' in node) visit(node.children as RootContent[]);
		}
	};
	visit(body.children);
	return terms;
}

/**
 * A glossary term as dictionary words: its pieces between punctuation that are three
 * or more Chinese characters and nothing else (“清四乱” → 清四乱; 京蒙协作“六个倍增计划”
 * → 京蒙协作, 六个倍增计划). A piece with a figure (4个沙戈荒…), a shorter piece
 * (代表+委员+法院: ordinary words) and a term with white space inside (办好两件大事的
 * 6 部促进条例) give nothing: they are not words of their own.
 */
export function glossaryWords(term: string): string[] {
	if (/\s/u.test(term)) return [];
	return term.split(/[\p{P}\p{S}]+/u).filter((piece) => /^\p{Script=Han}{3,}$/u.test(piece));
}
