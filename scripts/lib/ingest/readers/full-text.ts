import { endsSentence, numberedLabel } from '../../../../src/core/structure.ts';
import { lineText } from '../artefacts.ts';
import type { ParsedPublication } from '../model.ts';
import { SALUTATION, buildReportPages, isPartHeading, type SourceParagraph } from './part-pages.ts';

/**
 * Reads a full text: one paragraph a line, blank lines between. A paragraph that a
 * page break cut in mid-sentence is joined to the next (artefacts.ts, rule 2).
 */
export function readReport(source: string, file: string): ParsedPublication {
	const lines: SourceParagraph[] = [];
	source.split('\n').forEach((line, index) => {
		const value = lineText(line, 'plain');
		if (value !== '') lines.push({ text: value, line: index + 1 });
	});
	const { paragraphs, joins } = joinPageBreaks(lines);
	return {
		pages: buildReportPages(paragraphs, { file }),
		artefacts: { pageBreakJoins: joins, wrapJoins: 0, continuationMarkers: 0 },
	};
}

/**
 * A body paragraph that stops without sentence-final punctuation, followed by
 * another body paragraph, is one paragraph split by a page break. Headings, the
 * title lines above the salutation and annex titles end without punctuation by
 * nature, and are never joined.
 */
export function joinPageBreaks(lines: readonly SourceParagraph[]): { paragraphs: SourceParagraph[]; joins: number } {
	const salutation = lines.findIndex((l) => SALUTATION.test(l.text));
	const isBody = (index: number): boolean => {
		const value = lines[index]!.text;
		if (index < salutation) return false;
		if (isPartHeading(value) || numberedLabel(value)?.kind === 'annex') return false;
		if (numberedLabel(value)?.kind === 'section' && !value.includes('。')) return false;
		// The line after 附件 N is the annex's title.
		if (index > 0 && numberedLabel(lines[index - 1]!.text)?.kind === 'annex') return false;
		return true;
	};
	const paragraphs: SourceParagraph[] = [];
	let joins = 0;
	let previousOpen = false;
	lines.forEach((line, index) => {
		const body = isBody(index);
		if (previousOpen && body) {
			const last = paragraphs.at(-1)!;
			last.text += line.text;
			joins++;
		} else {
			paragraphs.push({ ...line });
		}
		previousOpen = body && !endsSentence(paragraphs.at(-1)!.text);
	});
	return { paragraphs, joins };
}
