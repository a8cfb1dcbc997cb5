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
	/** A newspaper article: the paper's name, and its 版次 where known. */
	newspaper?: { name: string; page?: string };
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

export function formatReference(entry: ReferenceEntry, edition: StandardEdition): string {
	const p = PUNCTUATION[edition];
	const elements: string[] = [];
	if (entry.authors.length > 0) elements.push(entry.authors.join(p.list));
	const mark = `[${entry.type}${entry.online ? '/OL' : ''}]`;
	elements.push(`${[entry.title, ...(entry.other ?? [])].join(p.subtitle)}${mark}`);
	const issued = entry.issued ? `${p.open}${entry.issued}${p.close}` : '';
	const accessed = entry.accessed ? `[${entry.accessed}]` : '';
	if (entry.type === 'N') {
		// Without the paper's name there is no publication element: never guess one.
		if (entry.newspaper) {
			const page = entry.newspaper.page ? `${p.open}${entry.newspaper.page}${p.close}` : '';
			const date = entry.issued ? `${p.list}${entry.issued}${page}` : '';
			elements.push(`${entry.newspaper.name}${date}${edition === '2015' ? accessed : ''}`);
		} else if (edition === '2015' && accessed) elements.push(accessed);
	} else if (entry.type === 'R' && edition === '2025') {
		if (entry.issued) elements.push(entry.issued);
	} else if (issued || accessed) {
		elements.push(`${issued}${accessed}`);
	}
	if (entry.url) elements.push(entry.url);
	return `${elements.join(p.element)}.`;
}
