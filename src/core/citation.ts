import type { Publication } from './schemas/publication.ts';
import { formatReference, type ReferenceEntry, type StandardEdition } from './gb7714.ts';

/**
 * Citations of a publication, one of its pages, a paragraph or a range of paragraphs,
 * as GB/T 7714 entries (gb7714.ts), in either edition of the standard.
 *
 *   responsible  the speaker where the manifest names one, else the issuing body
 *   title        the title and subtitle as printed (manifest `printed`), else the
 *                manifest's title; then the page (part or annex) and the paragraphs,
 *                as further title information, since the standard has no locator
 *                but the page for a web resource: 第25段, 第3-7段
 *   type         [EB/OL] for every edition read here: what is cited is the web page
 *                that reproduces the text, read on a date (the access date, from the
 *                reader's clock); a newspaper print is [N/OL], with the paper's name,
 *                date and page only where the manifest records them
 *   date         when the report was delivered, as much as is known
 *   URL          the page's, with the paragraph's or the range's fragment
 *
 * Paragraph numbers are the ones printed in the margin (rehype-paragraph-numbers.ts).
 */
export interface CitationContext {
	authors: string[];
	title: string;
	/** The subtitle as printed. */
	subtitle?: string;
	type: 'EB' | 'N';
	issued?: string;
	newspaper?: { name: string; page?: string };
	/** The page as navigation labels it, for a part or annex page; none for the publication's own page. */
	page?: string;
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

/** What a page gives its script (and the exports) to cite it: the publication, and the page where it is one of its parts. */
export function citationContext(
	publication: Pick<Publication, 'title' | 'delivered' | 'speaker' | 'edition'> & Partial<Pick<Publication, 'responsible' | 'printed' | 'newspaper'>>,
	page?: { label: string },
): CitationContext {
	const responsible = publication.speaker ?? publication.responsible;
	const newspaper = publication.edition === 'newspaper' ? publication.newspaper : undefined;
	const issued = publication.edition === 'newspaper' ? newspaper?.date : publication.delivered;
	return {
		authors: responsible ? [responsible] : [],
		title: publication.printed?.title ?? publication.title,
		...(publication.printed?.subtitle ? { subtitle: publication.printed.subtitle } : {}),
		type: publication.edition === 'newspaper' ? 'N' : 'EB',
		...(issued ? { issued } : {}),
		...(newspaper ? { newspaper: { name: newspaper.name, ...(newspaper.page ? { page: newspaper.page } : {}) } } : {}),
		...(page ? { page: trimStop(page.label) } : {}),
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

export function referenceEntry(context: CitationContext, options: CiteOptions): ReferenceEntry {
	const other = [context.subtitle, context.page, options.paragraphs ? paragraphLabel(options.paragraphs) : undefined].filter((part): part is string => Boolean(part));
	return {
		authors: context.authors,
		title: context.title,
		...(other.length > 0 ? { other } : {}),
		type: context.type,
		online: true,
		...(context.issued ? { issued: context.issued } : {}),
		...(options.accessed ? { accessed: options.accessed } : {}),
		...(context.newspaper ? { newspaper: context.newspaper } : {}),
		url: options.url,
	};
}

export function citation(context: CitationContext, edition: StandardEdition, options: CiteOptions): string {
	return formatReference(referenceEntry(context, options), edition);
}

/** The reader's today as a citation writes it, from their own clock. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
