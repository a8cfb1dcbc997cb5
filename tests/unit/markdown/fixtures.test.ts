import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assignBlockIds } from '../../../src/markdown/block-ids.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { siteMarkdownOptions } from '../../../src/markdown/pipeline.ts';

/**
 * The Markdown pipeline's cases, one folder each in fixtures/ (as remark-gfm and Starlight
 * keep theirs): input.md, rendered by the site's processor (src/markdown/pipeline.ts), gives
 * exactly output.html (the HTML, then a newline) and outline.json (the ids and outline of
 * block-ids.ts); a broken input gives error.txt instead, the error as Astro reports it, with
 * the project's own path left out. `UPDATE=1 npx vitest run tests/unit/markdown` rewrites
 * the expected files: read their diff before committing it.
 */
const FIXTURES = new URL('fixtures/', import.meta.url);
const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const UPDATE = process.env.UPDATE === '1';
const EXPECTED = ['output.html', 'outline.json', 'error.txt'] as const;
type Expected = Partial<Record<(typeof EXPECTED)[number], string>>;

const cases = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
const processor = await createMarkdownProcessor(siteMarkdownOptions);

/** What the pipeline makes of a case's input: the expected files it should have. */
async function run(name: string): Promise<Expected> {
	const input = new URL(`${name}/input.md`, FIXTURES);
	const markdown = readFileSync(input, 'utf8');
	let html: string;
	try {
		html = (await processor.render(markdown, { fileURL: input })).code;
	} catch (error) {
		return { 'error.txt': `${String(error).replaceAll(PROJECT, '')}\n` };
	}
	const { ids, outline } = assignBlockIds(parseMarkdown(markdown));
	return { 'output.html': `${html}\n`, 'outline.json': `${JSON.stringify({ ids, outline }, null, '\t')}\n` };
}

function expectFiles(name: string, actual: Expected): void {
	for (const file of EXPECTED) {
		const path = new URL(`${name}/${file}`, FIXTURES);
		const content = actual[file];
		if (UPDATE) {
			if (content === undefined) rmSync(path, { force: true });
			else writeFileSync(path, content);
			continue;
		}
		if (content === undefined) {
			expect(existsSync(path), `${name}/${file} should not exist (UPDATE=1 removes it)`).toBe(false);
			continue;
		}
		expect(existsSync(path), `${name}/${file} is missing (UPDATE=1 writes it)`).toBe(true);
		expect(content, `${name}/${file}`).toBe(readFileSync(path, 'utf8'));
	}
}

describe('the report Markdown pipeline, case by case (tests/unit/markdown/fixtures/)', () => {
	// Astro's processor logs every error it throws; the broken cases expect theirs.
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('has cases', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	it.each(cases)('%s', async (name) => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const actual = await run(name);
		expectFiles(name, actual);
		const error = actual['error.txt'];
		if (error !== undefined) {
			// A reader of the build's error must be able to find the place.
			expect(error).toContain(`tests/unit/markdown/fixtures/${name}/input.md`);
			expect(error).toMatch(/\(.*line \d+/);
			return;
		}
		// The page carries exactly the ids the scheme assigns, in the same order.
		const { ids } = JSON.parse(actual['outline.json']!) as { ids: string[] };
		expect([...actual['output.html']!.matchAll(/ id="([^"]*)"/g)].map((m) => m[1])).toEqual(ids);
	});

	it('keeps no state between documents: each case renders the same after all the others', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const first = new Map<string, Expected>();
		for (const name of cases) first.set(name, await run(name));
		for (const name of [...cases].reverse()) expect(await run(name), name).toEqual(first.get(name));
	});
});
