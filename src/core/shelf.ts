import type { PageData } from './schemas/page-entry.ts';
import type { Edition, Publication } from './schemas/publication.ts';
import { pagePath } from './urls.ts';

/**
 * The shelf as a reader browses it: reports by year, each with its publications,
 * each with its pages in order. Built from the content collections' data alone, so
 * that pages and tests share it.
 */
export interface ShelfPage extends PageData {
	path: string;
	/** What navigation calls the page. */
	label: string;
}

export interface ShelfPublication {
	publication: Publication;
	pages: ShelfPage[];
}

export interface ShelfYear {
	year: number;
	publications: ShelfPublication[];
}

export const EDITION_ORDER: readonly Edition[] = ['full', 'newspaper', 'infographic', 'summary'];

export const EDITION_LABEL: Record<Edition, string> = {
	full: '全文',
	newspaper: '报纸版',
	infographic: '图解',
	summary: '摘编',
};

/** The years of the reports, newest first. */
export function reportYears(publications: readonly Pick<Publication, 'year'>[]): number[] {
	return [...new Set(publications.map((p) => p.year))].sort((a, b) => b - a);
}

/** The editions the shelf holds, in edition order. */
export function shelfEditions(shelf: readonly ShelfYear[]): Edition[] {
	const present = new Set(shelf.flatMap((y) => y.publications.map((p) => p.publication.edition)));
	return EDITION_ORDER.filter((edition) => present.has(edition));
}

/** Names as a Chinese list: 全文、报纸版、图解与摘编. */
export function listInWords(names: readonly string[]): string {
	return names.length > 1 ? `${names.slice(0, -1).join('、')}与${names.at(-1)}` : (names[0] ?? '');
}

/** A page's top outline entries (depth 2: sections, review items, an annex's title): what contents and outlines list. */
export function outlineSections(page: Pick<PageData, 'outline'>): PageData['outline'] {
	return page.outline.filter((entry) => entry.depth === 2);
}

/**
 * What navigation, titles, search groups and citations call a page. A page that continues a
 * part whose heading is printed elsewhere (a newspaper's first inner page) is called by that
 * heading as the report gives it, from `continues` (the same part in the year's full text):
 * 一、过去一年工作回顾（续）.
 */
export function pageLabel(page: PageData, continues?: Pick<PageData, 'title'>): string {
	if (page.kind === 'opening') return '开篇';
	// An annex is known by its title line: 附件 1　自治区 2024 年 33 件民生实事清单.
	const annexTitle = page.kind === 'annex' ? outlineSections(page)[0]?.text : undefined;
	if (page.title && annexTitle) return `${page.title}　${annexTitle}`;
	if (page.title) return page.title;
	if (page.continued && continues?.title) return `${continues.title}（续）`;
	return page.continued ? `第${page.number ?? ''}部分（续）` : `第${page.number ?? ''}部分`;
}

/** The part a continued page goes on with: the part of the same kind and number in the year's full text. */
function continuedPart(page: PageData, publication: Publication, publications: readonly Publication[], pages: readonly PageData[]): PageData | undefined {
	if (!page.continued) return undefined;
	const full = publications.find((p) => p.year === publication.year && p.edition === 'full');
	return full ? pages.find((other) => other.publication === full.id && other.kind === page.kind && other.number === page.number) : undefined;
}

const COUNT_WORDS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** What a publication holds, in words: 开篇、两个部分、两个附件. */
export function describeHoldings(pages: readonly Pick<PageData, 'kind'>[]): string {
	const count = (kind: PageData['kind']) => pages.filter((page) => page.kind === kind).length;
	const words = (n: number, noun: string) => (n === 0 ? [] : [`${COUNT_WORDS[n] ?? String(n)}个${noun}`]);
	return [...(count('opening') > 0 ? ['开篇'] : []), ...words(count('part'), '部分'), ...words(count('annex'), '附件')].join('、');
}

export function buildShelf(publications: readonly Publication[], pages: readonly PageData[]): ShelfYear[] {
	const byYear = new Map<number, ShelfPublication[]>();
	const sorted = [...publications].sort((a, b) => b.year - a.year || EDITION_ORDER.indexOf(a.edition) - EDITION_ORDER.indexOf(b.edition));
	for (const publication of sorted) {
		const own = pages
			.filter((page) => page.publication === publication.id)
			.sort((a, b) => a.order - b.order)
			.map((page) => ({ ...page, path: pagePath(publication, page.slug), label: pageLabel(page, continuedPart(page, publication, publications, pages)) }));
		const list = byYear.get(publication.year) ?? [];
		list.push({ publication, pages: own });
		byYear.set(publication.year, list);
	}
	return [...byYear].map(([year, list]) => ({ year, publications: list }));
}

/** The pages before and after one, across its publication. */
export function neighbours(entry: ShelfPublication, slug: string): { previous?: ShelfPage; next?: ShelfPage } {
	const index = entry.pages.findIndex((p) => p.slug === slug);
	return {
		...(index > 0 ? { previous: entry.pages[index - 1]! } : {}),
		...(index >= 0 && index < entry.pages.length - 1 ? { next: entry.pages[index + 1]! } : {}),
	};
}

/** A date as precise as it is known, in Chinese: 2024年1月30日, 2021年1月, 2026年. */
export function formatDate(value: string): string {
	const [y, m, d] = value.split('-');
	return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export function describePeriod(period: Publication['reviews']): string {
	const years = period.years.length > 1 ? `${period.years[0]}—${period.years.at(-1)}年` : `${period.years[0]}年`;
	return period.fiveYearPlan ? `${years}及“${period.fiveYearPlan}”时期` : years;
}

/** What a report looks back on and plans: 回顾2023年，部署2024年. */
export function describeScope(publication: Pick<Publication, 'reviews' | 'plans'>): string {
	return `回顾${describePeriod(publication.reviews)}，部署${describePeriod(publication.plans)}`;
}

/** The same page in the report's other publications, with the anchors both hold. */
export interface Counterpart {
	publication: Publication;
	page: ShelfPage;
	/** Outline ids (sections, items) this page and the counterpart share. */
	shared: Set<string>;
}

export function counterparts(shelf: readonly ShelfYear[], publication: Publication, page: PageData): Counterpart[] {
	const year = shelf.find((y) => y.year === publication.year);
	if (!year || page.kind === 'opening') return [];
	const own = new Set(page.outline.map((entry) => entry.id));
	return year.publications
		.filter((entry) => entry.publication.id !== publication.id)
		.flatMap((entry) => {
			const match = entry.pages.find((other) => other.slug === page.slug);
			if (!match) return [];
			const shared = new Set(match.outline.filter((o) => o.kind !== 'page' && own.has(o.id)).map((o) => o.id));
			return [{ publication: entry.publication, page: match, shared }];
		});
}
