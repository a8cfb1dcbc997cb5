import { foldCharacter } from './fold.ts';
import { MARK } from './index-words.ts';

/**
 * How a paragraph's own text travels in its Pagefind record without being stored, or
 * indexed, twice. The record's content already spells the folded text, one word per
 * character (index-words.ts), and Pagefind returns it with the record (`data().content`).
 * What the fold took away (white space, full-width forms, capitals, the other circle,
 * curly quotation marks) is kept in a patch, the metadata field PATCH_FIELD, written in
 * private-use characters only: Pagefind makes words of metadata, but of letters and
 * digits only, so the patch adds nothing to the index and can never match a query.
 * restoreText gives back the text character for character (tests/site/search-index.test.ts
 * checks every block of the built site).
 */
export const PATCH_FIELD = 'patch';

// Private-use digits in base 4096 and three operations, each followed by a two-digit number.
const DIGIT = 0xe000;
const BASE = 4096;
const KEEP = '\uf100';
const INSERT = '\uf101';
const REPLACE = '\uf102';
const number = (n: number) => String.fromCharCode(DIGIT + Math.floor(n / BASE), DIGIT + (n % BASE));
const read = (patch: string, at: number) => (patch.charCodeAt(at) - DIGIT) * BASE + (patch.charCodeAt(at + 1) - DIGIT);

/** The patch that turns the folded text of `original` back into `original`. */
export function textPatch(original: string): string {
	let patch = '';
	let kept = 0;
	const flush = () => {
		for (; kept > 0; kept -= Math.min(kept, BASE * BASE - 1)) patch += KEEP + number(Math.min(kept, BASE * BASE - 1));
	};
	for (const character of original) {
		const folded = foldCharacter(character);
		if (folded === character) {
			kept++;
			continue;
		}
		flush();
		patch += (folded === '' ? INSERT : REPLACE) + number(character.codePointAt(0)!);
	}
	// Trailing kept characters need no operation: what is left of the folded text is kept.
	return patch;
}

/** The folded text a record's content spells: the first character of each word. */
export function contentText(content: string): string {
	let text = '';
	for (const word of content.split(/[\s\u200b]+/u)) {
		if (!word.startsWith(MARK)) continue;
		const code = word[1] === 'z' ? word.slice(2, 6) : word.slice(1, 4);
		text += String.fromCodePoint(parseInt(code, 36));
	}
	return text;
}

/** The original text from the folded text and its patch. */
export function restoreText(folded: string, patch: string): string {
	const characters = [...folded];
	let at = 0;
	let text = '';
	for (let i = 0; i < patch.length; i += 3) {
		const operation = patch[i];
		const n = read(patch, i + 1);
		if (operation === KEEP) {
			text += characters.slice(at, at + n).join('');
			at += n;
		} else if (operation === INSERT) text += String.fromCodePoint(n);
		else if (operation === REPLACE) {
			text += String.fromCodePoint(n);
			at++;
		} else throw new Error(`search: a stored text's patch is malformed at ${i}`);
	}
	return text + characters.slice(at).join('');
}
