import type { CitationContext } from './citation.ts';

/**
 * A publication as reference managers import it: BibTeX with biblatex-gb7714's fields,
 * RIS with the tags Zotero's RIS translator reads, CSL-JSON as the GB/T 7714 CSL styles
 * and Zotero use, and the Highwire `citation_*` tags Zotero's page translator reads.
 * Each says what the page citation says (citation.ts): the same responsible person or
 * body, title and subtitle, date and type, and nothing the manifest does not record.
 * The files carry no access date: a file built once cannot know when a reader looks.
 *
 *   full text, digest   @online / TY ELEC / webpage   ([EB/OL])
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
	/** The publication's URL: absolute where the public address is set, else root-relative. */
	url: string;
}

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
		fields.push(['journaltitle', bibValue(context.newspaper.name)]);
		if (context.newspaper.page) fields.push(['number', bibValue(context.newspaper.page)]);
	}
	if (context.issued) fields.push(['date', context.issued]);
	fields.push(['url', item.url.replace(/[{}]/g, encodeURIComponent)]);
	fields.push(['langid', 'chinese']);
	const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
	return `@${newspaper ? 'article' : 'online'}{${item.key},\n${body}\n}\n`;
}

export function toRis(item: ExportItem): string {
	const { context } = item;
	const lines: [string, string][] = [['TY', context.type === 'N' ? 'NEWS' : 'ELEC']];
	for (const name of context.authors) lines.push(['AU', name]);
	lines.push(['TI', fullTitle(context)]);
	if (context.type === 'N' && context.newspaper) {
		lines.push(['T2', context.newspaper.name]);
		if (context.newspaper.page) lines.push(['SP', context.newspaper.page]);
	}
	if (context.issued) {
		const [year, month, day] = context.issued.split('-');
		lines.push(['PY', year!]);
		lines.push(['DA', [year, month ?? '', day ?? ''].join('/')]);
	}
	lines.push(['UR', item.url]);
	lines.push(['LA', 'zh-CN']);
	lines.push(['ER', '']);
	// RIS readers expect CRLF and the tag, two spaces, a hyphen and a space.
	return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

export function toCslJson(item: ExportItem): string {
	const { context } = item;
	const entry: Record<string, unknown> = {
		id: item.key,
		type: context.type === 'N' ? 'article-newspaper' : 'webpage',
		...(context.authors.length > 0 ? { author: context.authors.map((literal) => ({ literal })) } : {}),
		title: fullTitle(context),
		...(context.type === 'N' && context.newspaper ? { 'container-title': context.newspaper.name, ...(context.newspaper.page ? { page: context.newspaper.page } : {}) } : {}),
		...(context.issued ? { issued: { 'date-parts': [dateParts(context.issued)] } } : {}),
		URL: item.url,
		language: 'zh-CN',
	};
	return `${JSON.stringify([entry], null, 2)}\n`;
}

/**
 * Highwire tags (and the few others Zotero's Embedded Metadata translator reads to pick
 * the item type): a full text or digest is a web page, a newspaper print a newspaper
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
	if (context.type === 'N') {
		tags.push({ name: 'DC.type', content: 'newspaperArticle' });
		if (context.newspaper?.page) tags.push({ name: 'citation_firstpage', content: context.newspaper.page });
	}
	return tags;
}
