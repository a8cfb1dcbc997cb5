/**
 * How a paragraph is written into the Pagefind index so that any substring of it can
 * be found, whatever Chinese word segmentation would make of it.
 *
 * Pagefind matches every query word as a prefix of the indexed words, and a query of
 * several words finds the records holding all of them. So each paragraph is indexed
 * as one word per character position: the (folded) text from that position on, WINDOW
 * characters long. A query of up to WINDOW characters is a prefix of the word at every
 * position where it occurs, and so finds exactly the paragraphs that contain it. A
 * longer query is cut into WINDOW-long pieces that must all occur; those candidates
 * are then checked against the text itself.
 *
 * Words are spelt in lower-case Latin letters and digits (a segmenter leaves them whole
 * and Pagefind neither stems nor splits them): MARK, then every character as a code.
 * The code is prefix-free (3 base-36 digits below CODE_LIMIT, else `z` and 4 digits),
 * so one text is a prefix of another exactly when its spelling is. Words near the end
 * of a paragraph are padded with END to full length: then no indexed word is ever a
 * shorter prefix of a query word, which Pagefind would otherwise accept as a fallback.
 */
export const WINDOW = 8;
/** No other word in the index starts with it: the build fails if report text holds this letter. */
export const MARK = 'q';
const CODE_LIMIT = 35 * 36 * 36;
const END = '000';

export function encodeCharacter(character: string): string {
	const code = character.codePointAt(0)!;
	if (code === 0) throw new Error('NUL is reserved as the end of a paragraph');
	return code < CODE_LIMIT ? code.toString(36).padStart(3, '0') : `z${code.toString(36).padStart(4, '0')}`;
}

function encode(characters: readonly string[]): string {
	return MARK + characters.map(encodeCharacter).join('');
}

/** The indexed words of a folded paragraph text, one per character, in order. */
export function paragraphWords(folded: string): string[] {
	const characters = [...folded];
	return characters.map((_, start) => {
		const window = characters.slice(start, start + WINDOW);
		return encode(window) + END.repeat(WINDOW - window.length);
	});
}

/** The index words a folded query term must all match: itself, or its WINDOW-long pieces. */
export function termWords(folded: string): string[] {
	const characters = [...folded];
	if (characters.length <= WINDOW) return characters.length === 0 ? [] : [encode(characters)];
	const words: string[] = [];
	for (let start = 0; start < characters.length; start += WINDOW) {
		const from = Math.min(start, characters.length - WINDOW);
		words.push(encode(characters.slice(from, from + WINDOW)));
	}
	return [...new Set(words)];
}

/** Whether the index alone decides the match: every term fits in one window. */
export function indexIsExact(terms: readonly string[]): boolean {
	return terms.every((term) => [...term].length <= WINDOW);
}
