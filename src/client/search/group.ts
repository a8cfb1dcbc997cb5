import { normalize } from '../../core/search/fold.ts';

/**
 * Results as a reader scans them: matching paragraphs grouped by the page they are on,
 * pages in the order of their first paragraph in the list, paragraphs in the list's
 * order (report order or relevance, engine.ts).
 */
export interface Hit {
	/** The block's deep link, page#id. */
	url: string;
	/** The page's path. */
	page: string;
	id: string;
	/** What the page is called. */
	title: string;
	/** Where on the page: its section and paragraph number ('' for a heading). */
	place: string;
	text: string;
	year: string;
	edition: string;
	score: number;
	/** How many times the query's string occurs in it (0 for a query of several strings). */
	occurrences: number;
}

/** A paragraph found, with the same paragraph in the report's other editions (same report, same text once folded). */
export interface MergedHit extends Hit {
	alsoIn: Hit[];
}

/**
 * One result per paragraph of a report: where the newspaper or the digest prints a
 * paragraph of the full text word for word, the later of the two in the list (report
 * order puts the full text first) is shown under the earlier, not as a result of its own.
 */
export function mergeEditions(hits: readonly Hit[]): MergedHit[] {
	const first = new Map<string, MergedHit>();
	const merged: MergedHit[] = [];
	for (const hit of hits) {
		const key = `${hit.year}\n${normalize(hit.text)}`;
		const earlier = first.get(key);
		if (earlier && earlier.edition !== hit.edition) {
			earlier.alsoIn.push(hit);
			continue;
		}
		const own = { ...hit, alsoIn: [] };
		if (!earlier) first.set(key, own);
		merged.push(own);
	}
	return merged;
}

export interface HitGroup {
	page: string;
	title: string;
	year: string;
	edition: string;
	hits: MergedHit[];
}

export function groupByPage(hits: readonly MergedHit[]): HitGroup[] {
	const groups = new Map<string, HitGroup>();
	for (const hit of hits) {
		let group = groups.get(hit.page);
		if (!group) {
			group = { page: hit.page, title: hit.title, year: hit.year, edition: hit.edition, hits: [] };
			groups.set(hit.page, group);
		}
		group.hits.push(hit);
	}
	return [...groups.values()];
}
