import { citationContext } from './citation.ts';
import type { Publication } from './schemas/publication.ts';

/**
 * Where a publication comes from, as the manifest records it, for the "about these
 * texts" page: one line per fact a reader would check, each either known or marked
 * unknown (never filled in from another field).
 */
export interface ProvenanceLine {
	term: string;
	/** The fact, or undefined where the manifest does not record it. */
	value: string | undefined;
}

const CARRIER: Record<Publication['edition'], string> = {
	full: '报告全文',
	newspaper: '报纸刊印的报告文本',
	infographic: '报纸刊发的图解摘要',
	summary: '报告摘编',
};

export function provenanceOf(publication: Publication): ProvenanceLine[] {
	const context = citationContext(publication);
	const lines: ProvenanceLine[] = [
		{ term: '版本', value: CARRIER[publication.edition] },
		{ term: '题名', value: [context.title, context.subtitle].filter(Boolean).join('：') },
		{ term: '责任者', value: context.authors.join('、') || undefined },
		{ term: '报告日期', value: publication.delivered },
	];
	if (publication.edition === 'newspaper') {
		const paper = publication.newspaper ?? {};
		const marks = [paper.continuedFrom && `上接${paper.continuedFrom}`, paper.continuedOn && `下转${paper.continuedOn}`].filter(Boolean).join('，');
		lines.push(
			{ term: '报纸', value: paper.name },
			{ term: '出版日期', value: paper.date },
			{ term: '版次', value: paper.page },
			...(marks ? [{ term: '转版标记', value: marks }] : []),
		);
	}
	lines.push({ term: '文本说明', value: publication.description });
	return lines;
}
