import { MAX_QUERY_LENGTH } from '../../core/search/fold.ts';
import { EDITION_ORDER } from '../../core/shelf.ts';
import { SEARCH_ORDERS, type SearchOrder } from './engine.ts';

/**
 * A search as a shareable link: /search/?q=…&year=2024&edition=full&order=relevance
 * (report order, the default, is not written). Unknown or malformed values are dropped
 * rather than trusted.
 */
export interface SearchState {
	q: string;
	year: string | null;
	edition: string | null;
	order: SearchOrder;
}

export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const year = params.get('year');
	const edition = params.get('edition');
	const order = params.get('order');
	return {
		q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
		year: year && /^\d{4}$/.test(year) ? year : null,
		edition: edition && (EDITION_ORDER as readonly string[]).includes(edition) ? edition : null,
		order: order && (SEARCH_ORDERS as readonly string[]).includes(order) && order !== 'report' ? (order as SearchOrder) : 'report',
	};
}

export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q !== '') params.set('q', state.q);
	if (state.year) params.set('year', state.year);
	if (state.edition) params.set('edition', state.edition);
	if (state.order && state.order !== 'report') params.set('order', state.order);
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

/** The link to a paragraph from a result: the block's deep link, asking the page to highlight the query. */
export function hitHref(url: string, query: string): string {
	const hash = url.indexOf('#');
	const path = hash === -1 ? url : url.slice(0, hash);
	const fragment = hash === -1 ? '' : url.slice(hash);
	const highlight = query.trim() === '' ? '' : `?${new URLSearchParams({ highlight: query.trim() }).toString()}`;
	return `${path}${highlight}${fragment}`;
}
