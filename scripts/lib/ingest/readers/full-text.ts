import { endsSentence, isHeadingLike, numberedLabel } from '../../../../src/core/structure.ts';
import { lineText } from '../artefacts.ts';
import type { Join, ParsedPublication } from '../model.ts';
import { SourceError } from '../source-error.ts';
import { SALUTATION, buildReportPages, isAnnexListItem, isPartHeading, type SourceParagraph } from './part-pages.ts';

export interface FullTextDeclarations {
	/** The part heading lines, where the report does not number its parts (manifest `divisions`). */
	divisions?: readonly string[];
	/** Paragraphs split by a page break that no rule may join: the exact text ending each first half (manifest `joins`). */
	joins?: readonly string[];
}

/**
 * Reads a full text: one paragraph a line, blank lines between. A paragraph that a
 * page break cut in mid-sentence is joined to the next (artefacts.ts, rule 2), and
 * every join is reported with its line.
 */
export function readReport(source: string, file: string, declared: FullTextDeclarations = {}): ParsedPublication {
	const lines: SourceParagraph[] = [];
	source.split('\n').forEach((line, index) => {
		const value = lineText(line, 'plain');
		if (value !== '') lines.push({ text: value, line: index + 1 });
	});
	const { paragraphs, joins } = joinPageBreaks(lines, declared, file);
	return {
		pages: buildReportPages(paragraphs, { file, ...(declared.divisions ? { divisions: declared.divisions } : {}) }),
		artefacts: { pageBreakJoins: joins.length, wrapJoins: 0, continuationMarkers: 0 },
		joins,
	};
}

/**
 * A body paragraph that stops without sentence-final punctuation, followed by
 * another body paragraph, is one paragraph split by a page break. Headings, the
 * title lines above the salutation and annex titles end without punctuation by
 * nature, and are never joined; nor is any line that reads as a heading (short, no
 * sentence punctuation), unless the manifest declares the join under `joins`.
 */
export function joinPageBreaks(lines: readonly SourceParagraph[], declared: FullTextDeclarations = {}, file = ''): { paragraphs: SourceParagraph[]; joins: Join[] } {
	const salutation = lines.findIndex((l) => SALUTATION.test(l.text));
	const declaredJoins = new Set(declared.joins ?? []);
	const divisions = new Set(declared.divisions ?? []);
	const firstAnnex = lines.findIndex((l) => numberedLabel(l.text)?.kind === 'annex');
	const inAnnex = (index: number) => firstAnnex >= 0 && index > firstAnnex;
	const isBody = (index: number): boolean => {
		const value = lines[index]!.text;
		if (index < salutation) return false;
		if (isPartHeading(value) || numberedLabel(value)?.kind === 'annex' || divisions.has(value)) return false;
		// An annex's list items each stand on a line of their own, whatever punctuation ends them.
		if (inAnnex(index) && isAnnexListItem(value)) return false;
		if (numberedLabel(value)?.kind === 'section' && !value.includes('。')) return false;
		// The line after 附件 N is the annex's title.
		if (index > 0 && numberedLabel(lines[index - 1]!.text)?.kind === 'annex') return false;
		return !isHeadingLike(value) || [...declaredJoins].some((j) => value.endsWith(j));
	};
	const paragraphs: SourceParagraph[] = [];
	const joins: Join[] = [];
	const used = new Set<string>();
	let previousOpen = false;
	lines.forEach((line, index) => {
		const body = isBody(index);
		if (previousOpen && body) {
			const last = paragraphs.at(-1)!;
			const ending = [...declaredJoins].find((j) => last.text.endsWith(j));
			if (ending) used.add(ending);
			joins.push({ line: last.line, next: line.line, ending: last.text.slice(-12), declared: ending !== undefined });
			last.text += line.text;
		} else {
			paragraphs.push({ ...line });
		}
		const current = paragraphs.at(-1)!;
		previousOpen = body && !endsSentence(current.text) && (!isHeadingLike(current.text) || [...declaredJoins].some((j) => current.text.endsWith(j)));
	});
	const unused = [...declaredJoins].filter((j) => !used.has(j));
	if (unused.length > 0) {
		throw new SourceError(
			file,
			1,
			`the manifest’s join “${unused[0]}” ends no paragraph that a page break split`,
			'each of the manifest’s joins to be the exact text ending the first half of a split paragraph',
		);
	}
	return { paragraphs, joins };
}
