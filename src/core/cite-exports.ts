import type { CitationContext } from './citation.ts';

/**
 * A publication as reference managers import it: BibTeX with biblatex-gb7714's fields,
 * RIS with the tags Zotero's RIS translator reads, CSL-JSON as the GB/T 7714 CSL styles
 * and Zotero use, and the Highwire `citation_*` tags Zotero's page translator reads.
 * Each says what the page citation says (citation.ts): the same responsible person or
 * body, title and subtitle, date and type, and nothing the manifest does not record.
 * The files carry no access date: a file built once cannot know when a reader looks,
 * and a URL only when it is absolute (a file that leaves the site cannot resolve a
 * relative one). What the manifest does not record is named in a note, never filled in.
 *
 *   full text, digest   @report / TY RPRT / report   ([R/OL])
 *   newspaper print     @article + entrysubtype=newspaper (portable; biblatex-gb7714
 *                       prints [N]) / TY NEWS / article-newspaper ([N/OL]); the
 *                       paper's name and page only where recorded
 */
export interface CiteExport {
	format: 'bibtex' | 'ris' | 'csl-json';
	label: string;
	path: string;
	mediaType: string;
}

/** The files beside a publication's page: /2024/full/cite.bib, cite.ris, cite.json. */
export function citeExports(publicationPath: string): CiteExport[] {
	return [
		{ format: 'bibtex', label: 'BibTeX', path: `${publicationPath}cite.bib`, mediaType: 'application/x-bibtex; charset=utf-8' },
		{ format: 'ris', label: 'RIS', path: `${publicationPath}cite.ris`, mediaType: 'application/x-research-info-systems; charset=utf-8' },
		{ format: 'csl-json', label: 'CSL-JSON', path: `${publicationPath}cite.json`, mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	];
}

export interface ExportItem {
	/** A key for the entry: the publication's id. */
	key: string;
	context: CitationContext;
	/** The publication's URL: absolute where the public address is set, else root-relative (and left out of the files). */
	url: string;
}

/** The URL a file that leaves the site may carry: an absolute one, or none. */
const absoluteUrl = (item: ExportItem) => (/^https?:\/\//.test(item.url) ? item.url : undefined);

/** What the manifest leaves unknown, as a reader's note: 未记录：报纸名、出版日期、版次. */
const unknownNote = (context: CitationContext) => (context.unknown.length > 0 ? `未记录：${context.unknown.join('、')}` : undefined);

/** Title and subtitle (and page) joined as a Chinese title is: 题名：副题名. */
const fullTitle = (context: CitationContext) => [context.title, context.subtitle, context.page].filter(Boolean).join('：');

const dateParts = (date: string) => date.split('-').map(Number);

/** A BibTeX value: braces, backslashes and the characters TeX treats as commands, escaped. */
function bibValue(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`));
}

export function toBibtex(item: ExportItem): string {
	const { context } = item;
	const newspaper = context.type === 'N';
	const fields: [string, string][] = [];
	if (newspaper) fields.push(['entrysubtype', 'newspaper']);
	// Double braces: a body or a Chinese name is one name, never split into given and family names.
	if (context.authors.length > 0) fields.push(['author', context.authors.map((name) => `{${bibValue(name)}}`).join(' and ')]);
	fields.push(['title', bibValue(context.title)]);
	if (context.subtitle) fields.push(['subtitle', bibValue(context.subtitle)]);
	if (context.page) fields.push(['titleaddon', bibValue(context.page)]);
	if (newspaper && context.newspaper) {
		if (context.newspaper.name) fields.push(['journaltitle', bibValue(context.newspaper.name)]);
		if (context.newspaper.page) fields.push(['number', bibValue(context.newspaper.page)]);
	}
	if (context.issued) fields.push(['date', context.issued]);
	const url = absoluteUrl(item);
	if (url) fields.push(['url', url.replace(/[{}]/g, encodeURIComponent)]);
	const note = unknownNote(context);
	if (note) fields.push(['note', bibValue(note)]);
	fields.push(['langid', 'chinese']);
	const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
	return `@${newspaper ? 'article' : 'report'}{${item.key},\n${body}\n}\n`;
}

export function toRis(item: ExportItem): string {
	const { context } = item;
	const lines: [string, string][] = [['TY', context.type === 'N' ? 'NEWS' : 'RPRT']];
	for (const name of context.authors) lines.push(['AU', name]);
	lines.push(['TI', fullTitle(context)]);
	if (context.type === 'N' && context.newspaper) {
		if (context.newspaper.name) lines.push(['T2', context.newspaper.name]);
		if (context.newspaper.page) lines.push(['SP', context.newspaper.page]);
	}
	if (context.issued) {
		lines.push(['PY', context.issued.slice(0, 4)]);
		lines.push(['DA', risDate(context.issued)]);
	}
	const url = absoluteUrl(item);
	if (url) lines.push(['UR', url]);
	const note = unknownNote(context);
	if (note) lines.push(['N1', note]);
	lines.push(['LA', 'zh-CN']);
	lines.push(['ER', '']);
	// RIS readers expect CRLF and the tag, two spaces, a hyphen and a space.
	return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/**
 * A date as RIS writes it: YYYY/MM/DD/ with its three slashes always there and the parts
 * not known left empty (2024/01/30/, 2021/01//, 2026///), as the RIS specification's
 * DA field and citation-js's RIS reader expect.
 */
export function risDate(date: string): string {
	const [year, month = '', day = ''] = date.split('-');
	return `${year}/${month}/${day}/`;
}

export function toCslJson(item: ExportItem): string {
	const { context } = item;
	const entry: Record<string, unknown> = {
		id: item.key,
		type: context.type === 'N' ? 'article-newspaper' : 'report',
		...(context.authors.length > 0 ? { author: context.authors.map((literal) => ({ literal })) } : {}),
		title: fullTitle(context),
		...(context.type === 'N' && context.newspaper
			? { ...(context.newspaper.name ? { 'container-title': context.newspaper.name } : {}), ...(context.newspaper.page ? { page: context.newspaper.page } : {}) }
			: {}),
		...(context.issued ? { issued: { 'date-parts': [dateParts(context.issued)] } } : {}),
		...(absoluteUrl(item) ? { URL: absoluteUrl(item) } : {}),
		...(unknownNote(context) ? { note: unknownNote(context) } : {}),
		language: 'zh-CN',
	};
	return `${JSON.stringify([entry], null, 2)}\n`;
}

/**
 * Highwire tags (and the few others Zotero's Embedded Metadata translator reads to pick
 * the item type): a full text or digest is a report, a newspaper print a newspaper
 * article (DC.type, since Highwire has no newspaper tag and a journal title would make
 * it a journal article).
 */
export function citationMeta(item: ExportItem): { name: string; content: string }[] {
	const { context } = item;
	const tags = [{ name: 'citation_title', content: fullTitle(context) }];
	for (const name of context.authors) tags.push({ name: 'citation_author', content: name });
	if (context.issued) tags.push({ name: 'citation_publication_date', content: context.issued.replaceAll('-', '/') });
	tags.push({ name: 'citation_language', content: 'zh' });
	if (/^https?:/.test(item.url)) tags.push({ name: 'citation_public_url', content: item.url });
	tags.push({ name: 'DC.type', content: context.type === 'N' ? 'newspaperArticle' : 'report' });
	if (context.type === 'N') {
		if (context.newspaper?.page) tags.push({ name: 'citation_firstpage', content: context.newspaper.page });
	}
	return tags;
}
