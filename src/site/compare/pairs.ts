import type { ShelfPublication, ShelfYear } from '../../core/shelf.ts';
import type { CollationMode } from './collate.ts';

/**
 * Which publications are set against which: in every year whose report has a full
 * text (`shape: full-text` in the manifest), each of its other publications, however
 * many and whatever their edition; how each relates to the full text is read from its
 * shape (a digest quotes stretches, a print reproduces paragraphs whole).
 */
export interface CollationPair {
	year: number;
	full: ShelfPublication;
	other: ShelfPublication;
	mode: CollationMode;
}

export function collationPairs(shelf: readonly ShelfYear[]): CollationPair[] {
	return shelf.flatMap((entry) => {
		const full = entry.publications.find((p) => p.publication.shape === 'full-text');
		if (!full) return [];
		return entry.publications
			.filter((p) => p !== full)
			.map((other) => ({ year: entry.year, full, other, mode: other.publication.shape === 'digest' ? ('excerpt' as const) : ('whole' as const) }));
	});
}
