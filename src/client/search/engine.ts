import type { Hit } from './group.ts';
import { containsAll } from '../../core/search/literal-match.ts';
import { queryTerms, requiredTerms } from '../../core/search/fold.ts';
import { indexIsExact, termWords } from '../../core/search/index-words.ts';

/**
 * A search over the Pagefind index, made literal: Pagefind finds the candidate
 * paragraphs (src/core/search/index-words.ts says why they are all of them), and every
 * paragraph shown is checked against its own text first, so the list holds exactly the
 * paragraphs that contain every term. Counts per year and edition are exact too.
 *
 * The parts of Pagefind's API used here, so that a test can stand in for it.
 */
export interface PagefindData {
	url: string;
	meta: Record<string, string | undefined>;
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
	results: PagefindResult[];
	filters: FilterCounts;
}
export interface PagefindLike {
	search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

export interface SearchFilters {
	year: string | null;
	edition: string | null;
}

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

function toHit(data: PagefindData, score: number): Hit {
	const hash = data.url.indexOf('#');
	return {
		url: data.url,
		page: hash === -1 ? data.url : data.url.slice(0, hash),
		id: hash === -1 ? '' : data.url.slice(hash + 1),
		title: data.meta.title ?? '',
		text: data.meta.text ?? '',
		year: data.meta.year ?? '',
		edition: data.meta.edition ?? '',
		score,
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

	constructor(terms: string[], total: number, counts: Counts, pending: Pending[]) {
		this.terms = terms;
		this.total = total;
		this.counts = counts;
		this.#pending = pending;
		this.#required = requiredTerms(terms);
	}

	get hasMore(): boolean {
		return this.#pending.length > 0;
	}

	/** Loads the next `count` paragraphs (fewer at the end), checks them, and returns those added. */
	async more(count: number): Promise<Hit[]> {
		const batch = this.#pending.splice(0, count);
		const loaded = await Promise.all(batch.map(async (item) => item.hit ?? toHit(await item.result.data(), item.result.score)));
		const added = loaded.filter((hit) => containsAll(hit.text, this.#required));
		this.hits.push(...added);
		return added;
	}
}

const EMPTY_COUNTS: Counts = { year: {}, edition: {} };

/**
 * Runs a query. Terms that fit in the index's window are decided by the index alone;
 * a longer term makes every candidate load and be checked before counting.
 */
export async function runSearch(pagefind: PagefindLike, query: string, filters: SearchFilters): Promise<SearchRun> {
	const terms = queryTerms(query);
	const required = requiredTerms(terms);
	if (required.length === 0) return new SearchRun(terms, 0, EMPTY_COUNTS, []);
	const words = required.flatMap(termWords).join(' ');

	if (indexIsExact(required)) {
		const [main, byYear, byEdition] = await Promise.all([
			pagefind.search(words, { filters: activeFilters(filters) }),
			pagefind.search(words, { filters: activeFilters(filters, 'year') }),
			pagefind.search(words, { filters: activeFilters(filters, 'edition') }),
		]);
		const results = main?.results ?? [];
		const counts: Counts = { year: { ...byYear?.filters.year }, edition: { ...byEdition?.filters.edition } };
		return new SearchRun(terms, results.length, counts, results.map((result) => ({ result })));
	}

	// Candidates that hold every piece of a long term need not hold the term: check all.
	const all = (await pagefind.search(words))?.results ?? [];
	const hits = (await Promise.all(all.map(async (result) => toHit(await result.data(), result.score)))).filter((hit) =>
		containsAll(hit.text, required),
	);
	const counts: Counts = { year: {}, edition: {} };
	for (const hit of hits) {
		if (!filters.edition || hit.edition === filters.edition) counts.year[hit.year] = (counts.year[hit.year] ?? 0) + 1;
		if (!filters.year || hit.year === filters.year) counts.edition[hit.edition] = (counts.edition[hit.edition] ?? 0) + 1;
	}
	const kept = hits.filter((hit) => (!filters.year || hit.year === filters.year) && (!filters.edition || hit.edition === filters.edition));
	return new SearchRun(terms, kept.length, counts, kept.map((hit) => ({ hit })));
}

export interface Related {
	q: string;
	total: number;
}

/**
 * When nothing contains the query: nearby queries that do find something — each term
 * alone, or a long term without its last or first character. Offered apart from the
 * results and labelled as not literal matches of the reader's query.
 */
export async function relatedQueries(pagefind: PagefindLike, terms: readonly string[], filters: SearchFilters): Promise<Related[]> {
	const candidates =
		terms.length > 1
			? [...terms]
			: terms.length === 1 && [...terms[0]!].length >= 3
				? [[...terms[0]!].slice(0, -1).join(''), [...terms[0]!].slice(1).join('')]
				: [];
	const found = await Promise.all(candidates.map(async (q) => ({ q, total: (await runSearch(pagefind, q, filters)).total })));
	return found.filter((related) => related.total > 0);
}
