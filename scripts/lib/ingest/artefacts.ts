/**
 * The layout artefacts that ingest removes from the sources: the one documented
 * place that says what is removed and why. Nothing else of a source's text is
 * ever changed; the fidelity check (fidelity.ts) proves it on every build.
 *
 * 1. Encoding: a UTF-8 byte-order mark, CRLF or CR line ends. (decode.ts)
 * 2. Line ends and blank lines. They separate blocks, and carry no text:
 *    - hard wraps: the newspaper is wrapped at its column width (about 22 characters),
 *      breaking words and numbers; its lines are joined with nothing between them;
 *    - page breaks: a paragraph split in mid-sentence by a page break is one paragraph;
 *      the halves are joined with nothing between them (see `splitsSentence` and
 *      the manifest's `joins` for digests, whose lines never end in punctuation);
 *    - trailing two-space Markdown line breaks in the digests.
 * 3. White space at the start and end of a line: indentation of nested outline
 *    lists, and the column padding around continuation markers.
 * 4. Page-continuation markers that the newspaper prints between pages:
 *    （上接第一版）, （下转第五版）. Kept as metadata of the page, not as text.
 * 5. Markdown markup in the digests: `#` heading markers and `-` list markers
 *    become headings and lists; `**` around figures becomes emphasis; the one
 *    inline `<sub>…</sub>` becomes a subscript. The characters inside stay as they are.
 *
 * Everything else, including spaces inside lines (`650 个`, `2024 年`), full-width
 * and half-width forms, and disagreements between publications, stays as published.
 */

/** A continuation marker between newspaper pages: （上接第一版） or （下转第五版）. */
export const CONTINUATION_MARKER = /[ \t\u3000]*[（(]([上下])[接转]第([一二三四五六七八九十\d]+)版[）)][ \t\u3000]*/g;

/** Markdown markup that the digests use for structure and emphasis (artefact 5). */
const HEADING_MARKER = /^#{1,6}[ \t]+/;
const HEADING_MARKER_EMPTY = /^#{1,6}$/;
const LIST_MARKER = /^-[ \t]+/;
const EMPHASIS = /\*\*/g;
const SUBSCRIPT_TAG = /<\/?sub>/g;

export type Markup = 'plain' | 'markdown';

/**
 * The text of a source line once its artefacts are removed (rules 2–5): what the
 * generated entries must hold, character for character.
 */
export function lineText(line: string, markup: Markup): string {
	let text = line.replace(CONTINUATION_MARKER, '').trim();
	if (markup === 'markdown') {
		text = text.replace(HEADING_MARKER, '').replace(HEADING_MARKER_EMPTY, '').replace(LIST_MARKER, '').replace(EMPHASIS, '').replace(SUBSCRIPT_TAG, '');
	}
	return text;
}

export interface ExpectedText {
	/** The source's text with every artefact removed and no line ends. */
	text: string;
	/** For each character of `text`, the 1-based source line it comes from. */
	lineOf: Uint32Array;
}

/** The whole text a source's entries must hold, computed from the source alone. */
export function expectedText(source: string, markup: Markup): ExpectedText {
	const parts: string[] = [];
	const lines: number[] = [];
	source.split('\n').forEach((line, index) => {
		const text = lineText(line, markup);
		if (text === '') return;
		parts.push(text);
		// Code units, not code points: the comparison in fidelity.ts works on code units.
		for (let i = 0; i < text.length; i++) lines.push(index + 1);
	});
	return { text: parts.join(''), lineOf: Uint32Array.from(lines) };
}
