import { endsSentence, numberedLabel } from '../../../../src/core/structure.ts';
import { lineText } from '../artefacts.ts';
import { type Block, type Heading, type ListItem, type Page, type ParsedPublication, plainText } from '../model.ts';
import { SourceError } from '../source-error.ts';
import { parseInlineMarkup } from './inline-markup.ts';

export interface DigestOptions {
	/** The headings that divide the digest into pages, in order (from the manifest). */
	divisions: readonly string[];
	/** Exact ends of lines that a page break split from the next line (from the manifest). */
	joins?: readonly string[];
}

interface DigestLine {
	kind: 'heading' | 'item' | 'text';
	/** The line's text with its artefacts removed (artefacts.ts), markup still in place. */
	markup: string;
	line: number;
	/** Heading level from `#` markers; 0 for a heading the digest does not mark. */
	level: number;
	/** Indentation of a list item. */
	indent: number;
	blankBefore: boolean;
}

const MARKED_HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^([ \t]*)-[ \t]+(.*)$/;
const PHOTO_CREDIT = /本报记者.*摄$/;

/**
 * Reads a digest (an infographic or a summary, recovered by character recognition):
 * loose Markdown with `#` headings (or none), runs of short lines listing figures,
 * outline lists nested by indentation, and headings the manifest names as the
 * digest's top-level divisions.
 */
export function readDigest(source: string, file: string, options: DigestOptions): ParsedPublication {
	const lines = joinDeclaredBreaks(splitLines(source), options.joins ?? [], file);
	const blocks = groupBlocks(lines, file);

	const pages: Page[] = [];
	let page: Page = { slug: 'opening', kind: 'opening', line: lines[0]?.line ?? 1, blocks: [] };
	pages.push(page);
	let division = 0;
	let divisionLevel = 0;
	for (const { block, source: origin } of blocks) {
		if (block.type === 'heading' && plainText(block.children) === options.divisions[division]) {
			division++;
			divisionLevel = origin.level;
			page = { slug: `part-${division}`, kind: 'part', number: division, line: block.line, blocks: [{ ...block, depth: 1 }] };
			pages.push(page);
			continue;
		}
		if (block.type === 'heading') {
			block.depth = headingDepth(page, origin, divisionLevel, plainText(block.children));
		}
		page.blocks.push(block);
	}
	if (division < options.divisions.length) {
		throw new SourceError(
			file,
			lines.at(-1)?.line ?? 1,
			`the division heading “${options.divisions[division]}” was not found${division > 0 ? ` after “${options.divisions[division - 1]}”` : ''}`,
			'each heading named in the manifest’s divisions, in order, on a line of its own',
		);
	}
	if (pages[0]!.blocks.length === 0) pages.shift();
	return { pages, artefacts: { pageBreakJoins: options.joins?.length ?? 0, wrapJoins: 0, continuationMarkers: 0 } };
}

function headingDepth(page: Page, origin: DigestLine, divisionLevel: number, value: string): Heading['depth'] {
	if (page.kind === 'opening') {
		const first = !page.blocks.some((b) => b.type === 'heading');
		return origin.level > 0 ? clampDepth(origin.level + 1) : first ? 2 : 3;
	}
	if (origin.level > 0) return clampDepth(origin.level - divisionLevel + 2);
	return numberedLabel(value)?.kind === 'section' ? 3 : 2;
}

function clampDepth(depth: number): Heading['depth'] {
	return Math.min(6, Math.max(2, depth)) as Heading['depth'];
}

function splitLines(source: string): DigestLine[] {
	const lines: DigestLine[] = [];
	let blank = false;
	source.split('\n').forEach((raw, index) => {
		if (lineText(raw, 'markdown') === '' && lineText(raw, 'plain') === '') {
			blank = true;
			return;
		}
		const trimmed = raw.trim();
		const heading = MARKED_HEADING.exec(trimmed);
		const item = LIST_ITEM.exec(raw.trimEnd());
		const line = index + 1;
		if (heading) {
			lines.push({ kind: 'heading', markup: (heading[2] ?? '').trim(), line, level: heading[1]!.length, indent: 0, blankBefore: blank });
		} else if (item) {
			lines.push({ kind: 'item', markup: item[2]!.trim(), line, level: 0, indent: item[1]!.replace(/\t/g, '  ').length, blankBefore: blank });
		} else {
			lines.push({ kind: 'text', markup: trimmed, line, level: 0, indent: 0, blankBefore: blank });
		}
		blank = false;
	});
	return lines;
}

/** Joins each line ending in a declared page-break split to the line after it (artefacts.ts, rule 2). */
function joinDeclaredBreaks(lines: DigestLine[], joins: readonly string[], file: string): DigestLine[] {
	const out: DigestLine[] = [];
	const used = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const line = { ...lines[i]! };
		const join = joins.find((end) => line.markup.endsWith(end));
		if (join !== undefined && i + 1 < lines.length) {
			if (used.has(join)) throw new SourceError(file, line.line, `the declared join “${join}” matches more than one line`, 'each join to end exactly one line');
			used.add(join);
			line.markup += lines[i + 1]!.markup;
			i++;
		}
		out.push(line);
	}
	for (const join of joins) {
		if (!used.has(join)) throw new SourceError(file, lines.at(-1)?.line ?? 1, `the declared join “${join}” ends no line`, 'the exact end of the line that a page break split');
	}
	return out;
}

interface GroupedBlock {
	block: Block;
	source: DigestLine;
}

/**
 * Runs of lines without blank lines between them make one block: a run of `-`
 * items is an outline list, a run of plain lines a list of figures, a lone plain
 * line a paragraph or, when it reads as one, a heading.
 */
function groupBlocks(lines: readonly DigestLine[], file: string): GroupedBlock[] {
	const blocks: GroupedBlock[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		const inline = parseInlineMarkup(line.markup, file, line.line);
		if (line.kind === 'heading') {
			blocks.push({ block: { type: 'heading', depth: 2, children: inline, line: line.line }, source: line });
			i++;
			continue;
		}
		let end = i + 1;
		while (end < lines.length && !lines[end]!.blankBefore && lines[end]!.kind === line.kind) end++;
		const run = lines.slice(i, end);
		i = end;
		if (line.kind === 'item') {
			blocks.push({ block: { type: 'list', items: nestItems(run, file), line: line.line }, source: line });
		} else if (run.length > 1) {
			const items = run.map((l) => ({ children: parseInlineMarkup(l.markup, file, l.line), line: l.line, items: [] }));
			blocks.push({ block: { type: 'list', items, line: line.line }, source: line });
		} else if (readsAsHeading(line.markup)) {
			blocks.push({ block: { type: 'heading', depth: 2, children: inline, line: line.line }, source: line });
		} else {
			blocks.push({
				block: { type: 'paragraph', children: inline, line: line.line, ...(PHOTO_CREDIT.test(line.markup) ? { role: 'caption' as const } : {}) },
				source: line,
			});
		}
	}
	return blocks;
}

/** A lone short line that neither ends a sentence nor carries figures, nor is a parenthesised credit. */
function readsAsHeading(markup: string): boolean {
	return markup.length <= 40 && !endsSentence(markup) && !/[，、,]$/.test(markup) && !markup.includes('**') && !/^[（(][^）)]*[）)]$/.test(markup) && !PHOTO_CREDIT.test(markup);
}

function nestItems(run: readonly DigestLine[], file: string): ListItem[] {
	const indents = [...new Set(run.map((l) => l.indent))].sort((a, b) => a - b);
	const root: ListItem[] = [];
	const stack: { level: number; item: ListItem }[] = [];
	for (const line of run) {
		const level = indents.indexOf(line.indent);
		const item: ListItem = { children: parseInlineMarkup(line.markup, file, line.line), line: line.line, items: [] };
		while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
		const parent = stack.at(-1);
		if (!parent && level > 0) throw new SourceError(file, line.line, 'an indented list item with no item above it', 'a top-level - item before indented ones');
		(parent ? parent.item.items : root).push(item);
		stack.push({ level, item });
	}
	return root;
}
