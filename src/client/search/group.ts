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

export interface HitGroup {
	page: string;
	title: string;
	year: string;
	edition: string;
	hits: Hit[];
}

export function groupByPage(hits: readonly Hit[]): HitGroup[] {
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
