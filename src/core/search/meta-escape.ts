import { MARK } from './index-words.ts';

/**
 * Pagefind makes searchable words of a record's metadata too, with no way to opt out
 * (docs: metadata, “Metadata fields are searchable by default”). The metadata carries
 * the page's name, which may hold Latin words such as `Q4` or `AQI`. So that
 * none of them can ever equal or extend an index word (all of which start with MARK,
 * index-words.ts), metadata is stored with the letter escaped into private-use
 * characters, which Pagefind drops from words, and unescaped in the browser before it
 * is shown. The escape is reversible for any text: private-use characters of the text
 * itself are escaped too.
 */
const ESCAPE = '\ue000';
const LOWER = '\ue001';
const UPPER = '\ue002';
const lower = MARK.toLowerCase();
const upper = MARK.toUpperCase();

export function escapeMeta(text: string): string {
	let out = '';
	for (const character of text) {
		if (character === lower) out += LOWER;
		else if (character === upper) out += UPPER;
		else if (character === ESCAPE || character === LOWER || character === UPPER) out += ESCAPE + character;
		else out += character;
	}
	return out;
}

export function unescapeMeta(stored: string): string {
	let out = '';
	for (let at = 0; at < stored.length; at++) {
		const character = stored[at]!;
		if (character === ESCAPE && at + 1 < stored.length) out += stored[++at];
		else if (character === LOWER) out += lower;
		else if (character === UPPER) out += upper;
		else out += character;
	}
	return out;
}
