/**
 * What a reader makes of a source: pages of blocks, each block remembering the
 * source line it starts on so that every later error can point at it.
 */

export type Inline = { type: 'text'; value: string } | { type: 'strong'; children: Inline[] } | { type: 'sub'; value: string } | { type: 'dfn'; children: Inline[] };

export interface Heading {
	type: 'heading';
	depth: 1 | 2 | 3 | 4 | 5 | 6;
	children: Inline[];
	line: number;
}

export interface Paragraph {
	type: 'paragraph';
	children: Inline[];
	line: number;
	/** A photo caption in a digest, shown as one rather than as report text. */
	role?: 'caption';
}

export interface ListItem {
	children: Inline[];
	line: number;
	items: ListItem[];
}

export interface List {
	type: 'list';
	items: ListItem[];
	line: number;
}

export type Block = Heading | Paragraph | List;

export type PageKind = 'opening' | 'part' | 'annex';

export interface Page {
	/** The page's path segment: `opening`, `part-2`, `annex-1`. */
	slug: string;
	kind: PageKind;
	number?: number;
	/** First source line of the page. */
	line: number;
	blocks: Block[];
	/** The page continues a part whose heading this publication does not hold (a newspaper's first page). */
	continued?: boolean;
}

/** The layout artefacts a reader removed from a source (see artefacts.ts), counted. */
export interface ArtefactCounts {
	/** Paragraphs split by a page break, joined again. */
	pageBreakJoins: number;
	/** Hard-wrapped lines joined into their paragraphs. */
	wrapJoins: number;
	/** Page-continuation markers removed. */
	continuationMarkers: number;
}

/** Two source lines read as one paragraph (a page break split it), for the maintainer to check. */
export interface Join {
	/** The line the paragraph starts on, and the line joined to it. */
	line: number;
	next: number;
	/** The last characters before the join. */
	ending: string;
	/** The manifest's `joins` names it; otherwise the reader's rule joined it. */
	declared: boolean;
}

export interface ParsedPublication {
	pages: Page[];
	/** Every join of a paragraph split by a page break, with its lines. */
	joins?: Join[];
	/** Where a newspaper's text comes from and goes on to: （上接第一版） → `第一版`. */
	continuedFrom?: string;
	continuesTo?: string;
	artefacts: ArtefactCounts;
}

export function text(value: string): Inline {
	return { type: 'text', value };
}

export function plainText(inlines: readonly Inline[]): string {
	return inlines.map((node) => (node.type === 'text' || node.type === 'sub' ? node.value : plainText(node.children))).join('');
}
