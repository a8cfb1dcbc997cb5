/**
 * The tree a reader made of a source, as a maintainer checks it before committing a
 * new publication (`npm run ingest -- --outline <publication>`): pages, headings,
 * run-in sections and items, runs of paragraphs, lists with their lengths, glossary
 * terms and every join, each with its source line.
 */
import { readFile } from 'node:fs/promises';
import { readManifest } from '../content/manifest.ts';
import { decodeSource } from './decode.ts';
import { readPublication } from './ingest-publication.ts';
import { plainText, type Block, type ParsedPublication } from './model.ts';

const SHOWN = 36;

export function formatOutline(parsed: ParsedPublication): string {
	const lines: string[] = [];
	for (const page of parsed.pages) {
		lines.push(`${page.slug}${page.continued ? ' (continued)' : ''}  L${page.line}`);
		for (const row of pageRows(page.blocks)) lines.push(`  ${row}`);
	}
	const joins = parsed.joins ?? [];
	lines.push(joins.length === 0 ? 'joins: none' : `joins: ${joins.length}`);
	for (const join of joins) lines.push(`  L${join.line}+L${join.next}  …${join.ending}  ${join.declared ? '(declared)' : '(by rule: check it)'}`);
	return `${lines.join('\n')}\n`;
}

function pageRows(blocks: readonly Block[]): string[] {
	const rows: string[] = [];
	let run: { kind: string; first: number; last: number; count: number } | undefined;
	const flush = () => {
		if (run) rows.push(`${run.kind} ×${run.count}  L${run.first}${run.count > 1 ? `–L${run.last}` : ''}`);
		run = undefined;
	};
	for (const block of blocks) {
		if (block.type === 'heading') {
			flush();
			rows.push(`${'  '.repeat(block.depth - 1)}H${block.depth} L${block.line}  ${shown(plainText(block.children))}`);
		} else if (block.type === 'list') {
			flush();
			const last = block.items.at(-1)!;
			rows.push(`list ×${block.items.length}  L${block.line}–L${last.line}  ${shown(plainText(block.items[0]!.children))}`);
		} else {
			const lead = block.children[0];
			if (lead?.type === 'strong') {
				flush();
				rows.push(`run-in L${block.line}  ${shown(plainText(lead.children))}`);
				continue;
			}
			const kind = lead?.type === 'dfn' ? 'term' : block.role === 'caption' ? 'caption' : '¶';
			if (run?.kind !== kind) flush();
			run = run ? { ...run, last: block.line, count: run.count + 1 } : { kind, first: block.line, last: block.line, count: 1 };
		}
	}
	flush();
	return rows;
}

function shown(text: string): string {
	return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/** The outline of one publication of the manifest, read from its source as the ingest reads it. */
export async function readOutline(root: URL, id: string): Promise<string> {
	const manifest = await readManifest(root);
	const publication = manifest.find((p) => p.id === id);
	if (!publication) throw new Error(`--outline: no publication ${id} in content/sources/manifest.yml (its ids: ${manifest.map((p) => p.id).join(', ')})`);
	const file = `content/sources/${publication.file}`;
	const source = decodeSource(await readFile(new URL(file, root)), file);
	return `${publication.id} (${publication.shape}) from ${file}\n${formatOutline(readPublication(publication, source, file))}`;
}
