import { findTerms, type GlossaryTerm } from '../../markdown/glossary-terms.ts';
import type { CollationBlock } from '../compare/blocks.ts';

/**
 * Where each glossary term occurs in its report: every block of the report's
 * publications (headings aside, as the marking leaves them) that holds the term,
 * with how often. What the glossary page lists under each term.
 */
export interface Occurrence {
	/** The publication, as navigation names it: 全文, 报纸版 … */
	publication: string;
	where: string;
	href: string;
	count: number;
}

export interface TermOccurrences {
	term: GlossaryTerm;
	occurrences: Occurrence[];
	total: number;
}

export interface LabelledBlocks {
	label: string;
	blocks: readonly CollationBlock[];
}

export function termOccurrences(terms: readonly GlossaryTerm[], publications: readonly LabelledBlocks[]): TermOccurrences[] {
	const found = new Map<GlossaryTerm, Occurrence[]>(terms.map((t) => [t, []]));
	for (const { label, blocks } of publications) {
		for (const block of blocks) {
			if (block.type === 'heading') continue;
			const counts = new Map<GlossaryTerm, number>();
			for (const [start, , term] of findTerms(block.text, terms)) {
				// The definition's own term is where it is defined, not where it occurs.
				if (start < term.term.length && term.href === `${block.path}#${block.id}`) continue;
				counts.set(term, (counts.get(term) ?? 0) + 1);
			}
			for (const [term, count] of counts) found.get(term)!.push({ publication: label, where: `${block.page} · ${block.place}`, href: `${block.path}#${block.id}`, count });
		}
	}
	return terms.map((term) => {
		const occurrences = found.get(term)!;
		return { term, occurrences, total: occurrences.reduce((n, o) => n + o.count, 0) };
	});
}
