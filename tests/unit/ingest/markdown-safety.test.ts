import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { type Block, plainText } from '../../../scripts/lib/ingest/model.ts';
import { blocksToMdast, parseMarkdown, serializeMarkdown } from '../../../scripts/lib/ingest/to-markdown.ts';
import { fixtureSource, ingest, pageTree, textOf } from './helpers.ts';

/**
 * A source is text, never markup: whatever its characters look like, the site must
 * show them as they are, and no source can inject HTML or a link into a page.
 */
const HOSTILE = '看到 <script>alert(1)</script> 与 <b>html</b> 与 [link](javascript:alert(1)) 与 www.example.com 时，照原样显示。';

/** The only nodes the model can produce; anything else came from a character of the text. */
const ALLOWED = new Set(['root', 'heading', 'paragraph', 'text', 'strong', 'list', 'listItem', 'textDirective', 'leafDirective']);

function roundTrip(blocks: readonly Block[]): Root {
	return parseMarkdown(serializeMarkdown(blocksToMdast(blocks)));
}

function nodeTypes(tree: Nodes): string[] {
	const types = new Set<string>();
	visit(tree, (node) => {
		types.add(node.type);
	});
	return [...types].filter((type) => !ALLOWED.has(type));
}

/** The text of a model block as it must come back: a list as its items’ texts, depth first. */
function blockText(block: Block): string {
	const items = (list: Extract<Block, { type: 'list' }>['items']): string => list.map((item) => plainText(item.children) + items(item.items)).join('');
	return block.type === 'list' ? items(block.items) : plainText(block.children);
}

const fixtures = [
	{ name: 'report-unsafe.txt', shape: 'full-text' as const, options: {} },
	{ name: 'digest-unsafe.txt', shape: 'digest' as const, options: { divisions: ['2023年工作回顾'] } },
];

describe('source text that looks like markup', () => {
	for (const { name, shape, options } of fixtures) {
		it(`round-trips as literal text (${name})`, () => {
			const source = fixtureSource(name, shape, options);
			const parsed = readPublication(source.publication, new TextDecoder().decode(source.bytes), source.file);
			const blocks = parsed.pages.flatMap((p) => p.blocks);
			const tree = roundTrip(blocks);

			expect(nodeTypes(tree)).toEqual([]);
			expect(tree.children.map((node) => textOf(node))).toEqual(blocks.map(blockText));
			expect(tree.children.map((node) => textOf(node))).toContain(HOSTILE);
			// Directives are the model's own roles; a source can only reach the ones the reader made.
			visit(tree, ['textDirective', 'leafDirective'], (node) => {
				expect(node.type === 'textDirective' && node.name).toBe('sub');
			});
		});

		it(`passes through the whole ingest unchanged (${name})`, () => {
			// ingestPublication runs the fidelity check on the Markdown as the site parses it.
			const ingested = ingest(fixtureSource(name, shape, options));
			const texts: string[] = [];
			for (const generated of ingested.pages) {
				const { tree } = pageTree(generated);
				expect(nodeTypes(tree)).toEqual([]);
				texts.push(...tree.children.map((node) => textOf(node)));
			}
			expect(texts).toContain(HOSTILE);
		});
	}

	// Strings that mean something in CommonMark or in the directive syntax the site parses.
	const strings = [
		'<script>alert(1)</script>',
		'<b>html</b>',
		'[link](javascript:alert(1))',
		'www.example.com',
		'<https://example.com>',
		'https://example.com',
		'![img](x)',
		'[ref]: https://example.com',
		'[x][ref]',
		'<!-- comment -->',
		':sub[2] :dfn[term]',
		'::caption[x]',
		':::note',
		'&amp; &#x41; &lt;',
		'\\*not\\* a\\',
		'*em* _em_ **strong** __strong__',
		'`code` ```fence',
		'# heading',
		'- item',
		'1. item',
		'> quote',
		'---',
		'    indented',
		'  two spaces around  ',
	];
	const shapes: [string, (value: string) => Block][] = [
		['paragraph', (value) => ({ type: 'paragraph', children: [{ type: 'text', value }], line: 1 })],
		['heading', (value) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }], line: 1 })],
		['list item', (value) => ({ type: 'list', items: [{ children: [{ type: 'text', value }], line: 1, items: [] }], line: 1 })],
		['strong', (value) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }], line: 1 })],
	];
	for (const [shape, make] of shapes) {
		it(`keeps each such string as text in a ${shape}, alone or between Chinese characters`, () => {
			for (const value of strings.flatMap((s) => [s, `前${s}后`])) {
				const block = make(value);
				const tree = roundTrip([block]);
				expect(nodeTypes(tree), JSON.stringify(value)).toEqual([]);
				expect(
					tree.children.map((node) => textOf(node)),
					JSON.stringify(value),
				).toEqual([value]);
			}
		});
	}
});
