import { SITE_NAME } from '../../core/page-title.ts';
import { EDITION_LABEL, describeScope, type ShelfYear } from '../../core/shelf.ts';
import { DATA_PATH, INDICATORS_PATH, SEARCH_PATH, collationPath, comparePath, publicationPath, yearPath } from '../../core/urls.ts';
import { collationPairs } from '../compare/pairs.ts';
import type { ShareCard } from './card.ts';

/**
 * The share card of every page the site builds: the report's title, the part (or what the
 * page is), and the opening words of its text. A paragraph link shares its page's card: the
 * link's #id is dropped by the sites that fetch a preview, so the page is all they see.
 */
const SITE = SITE_NAME;

export function shareCards(shelf: readonly ShelfYear[]): ShareCard[] {
	const years = shelf.map((y) => `${y.year}年`).join('、');
	const cards: ShareCard[] = [
		{ path: '/', title: SITE, part: '按年份阅读、检索与引用', excerpt: `收录${years}的报告全文、报纸版、图解与摘编，每一段落都有固定链接。` },
		{ path: INDICATORS_PATH, title: SITE, part: '主要指标：目标与实际', excerpt: '各年报告提出的主要预期目标与回顾的实际完成情况，每个数字附原文与段落链接。' },
		{ path: SEARCH_PATH, title: SITE, part: '搜索', excerpt: '在各年报告全文、报纸版、图解与摘编中逐字查找。' },
		{ path: DATA_PATH, title: SITE, part: '数据说明', excerpt: '可下载的指标数据与报告原文，逐项说明字段的中文名称与含义。' },
	];
	for (const year of shelf) {
		const first = year.publications[0]!.publication;
		cards.push({
			path: yearPath(year.year),
			title: `${year.year}年${SITE}`,
			part: describeScope(first),
			excerpt: `收录：${year.publications.map((p) => EDITION_LABEL[p.publication.edition]).join('、')}。`,
		});
		for (const { publication, pages } of year.publications) {
			const opening = pages.find((page) => page.kind === 'opening');
			const chapters = pages.filter((page) => page.kind !== 'opening');
			cards.push({
				path: publicationPath(publication),
				title: publication.title,
				part: opening ? '开篇与目录' : '目录',
				excerpt: opening?.description ?? chapters.map((page) => page.label).join('；'),
			});
			for (const page of chapters) cards.push({ path: page.path, title: publication.title, part: page.label, excerpt: page.description });
		}
	}
	for (const { year, other } of collationPairs(shelf)) {
		if (!cards.some((card) => card.path === comparePath(year))) {
			cards.push({
				path: comparePath(year),
				title: `${year}年${SITE}`,
				part: '各版本与全文对照',
				excerpt: '逐段对照报告的各个版本与全文，标出不同的字词并归类，各版本照原样保留。',
			});
		}
		const edition = EDITION_LABEL[other.publication.edition];
		cards.push({
			path: collationPath(other.publication),
			title: other.publication.title,
			part: `${edition}与全文对照`,
			excerpt: `逐段对照${edition}与全文，标出不同的字词并归类，两种版本照原样保留。`,
		});
	}
	return cards;
}

const cardPaths = new WeakMap<readonly ShelfYear[], ReadonlySet<string>>();

/** Whether the page at `path` has a share card of its own: the cards worked out once per shelf, not once per page. */
export function hasShareCard(shelf: readonly ShelfYear[], path: string): boolean {
	let paths = cardPaths.get(shelf);
	if (!paths) {
		paths = new Set(shareCards(shelf).map((card) => card.path));
		cardPaths.set(shelf, paths);
	}
	return paths.has(path);
}
