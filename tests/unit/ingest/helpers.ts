import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';
import { ingestPublication, sha256, type GeneratedPage, type IngestedPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { parseMarkdown } from '../../../scripts/lib/ingest/to-markdown.ts';
import { assignBlockIds, blockId } from '../../../src/markdown/block-ids.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { readRealSources, ROOT, type Source } from '../../support/real-corpus.ts';

export { ROOT, type Source };
export const FIXTURES = 'tests/unit/ingest/fixtures';

/** The real publications, as scripts/ingest.ts reads them, by id. */
export async function realSources(): Promise<Map<string, Source>> {
	return new Map((await readRealSources()).map((source) => [source.publication.id, source]));
}

export function ingest(source: Source): IngestedPublication {
	return ingestPublication(source.publication, source.bytes, source.file, 'tests/unit/ingest');
}

/** Ingests each real publication once per test file: the readers are pure, so sharing the result is safe. */
let ingested: Promise<Map<string, IngestedPublication>> | undefined;
export function ingestedSources(): Promise<Map<string, IngestedPublication>> {
	ingested ??= realSources().then((sources) => new Map([...sources].map(([id, source]) => [id, ingest(source)])));
	return ingested;
}

export async function ingestedSource(id: string): Promise<IngestedPublication> {
	const publication = (await ingestedSources()).get(id);
	if (!publication) throw new Error(`no publication ${id} in the manifest`);
	return publication;
}

export function fixtureBytes(name: string): Uint8Array {
	return readFileSync(new URL(`${FIXTURES}/${name}`, ROOT));
}

/**
 * A fixture as a manifest entry would describe it; the hash is computed from the
 * bytes, so that only the tests meant to trip the hash check do so.
 */
export function fixtureSource(name: string, shape: Publication['shape'], options: { divisions?: string[]; joins?: string[]; bytes?: Uint8Array } = {}): Source {
	const bytes = options.bytes ?? fixtureBytes(name);
	const publication: Publication = {
		id: '2024-full',
		file: name.split('/').at(-1)!,
		sha256: sha256(bytes),
		year: 2024,
		edition: 'full',
		shape,
		title: 'fixture',
		description: 'fixture',
		delivered: '2024',
		speaker: null,
		reviews: { years: [2023] },
		plans: { years: [2024] },
		...(options.divisions ? { divisions: options.divisions } : {}),
		...(options.joins ? { joins: options.joins } : {}),
	};
	return { publication, file: `${FIXTURES}/${name}`, bytes };
}

export function page(publication: IngestedPublication, slug: string): GeneratedPage {
	const found = publication.pages.find((p) => p.data.slug === slug);
	if (!found) throw new Error(`${publication.publication.id} has no page ${slug}: ${publication.pages.map((p) => p.data.slug).join(', ')}`);
	return found;
}

export interface PageTree {
	tree: Root;
	/** Each block the id plugin names, by its id, as the built page will carry it. */
	byId: Map<string, Nodes>;
}

/** A generated page read back as the site reads it, with its block ids assigned. */
export function pageTree(generated: GeneratedPage): PageTree {
	const tree = parseMarkdown(generated.markdown);
	tree.children = tree.children.filter((node) => node.type !== 'yaml');
	assignBlockIds(tree);
	const byId = new Map<string, Nodes>();
	visit(tree, (node) => {
		const id = blockId(node);
		if (id !== undefined) byId.set(id, node);
	});
	return { tree, byId };
}

export function textOf(node: Nodes | undefined): string {
	if (!node) throw new Error('no such block');
	return toString(node);
}

/** `prefix1` … `prefixN`: the ids a run of numbered blocks must have. */
export function numbered(prefix: string, count: number, from = 1): string[] {
	return Array.from({ length: count }, (_, i) => `${prefix}${i + from}`);
}

/** Runs `fn`, which must throw, and returns what it threw. */
export function thrown(fn: () => unknown): Error {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(Error);
		return error as Error;
	}
	throw new Error('expected an error, but none was thrown');
}
