import { EDITION_LABEL } from '../../core/shelf.ts';
import type { Edition } from '../../core/schemas/publication.ts';
import { groupByPage, mergeEditions, type Hit } from './group.ts';
import { excerpt, matchRanges } from '../../core/search/literal-match.ts';
import { hitHref } from './url-state.ts';
import { SITE_ENTRY_LABEL, type SiteEntry } from '../../core/search/site-data.ts';

/**
 * The results list, built with DOM calls and textContent only: report text and the
 * reader's query are never parsed as HTML.
 */
export function editionLabel(edition: string): string {
	return EDITION_LABEL[edition as Edition] ?? edition;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = doc.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function excerptNode(doc: Document, hit: Hit, terms: readonly string[]): HTMLElement {
	const shown = excerpt(hit.text, matchRanges(hit.text, terms));
	const node = element(doc, 'span', 'search-hit-excerpt');
	if (shown.before) node.append('…');
	for (const part of shown.parts) node.append(part.mark ? element(doc, 'mark', undefined, part.text) : part.text);
	if (shown.after) node.append('…');
	return node;
}

/** Replaces the list's items with the hits grouped by page; returns each hit's link, in order. */
export function renderResults(list: HTMLElement, hits: readonly Hit[], terms: readonly string[], query: string): Map<string, HTMLAnchorElement> {
	const doc = list.ownerDocument;
	const links = new Map<string, HTMLAnchorElement>();
	const items = groupByPage(mergeEditions(hits)).map((group) => {
		const item = element(doc, 'li', 'search-group');
		const heading = element(doc, 'h2', 'search-group-title');
		const pageLink = element(doc, 'a', undefined, group.title);
		pageLink.href = hitHref(group.hits[0]!.url, query);
		heading.append(pageLink);
		const meta = element(doc, 'p', 'search-group-meta', `${group.year}年 · ${editionLabel(group.edition)} · ${group.hits.length} 段`);
		const sub = element(doc, 'ol', 'search-hits');
		for (const hit of group.hits) {
			const li = element(doc, 'li', 'search-hit');
			const link = element(doc, 'a');
			link.href = hitHref(hit.url, query);
			if (hit.place) link.append(element(doc, 'span', 'search-hit-place', hit.place));
			link.append(excerptNode(doc, hit, terms));
			li.append(link);
			if (hit.occurrences > 1) li.append(element(doc, 'span', 'search-hit-count', `本段出现 ${hit.occurrences} 次`));
			if (hit.alsoIn.length > 0) {
				const also = element(doc, 'span', 'search-hit-also', '同一段也见于：');
				hit.alsoIn.forEach((other, index) => {
					const otherLink = element(doc, 'a', undefined, [editionLabel(other.edition), other.title, other.place].filter(Boolean).join(' · '));
					otherLink.href = hitHref(other.url, query);
					also.append(...(index > 0 ? ['；'] : []), otherLink);
					links.set(other.url, otherLink);
				});
				li.append(also);
			}
			sub.append(li);
			links.set(hit.url, link);
		}
		item.append(heading, meta, sub);
		return item;
	});
	list.replaceChildren(...items);
	return links;
}

/**
 * The site's own data that matches (indicators, glossary terms, livelihood projects),
 * above the paragraphs, each a link to its place; the query marked in its name.
 */
export function renderSiteEntries(section: HTMLElement, entries: readonly SiteEntry[], terms: readonly string[]): void {
	const doc = section.ownerDocument;
	if (entries.length === 0) {
		section.replaceChildren();
		section.hidden = true;
		return;
	}
	const heading = element(doc, 'h2', undefined, `站内数据（${entries.length} 项）`);
	const ul = element(doc, 'ul');
	for (const entry of entries) {
		const li = element(doc, 'li', 'search-data-entry');
		li.dataset.kind = entry.kind;
		const link = element(doc, 'a');
		link.href = entry.href;
		const shown = excerpt(entry.name, matchRanges(entry.name, terms), 40, 120);
		if (shown.before) link.append('…');
		for (const part of shown.parts) link.append(part.mark ? element(doc, 'mark', undefined, part.text) : part.text);
		if (shown.after) link.append('…');
		li.append(element(doc, 'span', 'search-data-kind', SITE_ENTRY_LABEL[entry.kind]), link, element(doc, 'span', 'search-data-detail', entry.detail));
		ul.append(li);
	}
	section.replaceChildren(heading, ul);
	section.hidden = false;
}
