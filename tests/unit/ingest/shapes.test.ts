/**
 * The shapes work reports take, one fixture folder each (tests/unit/ingest/fixtures/shapes/<case>/):
 * `source.txt` (sentences written for the test in a report's shape, not a real report's),
 * `declare.yml` (the manifest's declarations, if any) and the expected `outline.txt` (what
 * `npm run ingest -- --outline` prints) or `error.txt` (the refusal). `UPDATE=1` rewrites
 * the expected files: read the diff. Properties that every fixture and the five real
 * publications must keep follow.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestPublication, readPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { formatOutline } from '../../../scripts/lib/ingest/outline.ts';
import { plainText, type ParsedPublication } from '../../../scripts/lib/ingest/model.ts';
import { isPartHeading } from '../../../scripts/lib/ingest/readers/part-pages.ts';
import { isHeadingLike } from '../../../src/core/structure.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { fixtureSource, realSources } from './helpers.ts';

const SHAPES = new URL('./fixtures/shapes/', import.meta.url);
const cases = readdirSync(SHAPES).sort();

function declarations(name: string): { divisions?: string[]; joins?: string[] } {
	const file = new URL(`${name}/declare.yml`, SHAPES);
	return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { divisions?: string[]; joins?: string[] }) : {};
}

function read(name: string): { parsed?: ParsedPublication; error?: string; source: string; publication: Publication } {
	const { publication, bytes, file } = fixtureSource(`shapes/${name}/source.txt`, 'full-text', declarations(name));
	const source = new TextDecoder().decode(bytes);
	try {
		const parsed = readPublication(publication, source, file);
		// The whole ingest too: Markdown, block ids and the fidelity proof.
		ingestPublication(publication, bytes, file, 'tests/unit/ingest/shapes.test.ts');
		return { parsed, source, publication };
	} catch (error) {
		return { error: `${(error as Error).message}\n`, source, publication };
	}
}

function expectFile(name: string, file: string, actual: string): void {
	const url = new URL(`${name}/${file}`, SHAPES);
	if (process.env.UPDATE) writeFileSync(url, actual);
	expect(existsSync(url), `${name}/${file} is missing (UPDATE=1 writes it)`).toBe(true);
	expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('each shape reads to its expected outline, or is refused as expected', () => {
	it.each(cases)('%s', (name) => {
		const { parsed, error } = read(name);
		const expectsError = existsSync(new URL(`${name}/error.txt`, SHAPES)) || (process.env.UPDATE !== undefined && error !== undefined);
		if (expectsError) {
			expect(parsed, `${name} was expected to be refused`).toBeUndefined();
			expectFile(name, 'error.txt', error!);
		} else {
			expect(error, `${name} was refused`).toBeUndefined();
			expectFile(name, 'outline.txt', formatOutline(parsed!));
		}
	});
});

/** The properties a reading must have, whatever the shape. */
function checkProperties(parsed: ParsedPublication, source: string, publication: Publication): void {
	const lines = source.split('\n').map((line) => line.trim());
	const declaredJoins = publication.joins ?? [];
	// No heading-like line ends up inside a paragraph, unless the manifest declares that join.
	for (const join of parsed.joins ?? []) {
		const first = lines[join.line - 1]!;
		if (!declaredJoins.some((ending) => first.endsWith(ending))) expect(isHeadingLike(first), `line ${join.line} “${first}” was joined although it reads as a heading`).toBe(false);
	}
	// Every project of an annex list (a line naming its lead agencies) is a list item.
	const listed = new Set(parsed.pages.flatMap((page) => page.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.line) : []))));
	lines.forEach((line, index) => {
		if (/（牵头(?:责任)?单位[：:][^（）]+）[。；]?$/.test(line)) expect(listed.has(index + 1), `line ${index + 1} names lead agencies but is not a list item`).toBe(true);
	});
	// The page of each part starts with that part's heading line.
	for (const page of parsed.pages.filter((p) => p.kind === 'part' && !p.continued)) {
		const first = page.blocks[0];
		expect(first?.type === 'heading' && first.depth === 1, `${page.slug} does not open with its heading`).toBe(true);
		const heading = first?.type === 'heading' ? plainText(first.children) : '';
		expect(publication.divisions ? publication.divisions.includes(heading) : isPartHeading(heading), `${page.slug} opens with “${heading}”`).toBe(true);
		expect(lines[page.line - 1]).toBe(heading);
	}
}

describe('properties of every reading', () => {
	it.each(cases.filter((name) => !existsSync(new URL(`${name}/error.txt`, SHAPES))))('fixture %s', (name) => {
		const { parsed, source, publication } = read(name);
		checkProperties(parsed!, source, publication);
	});
	it('the five real publications', async () => {
		const sources = await realSources();
		expect(sources.size).toBeGreaterThan(0);
		for (const { publication, bytes, file } of sources.values()) {
			const source = new TextDecoder().decode(bytes);
			if (publication.shape === 'digest') continue; // a digest's pages are its declared divisions, checked by its reader
			checkProperties(readPublication(publication, source, file), source, publication);
		}
	});
});
