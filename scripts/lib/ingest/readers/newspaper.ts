import { endsSentence } from '../../../../src/core/structure.ts';
import { CONTINUATION_MARKER, lineText } from '../artefacts.ts';
import type { ParsedPublication } from '../model.ts';
import { SourceError } from '../source-error.ts';
import { buildReportPages, isPartHeading, type SourceParagraph } from './part-pages.ts';

/** Display width of a line as printed: CJK and full-width forms take two columns. */
export function displayWidth(value: string): number {
	let width = 0;
	for (const char of value) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
	return width;
}

/**
 * Reads a full text as a newspaper printed it: hard-wrapped in columns, paragraphs
 * indented by two full-width spaces, pages ending and starting with continuation
 * markers. The digitised text keeps neither the indent nor reliable blank lines (a
 * blank line also marks a column break, even mid-word), so a new paragraph is
 * recognised where a line follows a sentence end and either a blank line or the
 * indent (the line is at least three columns shorter than the column) says so.
 */
export function readNewspaper(source: string, file: string, declared: { divisions?: readonly string[] } = {}): ParsedPublication {
	let continuedFrom: string | undefined;
	let continuesTo: string | undefined;
	let markers = 0;
	const lines: { text: string; line: number; blankBefore: boolean }[] = [];
	let blank = false;
	source.split('\n').forEach((raw, index) => {
		for (const match of raw.matchAll(CONTINUATION_MARKER)) {
			markers++;
			if (match[1] === '上') continuedFrom ??= `第${match[2]}版`;
			else continuesTo = `第${match[2]}版`;
		}
		const value = lineText(raw, 'plain');
		if (value === '') {
			blank = true;
			return;
		}
		lines.push({ text: value, line: index + 1, blankBefore: blank });
		blank = false;
	});
	if (lines.length === 0) throw new SourceError(file, 1, 'the file holds no text', 'newspaper columns of a report');

	const column = mostCommon(lines.map((l) => displayWidth(l.text)));
	const paragraphs: SourceParagraph[] = [];
	let wrapJoins = 0;
	let pageBreakJoins = 0;
	let previousWasHeading = false;
	for (const line of lines) {
		const last = paragraphs.at(-1);
		const heading = isPartHeading(line.text) && (!last || endsSentence(last.text));
		const indented = displayWidth(line.text) <= column - 3;
		const starts = !last || heading || previousWasHeading || (endsSentence(last.text) && (line.blankBefore || indented));
		if (starts) {
			paragraphs.push({ text: line.text, line: line.line });
		} else {
			last.text += line.text;
			if (line.blankBefore) pageBreakJoins++;
			else wrapJoins++;
		}
		previousWasHeading = heading;
	}
	if (!continuesTo && !endsSentence(paragraphs.at(-1)!.text)) {
		throw new SourceError(
			file,
			lines.at(-1)!.line,
			'the text stops in mid-sentence with no continuation marker: the file looks truncated',
			'a full sentence, or a marker such as （下转第五版）',
		);
	}
	return {
		pages: buildReportPages(paragraphs, { file, startsMidReport: continuedFrom !== undefined, ...(declared.divisions ? { divisions: declared.divisions } : {}) }),
		...(continuedFrom ? { continuedFrom } : {}),
		...(continuesTo ? { continuesTo } : {}),
		artefacts: { pageBreakJoins, wrapJoins, continuationMarkers: markers },
	};
}

function mostCommon(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
