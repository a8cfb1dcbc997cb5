import type { OutlineEntry } from './schemas/page-entry.ts';
import type { Publication } from './schemas/publication.ts';
import { formatDate } from './shelf.ts';

/**
 * Where a block stands in its report, in words a citation uses, read back from its
 * id (src/markdown/block-ids.ts): `s3-p2` → （三）想方设法激活消费潜力, 第2段.
 */
export interface BlockPlace {
	/** The section, review item, group or heading the block belongs to. */
	section?: string;
	/** The block's position: 第2段, 第4项, 名词解释第3条. */
	position?: string;
}

export interface CitationContext {
	/** The publication's title: 2024年内蒙古自治区政府工作报告（全文）. */
	title: string;
	/** When it was delivered, as printed: 2024年1月30日. */
	delivered: string;
	/** The page: 二、2024 年工作安排. */
	page: string;
	outline: Pick<OutlineEntry, 'id' | 'text'>[];
	/** The page's absolute URL, without a fragment. */
	url: string;
}

/** A heading as a citation or an outline names it: without its closing 。 or colon. */
export const trimStop = (text: string) => text.replace(/[。：:]$/, '');

/**
 * What a reading page gives its script to cite its blocks (the URL is the page's own,
 * read in the browser): the publication, and the page as navigation labels it.
 */
export function citationContext(
	publication: Pick<Publication, 'title' | 'delivered'>,
	page: { label: string; outline: readonly Pick<OutlineEntry, 'id' | 'text'>[] },
): Omit<CitationContext, 'url'> {
	return { title: publication.title, delivered: formatDate(publication.delivered), page: page.label, outline: page.outline.map(({ id, text }) => ({ id, text })) };
}

export function placeOf(id: string, outline: CitationContext['outline']): BlockPlace {
	const sectionOf = (scope: string) => {
		const entry = outline.find((e) => e.id === scope);
		return entry ? trimStop(entry.text) : undefined;
	};
	const term = /^t(\d+)$/.exec(id);
	if (term) return { position: `名词解释第${term[1]}条` };
	const project = /^n(\d+)$/.exec(id);
	if (project) return { position: `第${project[1]}项` };
	if (outline.some((e) => e.id === id)) {
		// A run-in section or review item: the block is the one its bold sentence opens.
		const section = sectionOf(id);
		return /^s\d+$/.test(id) ? { ...(section ? { section } : {}), position: '第1段' } : section ? { section } : {};
	}
	const segments = id.split('-');
	const positions: string[] = [];
	let scope = '';
	for (const segment of segments) {
		const block = /^([pl])(\d+)$/.exec(segment);
		if (!block) {
			scope = scope ? `${scope}-${segment}` : segment;
			continue;
		}
		positions.push(block[1] === 'p' ? `第${block[2]}段` : positions.length > 0 ? `第${block[2]}小项` : `第${block[2]}项`);
	}
	const section = scope ? sectionOf(scope) : undefined;
	return { ...(section ? { section } : {}), ...(positions.length > 0 ? { position: positions.join('') } : {}) };
}

/** A ready citation of one block: title, date, part, section, position, URL. */
export function citation(id: string, context: CitationContext): string {
	const { section, position } = placeOf(id, context.outline);
	const where = [trimStop(context.page), section, position].filter(Boolean).join('，');
	return `《${context.title}》（${context.delivered}），${where}。${context.url}#${id}`;
}
