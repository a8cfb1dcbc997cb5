import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { OutlineEntry, OutlineKind } from '../core/schemas/page-entry.ts';
import { isAddressToDelegates, numberedLabel } from '../core/structure.ts';

/**
 * Stable ids for every heading and block of a report page, derived from the page's
 * structure alone, so that a link to a paragraph survives any rebuild:
 *
 *   top        the page's own heading (the part, annex or division)
 *   s3         section （三）, as a heading or as a paragraph's bold first sentence
 *   i2         review item 二是…
 *   g1         group 一、 inside a page (an annex's groups, an outline's parts, the
 *              sections of a part whose heading is unnumbered); its run-in sections
 *              and items are its own: g2-s1, g2-i1
 *   h4         any other heading: the 4th such on the page
 *   p5         the 5th paragraph directly under the page heading
 *   s3-p2      the 2nd paragraph of section （三） (a bold run-in sentence is its p1;
 *              a run-in review item is a paragraph of its own and opens no scope)
 *   i1-l4      the 4th line of the list under item 一是
 *   s1-l2-l3   the 3rd item nested in that list item
 *   n7         livelihood project 7 (a list item numbered “7.” or “7、”)
 *   t3         the 3rd glossary term (a paragraph that defines a term)
 *
 * A paragraph opening with 各位代表 ends the numbered sections before it: what
 * follows belongs to the part (structure.ts). An id that would repeat on a page is
 * prefixed with its parent's, e.g. g3-s3 (a review item's parent is the section it
 * stands in: s2-i1); one that would still repeat takes its occurrence number, s2-i1-2.
 *
 * Pins: after a declared correction of a source (content/corrections.yml) a block
 * keeps the id it was published under although its position changed, and a block
 * the correction added gets a new one (p1-c1): the ingest works these out
 * (scripts/lib/ingest/corrections.ts) and writes them into the page entry as `pins`
 * (position id → published id), which every reader of the page applies.
 */

/** Position id → the id the block was published under (a page entry's `pins`). */
export type BlockPins = Readonly<Record<string, string>>;

export interface BlockIds {
	outline: OutlineEntry[];
	/** Every id on the page, in document order. */
	ids: string[];
}

interface Scope {
	id: string;
	depth: number;
	/** A group heading (一、 inside a page): its run-in sections and items stay inside it. */
	group?: boolean;
	paragraphs: number;
	lists: number;
}

/** What remark-rehype reads from a node's data to set its element's attributes. */
type Identified = { data?: object | undefined; position?: Root['position'] };
type ElementData = { hProperties?: Record<string, unknown> };

/** The id assignBlockIds gave a node, if any. */
export function blockId(node: Identified): string | undefined {
	const id = (node.data as ElementData | undefined)?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
}

/** Assigns ids (as `data.hProperties.id`) to the top-level blocks of a page and returns its outline. */
export function assignBlockIds(tree: Root, pins: BlockPins = {}): BlockIds {
	const used = new Set<string>();
	const ids: string[] = [];
	const outline: OutlineEntry[] = [];
	const top: Scope = { id: '', depth: 1, paragraphs: 0, lists: 0 };
	let scopes: Scope[] = [top];
	let headings = 0;
	let terms = 0;

	const claim = (node: Identified, local: string, parent: string): string => {
		let id = local;
		if (used.has(id) && parent !== '') id = `${parent}-${local}`;
		// A number the text repeats within one scope (一是 … 二是 …, then 一是 again) is told apart by its occurrence.
		const base = id;
		for (let occurrence = 2; used.has(id); occurrence++) id = `${base}-${occurrence}`;
		used.add(id);
		const published = pins[id] ?? id;
		ids.push(published);
		const data = (node.data ??= {}) as ElementData;
		data.hProperties = { ...data.hProperties, id: published };
		// Scopes go on by position: a pinned section's paragraphs are pinned one by one.
		return id;
	};
	const scope = () => scopes.at(-1)!;
	const child = (local: string) => (scope().id === '' ? local : `${scope().id}-${local}`);

	for (const node of tree.children) {
		if (node.type === 'heading') {
			const text = toString(node);
			if (node.depth === 1) {
				const id = claim(node, 'top', '');
				outline.push({ id: pins[id] ?? id, depth: 1, kind: 'page', text });
				scopes = [top];
				continue;
			}
			scopes = scopes.filter((s) => s.depth < node.depth);
			const label = numberedLabel(text);
			const [local, kind] = headingId(label, () => ++headings);
			const id = claim(node, local, scope().id);
			outline.push({ id: pins[id] ?? id, depth: Math.min(3, node.depth), kind, text });
			scopes.push({ id, depth: node.depth, paragraphs: 0, lists: 0, group: kind === 'group' });
			continue;
		}
		if (node.type === 'paragraph' || node.type === 'leafDirective') {
			const runIn = node.type === 'paragraph' ? runInHeading(node) : undefined;
			// A review item is named within the section it stands in where its number repeats on the page (s2-i1).
			const enclosing = scope().id;
			if (runIn || isAddressToDelegates(toString(node))) scopes = scopes.filter((s) => s.depth < 2 || (runIn !== undefined && s.group === true));
			if (runIn) {
				const label = numberedLabel(toString(runIn))!;
				const local = label.kind === 'section' ? `s${label.number}` : `i${label.number}`;
				const id = claim(node, local, label.kind === 'item' ? enclosing : scope().id);
				outline.push({ id: pins[id] ?? id, depth: 2, kind: label.kind === 'section' ? 'section' : 'item', text: toString(runIn) });
				// A run-in section goes on over the paragraphs after it, the bold sentence
				// opening its first; a review item is one paragraph, and what follows it
				// belongs to the part again.
				if (label.kind === 'section') scopes.push({ id, depth: 2, paragraphs: 1, lists: 0 });
				continue;
			}
			if (node.type === 'paragraph' && node.children[0]?.type === 'textDirective' && node.children[0].name === 'dfn') {
				claim(node, `t${++terms}`, '');
				continue;
			}
			const s = scope();
			claim(node, child(`p${++s.paragraphs}`), '');
			continue;
		}
		if (node.type === 'list') {
			const s = scope();
			for (const item of node.children) identifyItem(item, child(`l${++s.lists}`));
			continue;
		}
		throw new Error(`a ${node.type} block has no place in a report page${lineOf(node)}`);
	}
	return { outline, ids };

	function identifyItem(item: ListItem, fallback: string): void {
		const number = /^(\d{1,3})[.．、]/.exec(toString(item.children[0] ?? { type: 'text', value: '' }));
		const id = claim(item, number ? `n${number[1]}` : fallback, '');
		let nested = 0;
		for (const block of item.children as BlockContent[]) {
			if (block.type === 'list') for (const sub of (block as List).children) identifyItem(sub, `${id}-l${++nested}`);
		}
	}
}

// Astro prints an error under its file's name but not its place: the line goes into the message.
function lineOf(node: Identified): string {
	return node.position ? ` (line ${node.position.start.line})` : '';
}

function headingId(label: ReturnType<typeof numberedLabel>, nextGeneric: () => number): [string, OutlineKind] {
	if (label?.kind === 'section') return [`s${label.number}`, 'section'];
	if (label?.kind === 'item') return [`i${label.number}`, 'item'];
	if (label?.kind === 'part') return [`g${label.number}`, 'group'];
	return [`h${nextGeneric()}`, 'heading'];
}

/** A paragraph whose bold first sentence is a section or review item heading (（一）…。 / 一是…。). */
export function runInHeading(node: Paragraph): PhrasingContent | undefined {
	const first = node.children[0];
	if (first?.type !== 'strong') return undefined;
	const kind = numberedLabel(toString(first))?.kind;
	return kind === 'section' || kind === 'item' ? first : undefined;
}
