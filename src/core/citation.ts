import type { Publication } from './schemas/publication.ts';
import { formatReference, listSeparator, type ReferenceEntry, type StandardEdition } from './gb7714.ts';

/**
 * Citations of a publication, one of its pages, a paragraph or a range of paragraphs,
 * as GB/T 7714 entries (gb7714.ts), in either edition of the standard.
 *
 *   responsible  a digest's maker where the manifest names one (`compiledBy`), none
 *                where it says the maker is not named; else the speaker where the
 *                manifest names one, else the issuing body
 *   title        the title and subtitle as printed (manifest `printed`), else the
 *                manifest's title
 *   type         a work report is a report, [R/OL] read on the web, whatever carries it
 *                (2015 §4.1 counts reports among monographs, appendix B gives R; 2025
 *                appendix B.7 cites a report online with its release date); a newspaper
 *                print is [N/OL], with the paper's name, date and page only where the
 *                manifest records them
 *   locator      the page (part or annex) and the paragraphs, where the standard puts
 *                the 引文页码: after the date, 2024-01-30：一、……，第3-7段
 *   date         when the report was delivered, as much as is known
 *   URL          the page's, with the paragraph's or the range's fragment
 *   unknown      what a reader would look for and the manifest does not record, so that
 *                the exports can say so rather than fill it in
 *
 * Paragraph numbers are the ones printed in the margin (rehype-paragraph-numbers.ts).
 */
export interface CitationContext {
	authors: string[];
	title: string;
	/** The subtitle as printed. */
	subtitle?: string;
	type: 'R' | 'N';
	issued?: string;
	newspaper?: { name?: string; page?: string };
	/** The page as navigation labels it, for a part or annex page; none for the publication's own page. */
	page?: string;
	/** What the manifest does not record, in a reader's words: 责任者, 报纸名, 出版日期, 版次. */
	unknown: string[];
}

/**
 * The section, review item or group a block belongs to, read back from its id
 * (src/markdown/block-ids.ts): `s3-p2` → （三）想方设法激活消费潜力; a run-in section or
 * item is its own. None for a block directly under the page heading.
 */
export function sectionOf(id: string, outline: readonly { id: string; text: string }[]): string | undefined {
	const own = outline.find((entry) => entry.id === id && id !== 'top');
	if (own) return trimStop(own.text);
	const scope = id
		.split('-')
		.filter((segment) => !/^[pl]\d+$/.test(segment))
		.join('-');
	const entry = scope && scope !== id ? outline.find((e) => e.id === scope) : undefined;
	return entry ? trimStop(entry.text) : undefined;
}

/**
 * Where a block stands on its page, as a search result says it: its section as the outline
 * names it and its paragraph number in the margin (第二部分's （三）… · 第12段); '' for a
 * heading, whose text says where it is.
 */
export function placeOnPage(id: string, outline: readonly { id: string; text: string }[], paragraph: number | undefined): string {
	if (paragraph === undefined) return '';
	return [sectionOf(id, outline), `第${paragraph}段`].filter(Boolean).join(' · ');
}

/** A heading as a citation or an outline names it: without its closing 。 or colon. */
export const trimStop = (text: string) => text.replace(/[。：:]$/, '');

type CitedPublication = Pick<Publication, 'title' | 'delivered' | 'speaker' | 'edition'> & Partial<Pick<Publication, 'responsible' | 'printed' | 'newspaper' | 'compiledBy'>>;

/** Who answers for the text: a digest's maker where the manifest speaks of one, else the speaker or the issuing body. */
function responsibleFor(publication: CitedPublication): string | undefined {
	if (publication.compiledBy !== undefined) return publication.compiledBy ?? undefined;
	return publication.speaker ?? publication.responsible;
}

/** What a page gives its script (and the exports) to cite it: the publication, and the page where it is one of its parts. */
export function citationContext(publication: CitedPublication, page?: { label: string }): CitationContext {
	const responsible = responsibleFor(publication);
	const isNewspaper = publication.edition === 'newspaper';
	const newspaper = isNewspaper ? (publication.newspaper ?? {}) : undefined;
	const issued = isNewspaper ? newspaper?.date : publication.delivered;
	const unknown = [
		...(responsible ? [] : ['责任者']),
		...(newspaper && !newspaper.name ? ['报纸名'] : []),
		...(newspaper && !newspaper.date ? ['出版日期'] : []),
		...(newspaper && !newspaper.page ? ['版次'] : []),
	];
	return {
		authors: responsible ? [responsible] : [],
		title: publication.printed?.title ?? publication.title,
		...(publication.printed?.subtitle ? { subtitle: publication.printed.subtitle } : {}),
		type: isNewspaper ? 'N' : 'R',
		...(issued ? { issued } : {}),
		...(newspaper ? { newspaper: { ...(newspaper.name ? { name: newspaper.name } : {}), ...(newspaper.page ? { page: newspaper.page } : {}) } } : {}),
		...(page ? { page: trimStop(page.label) } : {}),
		unknown,
	};
}

/** Paragraphs first to last of a page (their margin numbers); one paragraph when they are equal. */
export interface ParagraphRange {
	first: number;
	last: number;
}

export function paragraphLabel(range: ParagraphRange): string {
	return range.first === range.last ? `第${range.first}段` : `第${range.first}-${range.last}段`;
}

export interface CiteOptions {
	/** The URL cited, with its fragment. */
	url: string;
	/** YYYY-MM-DD, the reader's today. */
	accessed?: string;
	paragraphs?: ParagraphRange;
}

/** Where in the publication a citation points: the page, then the paragraphs. */
export function locatorOf(context: CitationContext, paragraphs: ParagraphRange | undefined, separator: string): string | undefined {
	const parts = [context.page, paragraphs ? paragraphLabel(paragraphs) : undefined].filter((part): part is string => Boolean(part));
	return parts.length > 0 ? parts.join(separator) : undefined;
}

export function referenceEntry(context: CitationContext, options: CiteOptions, edition: StandardEdition): ReferenceEntry {
	const locator = locatorOf(context, options.paragraphs, listSeparator(edition));
	return {
		authors: context.authors,
		title: context.title,
		...(context.subtitle ? { other: [context.subtitle] } : {}),
		...(locator ? { locator } : {}),
		type: context.type,
		online: true,
		...(context.issued ? { issued: context.issued } : {}),
		...(options.accessed ? { accessed: options.accessed } : {}),
		...(context.newspaper ? { newspaper: context.newspaper } : {}),
		url: options.url,
	};
}

export function citation(context: CitationContext, edition: StandardEdition, options: CiteOptions): string {
	return formatReference(referenceEntry(context, options, edition), edition);
}

/** The reader's today as a citation writes it, from their own clock. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
