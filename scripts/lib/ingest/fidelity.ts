import type { ExpectedText } from './artefacts.ts';

/** The text one generated page holds, in reading order, with no separators. */
export interface PageText {
	page: string;
	text: string;
}

export class FidelityError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FidelityError';
	}
}

const CONTEXT = 16;

/**
 * The fidelity check: a source's text with exactly its layout artefacts removed
 * (artefacts.ts) must equal, character for character, the text of its generated
 * pages put end to end. Fails with the first place they part, in source terms.
 */
export function checkFidelity(file: string, expected: ExpectedText, pages: readonly PageText[]): void {
	const actual = pages.map((p) => p.text).join('');
	if (actual === expected.text) return;

	let at = 0;
	while (at < actual.length && at < expected.text.length && actual[at] === expected.text[at]) at++;
	const line = expected.lineOf[Math.min(at, expected.lineOf.length - 1)] ?? 1;
	let offset = at;
	const page = pages.find((p) => {
		if (offset < p.text.length) return true;
		offset -= p.text.length;
		return false;
	});
	const show = (s: string) => JSON.stringify(s.slice(Math.max(0, at - CONTEXT), at + CONTEXT));
	throw new FidelityError(
		[
			`${file}:${line}: the generated pages do not hold the source's text exactly`,
			`  source (artefacts removed): …${show(expected.text)}…`,
			`  generated${page ? ` (page ${page.page})` : ''}:          …${show(actual)}…`,
			`  first difference at character ${at} of ${expected.text.length}` + (actual.length !== expected.text.length ? `; lengths ${actual.length} vs ${expected.text.length}` : ''),
		].join('\n'),
	);
}
