import type { Hit } from './group.ts';
import { countOccurrences, containsAll } from '../../core/search/literal-match.ts';
import { queryTerms, requiredTerms } from '../../core/search/fold.ts';
import { termQuery } from '../../core/search/index-words.ts';
import { unescapeMeta } from '../../core/search/meta-escape.ts';
import { REPORT_ORDER } from '../../core/search/report-order.ts';
import { contentText, PATCH_FIELD, restoreText } from '../../core/search/stored-text.ts';

/**
 * A search over the Pagefind index, made literal: a query is one string (or several
 * joined by ` + `), sent as the phrase of its bigrams (src/core/search/index-words.ts
 * says why Pagefind then finds exactly the paragraphs that contain it), and every
 * paragraph shown is checked against its own text as well. One Pagefind search gives
 * the list, in report order or by relevance, and the counts per year and edition
 * (Pagefind's `filters`, which are counted on the phrase matches; its `totalFilters`
 * and `unfilteredResultCount` are not, and are not used). A filter set on one facet
 * costs one more search for the other facet's counts without it.
 *
 * The parts of Pagefind's API used here, so that a test can stand in for it.
 */
export interface PagefindData {
	url: string;
	/** The record's words (src/core/search/index-words.ts). */
	content: string;
	meta: Record<string, string | undefined>;
}
export interface PagefindResult {
	id: string;
	score: number;
	/** Where the query's words stand in the record's content. */
	words: number[];
	data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
	results: PagefindResult[];
	filters: FilterCounts;
}
export interface PagefindSearchOptions {
	filters?: Record<string, string>;
	sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindLike {
	search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

export interface SearchFilters {
	year: string | null;
	edition: string | null;
}

/** Report order (newest report, full text first, the document's order) or Pagefind's relevance. */
export type SearchOrder = 'report' | 'relevance';
export const SEARCH_ORDERS: readonly SearchOrder[] = ['report', 'relevance'];

export interface Counts {
	/** Matching paragraphs per year, under the edition filter. */
	year: Record<string, number>;
	/** Matching paragraphs per edition, under the year filter. */
	edition: Record<string, number>;
}

function activeFilters(filters: SearchFilters, without?: keyof SearchFilters): Record<string, string> {
	const active: Record<string, string> = {};
	for (const key of ['year', 'edition'] as const) {
		const value = filters[key];
		if (value && key !== without) active[key] = value;
	}
	return active;
}

const matchesFilters = (hit: Pick<Hit, 'year' | 'edition'>, filters: SearchFilters) =>
	(!filters.year || hit.year === filters.year) && (!filters.edition || hit.edition === filters.edition);

function toHit(data: PagefindData, score: number, terms: readonly string[]): Hit {
	const hash = data.url.indexOf('#');
	const text = restoreText(contentText(data.content), data.meta[PATCH_FIELD] ?? '');
	return {
		url: data.url,
		page: hash === -1 ? data.url : data.url.slice(0, hash),
		id: hash === -1 ? '' : data.url.slice(hash + 1),
		title: unescapeMeta(data.meta.title ?? ''),
		place: unescapeMeta(data.meta.place ?? ''),
		text,
		year: data.meta.year ?? '',
		edition: data.meta.edition ?? '',
		score,
		occurrences: terms.length === 1 ? countOccurrences(text, terms[0]!) : 0,
	};
}

/** A candidate paragraph: its Pagefind result, or the paragraph itself once loaded. */
type Pending = { result: PagefindResult; hit?: undefined } | { result?: undefined; hit: Hit };

/** Paragraphs loaded and checked so far, and the way to the rest. */
export class SearchRun {
	readonly terms: string[];
	/** Exactly how many paragraphs match under the filters. */
	readonly total: number;
	readonly counts: Counts;
	readonly hits: Hit[] = [];
	#pending: Pending[];
	#required: string[];
	#occurrences: () => Promise<number | null>;

	constructor(terms: string[], total: number, counts: Counts, pending: Pending[], occurrences: (run: SearchRun) => Promise<number | null> = async () => null) {
		this.terms = terms;
		this.total = total;
		this.counts = counts;
		this.#pending = pending;
		this.#required = requiredTerms(terms);
		this.#occurrences = () => (this.#pending.length === 0 && terms.length === 1 ? Promise.resolve(this.hits.reduce((sum, hit) => sum + hit.occurrences, 0)) : occurrences(this));
	}

	get hasMore(): boolean {
		return this.#pending.length > 0;
	}

	/** Loads the next `count` paragraphs (fewer at the end), checks them, and returns those added. */
	async more(count: number): Promise<Hit[]> {
		const batch = this.#pending.splice(0, count);
		const loaded = await Promise.all(batch.map(async (item) => item.hit ?? toHit(await item.result.data(), item.result.score, this.terms)));
		const added = loaded.filter((hit) => containsAll(hit.text, this.#required));
		if (added.length < loaded.length) console.warn(`search: ${loaded.length - added.length} candidates failed the literal check`);
		this.hits.push(...added);
		return added;
	}

	/** How many times the query occurs in all the matching paragraphs (a one-string query), else null. */
	occurrences(): Promise<number | null> {
		return this.#occurrences();
	}
}

const EMPTY_COUNTS: Counts = { year: {}, edition: {} };

/**
 * Occurrences of a string of two characters or more, from the index alone: Pagefind's
 * phrase match reports only its first place in a record, so each bigram is searched
 * unquoted (a prefix that no longer word has: the bigram itself), and the places where
 * all of them follow one another are counted. The phrase matched, so every bigram is in
 * the index and no fallback applies; the index chunks are those the phrase loaded.
 */
async function occurrencesFromIndex(pagefind: PagefindLike, term: string, filters: SearchFilters, ids: ReadonlySet<string>): Promise<number> {
	const characters = [...term];
	if (characters.length === 1) throw new Error('one character is counted from its own search');
	const words = characters.slice(0, -1).map((character, at) => termQuery(character + characters[at + 1]!).slice(1, -1));
	const places = new Map<string, Map<string, Set<number>>>();
	for (const word of new Set(words)) {
		const response = await pagefind.search(word, { filters: activeFilters(filters) });
		const byId = new Map<string, Set<number>>();
		for (const result of response?.results ?? []) if (ids.has(result.id)) byId.set(result.id, new Set(result.words));
		places.set(word, byId);
	}
	let count = 0;
	for (const id of ids) {
		for (const start of places.get(words[0]!)?.get(id) ?? []) {
			if (
				words.every((word, k) =>
					places
						.get(word)
						?.get(id)
						?.has(start + k),
				)
			)
				count++;
		}
	}
	return count;
}

/** Runs a query: one string, or several joined by ` + ` (all in one paragraph). */
export async function runSearch(pagefind: PagefindLike, query: string, filters: SearchFilters, order: SearchOrder = 'report'): Promise<SearchRun> {
	const terms = queryTerms(query);
	const required = requiredTerms(terms);
	if (required.length === 0) return new SearchRun(terms, 0, EMPTY_COUNTS, []);
	const sort = order === 'report' ? { sort: { [REPORT_ORDER]: 'asc' as const } } : {};

	if (required.length === 1) {
		const term = required[0]!;
		const q = termQuery(term);
		const [main, byYear, byEdition] = await Promise.all([
			pagefind.search(q, { filters: activeFilters(filters), ...sort }),
			filters.year ? pagefind.search(q, { filters: activeFilters(filters, 'year') }) : null,
			filters.edition ? pagefind.search(q, { filters: activeFilters(filters, 'edition') }) : null,
		]);
		const results = main?.results ?? [];
		const counts: Counts = { year: { ...(byYear ?? main)?.filters.year }, edition: { ...(byEdition ?? main)?.filters.edition } };
		const single = [...term].length === 1;
		return new SearchRun(
			terms,
			results.length,
			counts,
			results.map((result) => ({ result })),
			async () =>
				// Counted for a query of one string only; one character's word stands at every place the character does.
				terms.length > 1
					? null
					: single
						? results.reduce((sum, result) => sum + result.words.length, 0)
						: occurrencesFromIndex(pagefind, term, filters, new Set(results.map((r) => r.id))),
		);
	}

	// Several strings: one search each, the paragraphs in all of them, each loaded and checked.
	const responses = await Promise.all(required.map((term, at) => pagefind.search(termQuery(term), at === 0 ? sort : {})));
	const inAll = responses.slice(1).reduce(
		(ids, response) => {
			const own = new Set((response?.results ?? []).map((r) => r.id));
			return new Set([...ids].filter((id) => own.has(id)));
		},
		new Set((responses[0]?.results ?? []).map((r) => r.id)),
	);
	const candidates = (responses[0]?.results ?? []).filter((result) => inAll.has(result.id));
	const hits = (await Promise.all(candidates.map(async (result) => toHit(await result.data(), result.score, terms)))).filter((hit) => containsAll(hit.text, required));
	const counts: Counts = { year: {}, edition: {} };
	for (const hit of hits) {
		if (!filters.edition || hit.edition === filters.edition) counts.year[hit.year] = (counts.year[hit.year] ?? 0) + 1;
		if (!filters.year || hit.year === filters.year) counts.edition[hit.edition] = (counts.edition[hit.edition] ?? 0) + 1;
	}
	const kept = hits.filter((hit) => matchesFilters(hit, filters));
	return new SearchRun(
		terms,
		kept.length,
		counts,
		kept.map((hit) => ({ hit })),
	);
}

export interface Related {
	q: string;
	total: number;
}

/**
 * When nothing contains the query: nearby queries that do find something — each string
 * alone, or a long string without its last or first character. Offered apart from the
 * results and labelled as not literal matches of the reader's query.
 */
export async function relatedQueries(pagefind: PagefindLike, terms: readonly string[], filters: SearchFilters): Promise<Related[]> {
	const candidates =
		terms.length > 1 ? [...terms] : terms.length === 1 && [...terms[0]!].length >= 3 ? [[...terms[0]!].slice(0, -1).join(''), [...terms[0]!].slice(1).join('')] : [];
	const found = await Promise.all(candidates.map(async (q) => ({ q, total: (await runSearch(pagefind, q, filters)).total })));
	return found.filter((related) => related.total > 0);
}
