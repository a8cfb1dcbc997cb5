import { parse } from 'yaml';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { pagePath } from '../core/urls.ts';
import { blockId } from './block-ids.ts';
import { parseMarkdown } from './parse.ts';
import { readPageBlocks } from './page-blocks.ts';

/**
 * The terms a report's glossary (附件2 名词解释) defines, read from the page entries:
 * each paragraph that opens with `:dfn[term]` defines one, and its block id (t1, t2 …)
 * is the entry a marked occurrence links to. Terms are the report's own: they mark
 * the publications of the same year only.
 */
export interface GlossaryTerm {
	year: number;
	/** The term as the glossary prints it: “一规划三方案”. */
	term: string;
	/** What the text is searched for: the term without the quotation marks around it. */
	words: string;
	/** The definition's link: /2024/full/annex-2/#t1. */
	href: string;
}

/** A term as a page entry carries it to be marked (its year is the entry's). */
export type MarkedTerm = Omit<GlossaryTerm, 'year'>;

// A term quoted whole (“清四乱”) is found without its quotation marks; one that quotes a part (京蒙协作“六个倍增计划”) as printed.
const QUOTED = /^[“"]([^“”"]+)[”"]$/u;

/** The terms one page entry defines (none on a page without a glossary). */
export function termsOfEntry(markdown: string, path: string): GlossaryTerm[] {
	const tree = parseMarkdown(markdown);
	const front = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
	const publication = /^publication:\s*(\S+)\s*$/mu.exec(front)?.[1];
	const slug = /^slug:\s*(\S+)\s*$/mu.exec(front)?.[1];
	if (!publication || !slug) throw new Error(`${path}: a page entry without publication or slug`);
	const [, year, edition] = /^(\d{4})-([a-z]+)$/u.exec(publication) ?? [];
	if (!year || !edition) throw new Error(`${path}: publication “${publication}” is not <year>-<edition>`);
	const body: Root = { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
	// With the entry's pins: a corrected source keeps its published ids (scripts/lib/ingest/corrections.ts).
	const pins = ((parse(front) as { pins?: Record<string, string> } | null)?.pins ?? {}) as Record<string, string>;
	readPageBlocks(body, pins);
	return body.children.flatMap((node) => {
		const first = node.type === 'paragraph' ? (node as Paragraph).children[0] : undefined;
		const id = blockId(node);
		if (first?.type !== 'textDirective' || first.name !== 'dfn' || !id) return [];
		const term = toString(first);
		const words = QUOTED.exec(term)?.[1] ?? term;
		if (words.replace(/[“”"‘’'《》\s]/gu, '') === '') throw new Error(`${path}: an empty glossary term (${id})`);
		return [{ year: Number(year), term, words, href: `${pagePath({ year: Number(year), edition }, slug)}#${id}` }];
	});
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// A term's pattern, made once: the renderer asks for the same terms in every text node of a report.
const patterns = new Map<string, RegExp>();
function patternOf(words: string): RegExp {
	let pattern = patterns.get(words);
	if (!pattern) patterns.set(words, (pattern = new RegExp([...words.replace(/\s/gu, '')].map(escape).join('\\s?'), 'gu')));
	return pattern;
}

/**
 * Where the terms occur in a text: [start, end, term], longest term first, never
 * overlapping. A space the text has where the glossary has none (4 个 against 4个)
 * does not hide a term; the match covers the text as printed.
 */
export function findTerms<T extends Pick<GlossaryTerm, 'words'>>(text: string, terms: readonly T[]): [number, number, T][] {
	if (terms.length === 0) return [];
	const sorted = [...terms].sort((a, b) => b.words.length - a.words.length);
	const found: [number, number, T][] = [];
	const taken = new Array<boolean>(text.length).fill(false);
	for (const term of sorted) {
		// matchAll works on a copy of the pattern, so the shared one keeps no state.
		for (const match of text.matchAll(patternOf(term.words))) {
			const [at, end] = [match.index, match.index + match[0].length];
			if (taken.slice(at, end).some(Boolean)) continue;
			taken.fill(true, at, end);
			found.push([at, end, term]);
		}
	}
	return found.sort((a, b) => a[0] - b[0]);
}
