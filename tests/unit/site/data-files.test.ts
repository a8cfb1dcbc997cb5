import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { collections } from '../../../src/content.config.ts';
import { checkClassRules } from '../../../src/site/compare/class-rules.ts';
import { checkWordsTexts } from '../../../src/site/words/explanations.ts';
import { lineStarting, withLine } from '../../support/text-lines.ts';

/**
 * The data files the pages read reach them through the content layer
 * (src/content.config.ts, src/site/data-files.ts): each collection's loader, as the
 * content config declares it, runs on a project root of the test's own, with the real
 * file or a copy of it made bad. A bad file must stop the content sync (and so the
 * build) with its parse function's message, naming the file and line.
 */

const ROOT = join(import.meta.dirname, '../../../');
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project root holding the given files. */
function projectWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'data-files-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

interface Stored {
	id: string;
	data: Record<string, unknown>;
	digest?: string | number;
	filePath?: string;
	body?: string;
	rendered?: { html: string; metadata: Record<string, unknown> };
}

/** What a loader needs of Astro: a store, a digest, a logger, (in dev) a watcher, the collection's schema and a Markdown renderer that says what it was given. */
function contextFor(root: string, watcher?: EventEmitter, schema?: { parse: (data: unknown) => unknown }) {
	const entries = new Map<string, Stored>();
	const errors: string[] = [];
	const rendered: string[] = [];
	let writes = 0;
	const context = {
		collection: 'test',
		config: { root: pathToFileURL(`${root}/`) },
		store: {
			set: (entry: Stored) => {
				if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
				writes++;
				entries.set(entry.id, entry);
				return true;
			},
			get: (id: string) => entries.get(id),
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
			clear: () => entries.clear(),
		},
		generateDigest: (data: unknown) => JSON.stringify(data),
		logger: { info: () => {}, error: (message: string) => errors.push(message) },
		watcher: watcher && Object.assign(watcher, { add: () => {} }),
		// As Astro's: the schema's error, naming the entry.
		parseData: ({ id, data }: { id: string; data: unknown }) => {
			try {
				return schema ? schema.parse(data) : data;
			} catch (error) {
				throw new Error(`entry ${id} does not match the collection schema: ${(error as Error).message.slice(0, 80)}`, { cause: error });
			}
		},
		renderMarkdown: (markdown: string, options: { fileURL: URL }) => {
			rendered.push(options.fileURL.pathname.slice(root.length + 1));
			return { html: `<p>${markdown.length}</p>`, metadata: { frontmatterOf: markdown.slice(0, 4) } };
		},
	} as unknown as LoaderContext;
	return { context, entries, errors, rendered, writes: () => writes };
}

function loaderOf(name: keyof typeof collections) {
	const { loader } = collections[name] as { loader: { load: (context: LoaderContext) => Promise<void> } };
	return loader;
}

function schemaOf(name: keyof typeof collections) {
	return (collections[name] as { schema?: { parse: (data: unknown) => unknown } }).schema;
}

const real = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const CLASSES = 'content/collation/classes.yml';
const TEXTS = 'content/words/texts.yml';

async function refusal(name: keyof typeof collections, files: Record<string, string>): Promise<AstroError> {
	const error = await loaderOf(name)
		.load(contextFor(projectWith(files), undefined, schemaOf(name)).context)
		.then(
			() => undefined,
			(e: unknown) => e,
		);
	expect(error).toBeInstanceOf(AstroError);
	return error as AstroError;
}

describe('the data files in the content layer', () => {
	it('keeps each real file as one entry, as its parse function reads it', async () => {
		const { context, entries } = contextFor(projectWith({ [CLASSES]: real(CLASSES), [TEXTS]: real(TEXTS) }));
		await loaderOf('classRules').load(context);
		expect([...entries.keys()]).toEqual([CLASSES]);
		expect(entries.get(CLASSES)!.data).toEqual(checkClassRules(real(CLASSES)));
		const texts = contextFor(projectWith({ [TEXTS]: real(TEXTS) }));
		await loaderOf('wordsTexts').load(texts.context);
		expect(texts.entries.get(TEXTS)!.data).toEqual(checkWordsTexts(real(TEXTS)));
	});

	it('stops on a class rules file with a bad entry, naming the file and line', async () => {
		const text = real(CLASSES);
		const line = lineStarting(text, 'relativeYears:');
		const bad = text.replace(/^relativeYears:\n(\s+)(\S+): (reviews|plans)$/mu, 'relativeYears:\n$1$2: later');
		expect(bad, 'the first relative year was changed').not.toBe(text);
		const error = await refusal('classRules', { [CLASSES]: bad });
		expect(error.message).toMatch(new RegExp(`^${CLASSES}:${line + 1}: relativeYears\\.\\S+: `, 'u'));
		expect(error.hint).toContain(CLASSES);
	});

	it('stops on a class rules file that is not YAML, naming the file and line', async () => {
		const text = real(CLASSES);
		const error = await refusal('classRules', { [CLASSES]: withLine(text, lineStarting(text, 'currencies:'), 'currencies: [元') });
		expect(error.message).toMatch(new RegExp(`^${CLASSES}:\\d+: not YAML: `, 'u'));
	});

	it('stops on a words texts file with a missing text, naming the file and line', async () => {
		const text = real(TEXTS);
		const line = lineStarting(text, '  description:');
		const error = await refusal('wordsTexts', { [TEXTS]: withLine(text, line, '  description: ""') });
		expect(error.message).toMatch(new RegExp(`^${TEXTS}:${line}: \\w+\\.description: `, 'u'));
		expect(error.hint).toContain('{name}');
	});

	it('writes unchanged data to the store once, and reloads an edited file in dev, keeping the last good data over a bad edit', async () => {
		const root = projectWith({ [CLASSES]: real(CLASSES) });
		const watcher = new EventEmitter();
		const run = contextFor(root, watcher);
		await loaderOf('classRules').load(run.context);
		await loaderOf('classRules').load(run.context);
		expect(run.writes()).toBe(1);
		const file = join(root, CLASSES);
		const changed = async (text: string) => {
			writeFileSync(file, text);
			watcher.emit('change', file);
			await new Promise((resolve) => setTimeout(resolve, 50));
		};
		const added = real(CLASSES).replace(/^(measureWords:\n\s+\[\n)(\s+)/mu, '$1$2枚,\n$2');
		expect(added, 'a measure word was added').not.toBe(real(CLASSES));
		await changed(added);
		expect((run.entries.get(CLASSES)!.data as { measureWords: string[] }).measureWords[0]).toBe('枚');
		await changed('measureWords: []\n');
		expect(run.errors.join('\n')).toMatch(/^content\/collation\/classes\.yml:1: measureWords: /u);
		expect((run.entries.get(CLASSES)!.data as { measureWords: string[] }).measureWords[0]).toBe('枚');
	});

	it('keeps each source decoded, byte-order mark dropped, and refuses one that is not UTF-8, naming it', async () => {
		const { context, entries } = contextFor(projectWith({ 'content/sources/a.txt': '\uFEFF第一行\n第二行\n', 'content/sources/manifest.yml': '[]\n' }));
		await loaderOf('sources').load(context);
		expect([...entries.keys()]).toEqual(['a.txt']);
		expect(entries.get('a.txt')!.data).toEqual({ text: '第一行\n第二行\n' });
		const root = projectWith({});
		mkdirSync(join(root, 'content/sources'), { recursive: true });
		writeFileSync(join(root, 'content/sources/b.txt'), Buffer.from([0xe7, 0xac, 0x0a]));
		const error = await loaderOf('sources')
			.load(contextFor(root).context)
			.then(
				() => undefined,
				(e: unknown) => e,
			);
		expect((error as Error).message).toMatch(/^content\/sources\/b\.txt: /u);
	});
});

const MANIFEST = 'content/sources/manifest.yml';
const PAGES = 'content/publication-pages';
const SUMMARY_PAGES = ['2026-summary/00-opening', '2026-summary/01-part-1'];

describe('the publications and their pages in the content layer', () => {
	it('keeps each publication of the real manifest as an entry, in its order, checked by the schema', async () => {
		const { context, entries } = contextFor(projectWith({ [MANIFEST]: real(MANIFEST) }), undefined, schemaOf('publications'));
		await loaderOf('publications').load(context);
		const ids = [...real(MANIFEST).matchAll(/^- id: (\S+)$/gmu)].map((match) => match[1]);
		expect(ids.length, 'the manifest lists publications').toBeGreaterThan(1);
		expect([...entries.keys()]).toEqual(ids);
		expect(entries.get('2024-full')!.data).toMatchObject({ year: 2024, edition: 'full' });
	});

	it('stops on a manifest with a publication the schema refuses, or an id twice, naming the file and the line of the item', async () => {
		const text = real(MANIFEST);
		const second = lineStarting(text, '- id: 2024-full');
		const badYear = text.replace(/^(- id: 2024-full\n(?: {2}.*\n)*? {2}year: )2024$/mu, '$1二〇二四');
		expect(badYear, 'the year was changed').not.toBe(text);
		expect((await refusal('publications', { [MANIFEST]: badYear })).message).toMatch(new RegExp(`^${MANIFEST}:${second}: entry 2024-full does not match`, 'u'));
		const twice = text.replace('- id: 2024-full\n', '- id: 2021-full\n');
		const error = await refusal('publications', { [MANIFEST]: twice });
		expect(error.message).toBe(`${MANIFEST}:${second}: the id 2021-full is an earlier item's`);
		expect(error.hint).toContain('manifest');
	});

	it('keeps each page entry with its id from its path, its data checked, its body, and the whole file rendered; an unchanged file is not rendered again, a removed one goes', async () => {
		const files = Object.fromEntries(SUMMARY_PAGES.map((id) => [`${PAGES}/${id}.md`, real(`${PAGES}/${id}.md`)]));
		const root = projectWith(files);
		const run = contextFor(root, undefined, schemaOf('publicationPages'));
		await loaderOf('publicationPages').load(run.context);
		expect([...run.entries.keys()].sort()).toEqual(SUMMARY_PAGES);
		const opening = run.entries.get(SUMMARY_PAGES[0]!)!;
		const markdown = files[`${PAGES}/${SUMMARY_PAGES[0]}.md`]!;
		expect(opening.data).toMatchObject({ publication: '2026-summary', slug: 'opening', order: 0 });
		expect(opening.filePath).toBe(`${PAGES}/${SUMMARY_PAGES[0]}.md`);
		expect(markdown.endsWith(`${opening.body}\n`), 'the body is the text after the frontmatter').toBe(true);
		expect(opening.body).not.toContain('publication: 2026-summary');
		expect(opening.rendered).toEqual({ html: `<p>${markdown.length}</p>`, metadata: { frontmatterOf: '---\n' } });
		expect(run.rendered.sort()).toEqual(SUMMARY_PAGES.map((id) => `${PAGES}/${id}.md`));
		rmSync(join(root, PAGES, `${SUMMARY_PAGES[1]}.md`));
		await loaderOf('publicationPages').load(run.context);
		expect(run.rendered.length, 'the unchanged entry was not rendered again').toBe(2);
		expect([...run.entries.keys()]).toEqual([SUMMARY_PAGES[0]]);
	});

	it('stops on a page entry whose frontmatter is not a page entry’s, naming the file', async () => {
		const file = `${PAGES}/${SUMMARY_PAGES[1]}.md`;
		const bad = real(file).replace(/^slug: part-1$/mu, 'slug: 第一部分');
		expect(bad, 'the slug was changed').not.toBe(real(file));
		const error = await refusal('publicationPages', { [file]: bad });
		expect(error.message).toMatch(new RegExp(`^${file}: entry ${SUMMARY_PAGES[1]} does not match`, 'u'));
		expect(error.hint).toContain('npm run ingest');
	});
});
