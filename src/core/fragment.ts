/**
 * What a page's URL fragment asks for, read without ever throwing: a reader may arrive
 * with any fragment (a truncated %E4%B8, a hand-typed one), and a script that throws on
 * it would take the page's other behaviour down with it.
 *
 *   #s3-p2           one block (ids: src/markdown/block-ids.ts)
 *   #p3..p7          the blocks from p3 to p7 of the page, both included, in document
 *                    order: the range a citation of 第3-7段 links to. Block ids hold
 *                    only a-z, 0-9 and -, so “..” can never be part of one.
 */
export type Fragment = { kind: 'none' } | { kind: 'block'; id: string } | { kind: 'range'; first: string; last: string };

export const RANGE_SEPARATOR = '..';

/** decodeURIComponent that gives back the text as it was where it is not valid percent-encoding. */
export function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const BLOCK_ID = /^[a-z][a-z0-9-]*$/;

/** Reads `location.hash` (with or without its #). */
export function parseFragment(hash: string): Fragment {
	const text = safeDecode(hash.startsWith('#') ? hash.slice(1) : hash);
	if (text === '') return { kind: 'none' };
	const parts = text.split(RANGE_SEPARATOR);
	if (parts.length === 2 && BLOCK_ID.test(parts[0]!) && BLOCK_ID.test(parts[1]!)) return { kind: 'range', first: parts[0]!, last: parts[1]! };
	return { kind: 'block', id: text };
}

/** The fragment of a range (or of one block, when first and last are the same). */
export function rangeFragment(first: string, last: string): string {
	return first === last ? first : `${first}${RANGE_SEPARATOR}${last}`;
}
