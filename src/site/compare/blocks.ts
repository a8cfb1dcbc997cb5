import { sectionOf } from '../../core/citation.ts';
import type { OutlineEntry } from '../../core/schemas/page-entry.ts';
import type { PageBlocks, PageBlockType } from '../../markdown/page-blocks.ts';

/**
 * A block of a publication as the collation shows it: its text, and where a reader
 * finds it, in the words of the page (第二部分 · （一）全力以赴抓政策落地 · 第2段),
 * never by the id its link carries.
 */
export interface CollationBlock {
	/** The block's id on its page: for links only, never shown. */
	id: string;
	/** The page's path; with `#id`, the block's deep link. */
	path: string;
	/** The page as navigation names it. */
	page: string;
	/** The block's place on its page, as a citation names it. */
	place: string;
	type: PageBlockType;
	text: string;
	/** The block's text goes on from, or on to, a page the publication does not include: that page, as printed (第五版). */
	cut?: { from?: string; to?: string };
}

/**
 * The id of a block's entry on a collation page: its page's slug before its own id
 * (part-2-p1), since every page of a publication numbers its blocks from p1.
 */
export function collationEntryId(block: Pick<CollationBlock, 'path' | 'id'>): string {
	const slug = block.path.split('/').filter(Boolean).at(-1) ?? 'page';
	return `${slug}-${block.id}`;
}

export interface PageInput {
	path: string;
	/** What navigation calls the page. */
	label: string;
	/** The page's text starts on, or goes on to, a page not included (a newspaper's). */
	continuedFrom?: string | undefined;
	continuesTo?: string | undefined;
}

/**
 * The blocks of one page entry, with the places a reader would cite them by. `read`: the
 * page's blocks and the outline their ids were given with (readPageBlocks, with the
 * entry's pins), so that a place and its link cannot disagree.
 */
export function collationBlocks(read: Pick<PageBlocks, 'outline' | 'blocks'>, page: PageInput): CollationBlock[] {
	const { outline } = read;
	const blocks = read.blocks.filter((block) => block.text.trim() !== '');
	return blocks.map((block, index) => {
		const cut = {
			...(page.continuedFrom && index === 0 && block.type !== 'heading' ? { from: page.continuedFrom } : {}),
			...(page.continuesTo && index === blocks.length - 1 ? { to: page.continuesTo } : {}),
		};
		return {
			id: block.id,
			path: page.path,
			page: page.label,
			place: describePlace(block.id, block.type, block.text, outline, block.paragraph),
			type: block.type,
			text: block.text,
			...(cut.from || cut.to ? { cut } : {}),
		};
	});
}

/** A block's place in the words of its page: its section and its paragraph number in the margin (the one a citation gives). */
export function describePlace(id: string, type: PageBlockType, text: string, outline: Pick<OutlineEntry, 'id' | 'text'>[], paragraph?: number): string {
	if (id === 'top') return '页标题';
	if (type === 'heading') return `标题“${shorten(text)}”`;
	return [sectionOf(id, outline), paragraph ? `第${paragraph}段` : undefined].filter(Boolean).join(' · ') || '正文';
}

const shorten = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text).replace(/[。：:]$/u, '');
