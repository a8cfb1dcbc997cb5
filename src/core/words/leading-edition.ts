import type { Edition } from '../schemas/publication.ts';

/**
 * The edition a year's report is counted by: its full text, else its summary, else the
 * first of what it has in the order below. The other editions of that year (the
 * newspaper, the infographic) repeat or digest the same report and are counted apart,
 * never added to it, so that no report is counted twice.
 */
export const LEADING_EDITIONS: readonly Edition[] = ['full', 'summary', 'newspaper', 'infographic'];

/** Of one year's publications, the one its report is counted by. */
export function leadingOf<T extends { edition: string }>(publications: readonly T[]): T | undefined {
	const rank = (p: T) => {
		const i = LEADING_EDITIONS.indexOf(p.edition as Edition);
		return i === -1 ? LEADING_EDITIONS.length : i;
	};
	return [...publications].sort((a, b) => rank(a) - rank(b))[0];
}

/** Per year, its leading publication, in the years' order. */
export function leadingPerYear<T extends { year: number; edition: string }>(publications: readonly T[]): T[] {
	const years = [...new Set(publications.map((p) => p.year))].sort((a, b) => a - b);
	return years.map((year) => leadingOf(publications.filter((p) => p.year === year))!);
}
