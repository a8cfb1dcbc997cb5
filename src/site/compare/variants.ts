import { collationEntryId } from './blocks.ts';
import type { Collation } from './collate.ts';
import type { DifferenceClass } from './classify.ts';

/**
 * What another publication prints where the full text states a figure: for a quote
 * of a full-text paragraph (an indicator point's words), every block of another
 * publication set against that paragraph whose differences, other than punctuation,
 * fall inside the quote. The indicator extraction finds the repeats it can read; the
 * collation finds the places it could not (城镇调查失业率率…), and both readings stand.
 */
export interface Variant {
	/** The other publication's id. */
	publication: string;
	/** The other publication's block, as printed. */
	text: string;
	/** Where it is printed: its page and place, and its link. */
	where: string;
	href: string;
	/** Its entry on the collation page. */
	entry: string;
	/** The classes of the differences inside the quote. */
	classes: DifferenceClass[];
	/** What the full text and the other read there: “6%” ↔ “5.5%”. */
	readings: { full: string; other: string }[];
}

export interface CollationOf {
	publication: string;
	collation: Collation;
	/** The collation page's path. */
	path: string;
}

/** `source` is the paragraph's path with its #id (/2024/full/part-2/#p4); `quote` verbatim from it. */
export function variantsAt(collations: readonly CollationOf[], source: string, quote: string): Variant[] {
	const [path, id] = source.split('#');
	return collations.flatMap(({ publication, collation, path: page }) =>
		collation.entries.flatMap((entry) => {
			if (entry.full.path !== path || entry.full.id !== id) return [];
			const at = entry.full.text.indexOf(quote);
			if (at === -1) return [];
			const start = [...entry.full.text.slice(0, at)].length;
			const end = start + [...quote].length;
			const inside = entry.diff.differences.filter((d) => d.class !== 'punctuation' && d.fullAt[0] < end && d.fullAt[1] >= start && (d.fullAt[1] > start || d.fullAt[0] === start));
			if (inside.length === 0) return [];
			return [
				{
					publication,
					text: entry.other.text,
					where: `${entry.other.page} · ${entry.other.place}`,
					href: `${entry.other.path}#${entry.other.id}`,
					entry: `${page}#${collationEntryId(entry.other)}`,
					classes: [...new Set(inside.map((d) => d.class))],
					readings: inside.map((d) => ({ full: d.full, other: d.other })),
				},
			];
		}),
	);
}
