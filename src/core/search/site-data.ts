import { normalize } from './fold.ts';

/**
 * The site's own data among the search results, above the paragraphs: the indicator
 * series (the chart and figures of one measure across the years) and, where a report
 * has them, the glossary terms and the livelihood projects of its annexes. Written at
 * build time by src/pages/search/data.json.ts from the content collections, and
 * matched in the browser with the same literal rule as the paragraphs.
 */
export type SiteEntryKind = 'indicator' | 'term' | 'project';

export interface SiteEntry {
	kind: SiteEntryKind;
	/** What is matched and shown as the link: the indicator's or term's name, the project's text. */
	name: string;
	/** Shown beside it: unit and years, or where the entry stands. */
	detail: string;
	href: string;
}

/** Where the search page loads the entries from. */
export const SEARCH_DATA_PATH = '/search/data.json';

export const SITE_ENTRY_LABEL: Record<SiteEntryKind, string> = { indicator: '指标', term: '名词解释', project: '民生实事' };

export interface IndicatorInput {
	id: string;
	name: string;
	unit: string | null;
	years: readonly number[];
}

export interface AnnexInput {
	/** The page's path and what it is called. */
	path: string;
	label: string;
	year: number;
	/** The annex's glossary terms (a paragraph opening with a defined term). */
	terms: ReadonlyArray<{ id: string; term: string; text: string }>;
	/** Its numbered list items (n1, n2 …: the livelihood projects). */
	items: ReadonlyArray<{ id: string; text: string }>;
}

function yearSpan(years: readonly number[]): string {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	if (sorted.length === 0) return '';
	return sorted.length === 1 ? `${sorted[0]}年` : `${sorted[0]}—${sorted.at(-1)}年（${sorted.length} 个年份）`;
}

export function siteEntries(indicators: readonly IndicatorInput[], annexes: readonly AnnexInput[], indicatorsPath: string): SiteEntry[] {
	return [
		...indicators.map((series) => ({
			kind: 'indicator' as const,
			name: series.name,
			detail: [series.unit ? `单位：${series.unit}` : '以文字表述', yearSpan(series.years)].filter(Boolean).join(' · '),
			href: `${indicatorsPath}#${series.id}`,
		})),
		...annexes.flatMap((annex) => [
			...annex.terms.map((term) => ({ kind: 'term' as const, name: term.term, detail: `${annex.year}年 · ${annex.label}`, href: `${annex.path}#${term.id}` })),
			...annex.items.map((item) => ({ kind: 'project' as const, name: item.text, detail: `${annex.year}年 · ${annex.label}`, href: `${annex.path}#${item.id}` })),
		]),
	];
}

/** The entries whose name holds every folded term. */
export function matchSiteEntries(entries: readonly SiteEntry[], terms: readonly string[]): SiteEntry[] {
	if (terms.length === 0) return [];
	return entries.filter((entry) => {
		const name = normalize(entry.name);
		return terms.every((term) => name.includes(term));
	});
}
