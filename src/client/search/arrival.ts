import { matchRanges } from '../../core/search/literal-match.ts';
import { queryTerms } from '../../core/search/fold.ts';
import { safeDecode } from '../../core/fragment.ts';

/**
 * Arriving from a search result at page?highlight=query#block: the block is marked
 * (an attribute) and the query highlighted in it with the CSS Custom Highlight API,
 * which paints ranges without adding a node or changing a character of the text.
 */
export const HIGHLIGHT_NAME = 'search-hit';

export function highlightArrival(doc: Document = document): Range[] {
	const query = new URLSearchParams(doc.location.search).get('highlight');
	// A malformed fragment (#%E4%B8) must not throw: the page's other scripts would stop with it.
	const id = safeDecode(doc.location.hash.slice(1));
	if (!query || !id) return [];
	const target = doc.getElementById(id);
	if (!target || !target.closest('article.report-text')) return [];
	target.setAttribute('data-search-target', '');

	const nodes: Text[] = [];
	const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	const text = nodes.map((node) => node.data).join('');
	const locate = (offset: number, end: boolean): [Text, number] => {
		let at = 0;
		for (const node of nodes) {
			const next = at + node.data.length;
			if (offset < next || (end && offset === next)) return [node, offset - at];
			at = next;
		}
		const last = nodes.at(-1)!;
		return [last, last.data.length];
	};
	const ranges = matchRanges(text, queryTerms(query)).map(([start, end]) => {
		const range = doc.createRange();
		range.setStart(...locate(start, false));
		range.setEnd(...locate(end, true));
		return range;
	});
	const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
	const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
	if (highlights && Highlight && ranges.length > 0) highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
	return ranges;
}
