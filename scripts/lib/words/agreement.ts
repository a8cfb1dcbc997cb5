/**
 * How far a segmentation agrees with a gold one over the same text (issue 14: the
 * segmenter is chosen by measured quality). Two measures, both precision / recall / F1:
 *
 *  - boundaries: the places between two characters where a word ends, counted only
 *    where neither neighbour is punctuation or white space (a boundary next to ， is
 *    found by every segmenter and would only flatter them all);
 *  - words: the words whose start and end both agree (the SIGHAN bakeoff's measure).
 */
export interface Scores {
	precision: number;
	recall: number;
	f1: number;
}

export interface Agreement {
	boundaries: Scores;
	words: Scores;
}

const PUNCTUATION = /[\p{P}\p{S}\s]/u;

function scores(found: Set<string>, gold: Set<string>): Scores {
	let hits = 0;
	for (const item of found) if (gold.has(item)) hits++;
	const precision = found.size === 0 ? 0 : hits / found.size;
	const recall = gold.size === 0 ? 0 : hits / gold.size;
	return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The spans [start, end) of the words, in UTF-16 offsets of their joined text. */
function spans(words: readonly string[]): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let at = 0;
	for (const word of words) {
		out.push([at, at + word.length]);
		at += word.length;
	}
	return out;
}

export function agreement(gold: readonly string[], found: readonly string[]): Agreement {
	const text = gold.join('');
	if (found.join('') !== text) throw new Error(`the segmentation does not spell the gold text: ${found.join('').slice(0, 40)}… against ${text.slice(0, 40)}…`);
	const inner = (words: readonly string[]) =>
		new Set(
			spans(words)
				.map(([, end]) => end)
				.filter((end) => end < text.length && !PUNCTUATION.test(text[end - 1]!) && !PUNCTUATION.test(text[end]!))
				.map(String),
		);
	const wordSet = (words: readonly string[]) => new Set(spans(words).map(([a, b]) => `${a}-${b}`));
	return { boundaries: scores(inner(found), inner(gold)), words: scores(wordSet(found), wordSet(gold)) };
}

/** The passages of a gold file: one a line, words separated by a space; # starts a comment line. */
export function parseGold(text: string, file: string): string[][] {
	const passages: string[][] = [];
	text.split('\n').forEach((line, index) => {
		if (line.trim() === '' || line.startsWith('#')) return;
		const words = line.trim().split(' ');
		if (words.some((word) => word === '')) throw new Error(`${file}:${index + 1}: two spaces in a row (words are separated by one space)`);
		passages.push(words);
	});
	if (passages.length === 0) throw new Error(`${file}: no passage`);
	return passages;
}
