/**
 * How a paragraph is written into the Pagefind index so that any string in it is
 * found, whatever Chinese word segmentation would make of it: overlapping character
 * bigrams, the method Lucene's CJKAnalyzer and Elasticsearch's `cjk_bigram` use for
 * Chinese without a dictionary. The folded text 内蒙古 is indexed as the words 内蒙,
 * 蒙古 at positions 0, 1, and then the last character alone (古) at position 2, so that
 * every character position starts exactly one word.
 *
 * A query of m ≥ 2 characters is the quoted phrase of its m − 1 bigrams, which
 * Pagefind matches as exact words at consecutive positions (docs: multilingual, “quoted
 * phrases”; source: pagefind_web/src/search.rs, exact_term), so it finds exactly the
 * paragraphs that contain it. A query of one character is the single unquoted word of
 * that character, which Pagefind matches as a prefix: of the word at every position
 * where the character stands. No indexed word is shorter than it, so Pagefind's
 * fallback to a shorter indexed word that is a prefix of the query never applies.
 *
 * The words are spelt in lower-case Latin letters and digits, because Pagefind would
 * re-segment Chinese bigrams at index time (charabia) and the browser splits a Chinese
 * query again (Intl.Segmenter), while both leave [0-9a-z] words whole and unstemmed in
 * a zh-cn index: MARK, then each character as a code. The code is prefix-free (3
 * base-36 digits below CODE_LIMIT, else `z` and 4 digits), so a one-character word is a
 * prefix exactly of the words that start with that character. Any Unicode text can be
 * spelt so: nothing is reserved.
 *
 * Pagefind also indexes the records' metadata as words, so that metadata could match a
 * query word by accident. It never does: the page name is written with every q and Q
 * escaped (meta-escape.ts) and the paragraph's text travels only as these words and a
 * patch in private-use characters (stored-text.ts), so no metadata word starts with
 * MARK, and every query word does.
 */
export const MARK = 'q';
const CODE_LIMIT = 35 * 36 * 36;

export function encodeCharacter(character: string): string {
	const code = character.codePointAt(0)!;
	return code < CODE_LIMIT ? code.toString(36).padStart(3, '0') : `z${code.toString(36).padStart(4, '0')}`;
}

const word = (...characters: string[]) => MARK + characters.map(encodeCharacter).join('');

/** The indexed words of a folded paragraph text, one per character position, in order. */
export function paragraphWords(folded: string): string[] {
	const characters = [...folded];
	return characters.map((character, at) => (at + 1 < characters.length ? word(character, characters[at + 1]!) : word(character)));
}

/**
 * What is sent to Pagefind for a folded query term: one character as a prefix word,
 * longer terms as the quoted phrase of their bigrams. '' for an empty term.
 */
export function termQuery(folded: string): string {
	const characters = [...folded];
	if (characters.length === 0) return '';
	if (characters.length === 1) return word(characters[0]!);
	return `"${characters
		.slice(0, -1)
		.map((character, at) => word(character, characters[at + 1]!))
		.join(' ')}"`;
}
