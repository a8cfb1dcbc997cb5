/**
 * A reference entry written as GB/T 7714 prescribes for Chinese entries, in either
 * edition of the standard, for the three kinds of document this site cites:
 * a web page or website [EB], a report [R] and a newspaper article [N], with the
 * carrier mark /OL when read online.
 *
 *   2015 (§4.4, §4.6, §8): ASCII punctuation, each mark followed by a space, as the
 *        official CSL style and biblatex-gb7714's default write it:
 *        作者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 *        作者. 题名[N]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 *   2025 (§8.5, §8.8, §8.11): “.” and “[ ]” half-width, the other marks full-width
 *        (biblatex-gb7714's gbpunctwidth=mixed, the official CSL 2025 style); the access
 *        date only for web pages; a report's date after its type mark, unbracketed:
 *        作者. 题名：其他题名信息[EB/OL]. （发布日期）[引用日期]. 获取和访问路径.
 *        作者. 题名[R/OL]. 发布日期. 获取和访问路径.
 * A locator (part, paragraph) follows the date as the 引文页码 does: (日期): 位置[引用日期].
 *        作者. 题名[N]. 报纸名，出版日期（版次）. 获取和访问路径.
 * Dates are written YYYY-MM-DD (or as much of it as is known).
 */
export type StandardEdition = '2015' | '2025';

export const STANDARD_NAME: Record<StandardEdition, string> = { '2015': 'GB/T 7714—2015', '2025': 'GB/T 7714—2025' };

export type DocumentType = 'EB' | 'R' | 'N';

export interface ReferenceEntry {
	/** The responsible persons or bodies, as printed; none for an entry headed by its title. */
	authors: readonly string[];
	title: string;
	/** 其他题名信息: a subtitle, then anything narrowing the title (a part, a paragraph). */
	other?: readonly string[];
	type: DocumentType;
	/** Read online: adds the carrier mark /OL. */
	online?: boolean;
	/** The date of publication (created/published or modified), YYYY[-MM[-DD]]. */
	issued?: string;
	/** When the reader looked, YYYY-MM-DD. */
	accessed?: string;
	/** A newspaper article: the paper's name and its 版次, each where known. */
	newspaper?: { name?: string; page?: string };
	/**
	 * Where in the document the citation points (a part, a paragraph): written where
	 * the standard puts the 引文页码, after the date and a colon (2015 §4.1.1, §8.8.2;
	 * 2025 §8.8), never into the title.
	 */
	locator?: string;
	url?: string;
}

interface Punctuation {
	element: string;
	subtitle: string;
	list: string;
	open: string;
	close: string;
}

const PUNCTUATION: Record<StandardEdition, Punctuation> = {
	'2015': { element: '. ', subtitle: ': ', list: ', ', open: '(', close: ')' },
	'2025': { element: '. ', subtitle: '：', list: '，', open: '（', close: '）' },
};

/** The mark between the items of a list (names, a locator's parts) in each edition. */
export const listSeparator = (edition: StandardEdition) => PUNCTUATION[edition].list;

export function formatReference(entry: ReferenceEntry, edition: StandardEdition): string {
	const p = PUNCTUATION[edition];
	const elements: string[] = [];
	if (entry.authors.length > 0) elements.push(entry.authors.join(p.list));
	const mark = `[${entry.type}${entry.online ? '/OL' : ''}]`;
	elements.push(`${[entry.title, ...(entry.other ?? [])].join(p.subtitle)}${mark}`);
	const issued = entry.issued ? `${p.open}${entry.issued}${p.close}` : '';
	const accessed = entry.accessed ? `[${entry.accessed}]` : '';
	const located = (before: string) => (entry.locator ? (before ? `${before}${p.subtitle}${entry.locator}` : entry.locator) : before);
	if (entry.type === 'N') {
		const newspaper = entry.newspaper ?? {};
		// An unrecorded paper is said to be unknown, as the standard says of an unknown publisher (§8.4.2.3).
		const page = newspaper.page ? `${p.open}${newspaper.page}${p.close}` : '';
		const date = entry.issued ? `${p.list}${entry.issued}${page}` : '';
		elements.push(`${located(`${newspaper.name ?? '[报纸名不详]'}${date}`)}${edition === '2015' ? accessed : ''}`);
	} else if (entry.type === 'R' && edition === '2025') {
		const dated = located(entry.issued ?? '');
		if (dated) elements.push(dated);
	} else {
		const dated = `${located(issued)}${accessed}`;
		if (dated) elements.push(dated);
	}
	if (entry.url) elements.push(entry.url);
	return `${elements.join(p.element)}.`;
}
