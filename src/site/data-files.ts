import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { decodeSourceText } from './source-text.ts';

/**
 * Loaders of the content layer (src/content.config.ts) for the data files the pages
 * read: each file is read, checked and parsed by its own parse function here, once per
 * content sync, so that Astro's data store holds it, the pages read it with
 * getCollection/getEntry and `astro dev` reloads when it changes. Astro's file() loader
 * would log a file it cannot parse and go on with an empty collection; these stop the
 * build with the parse function's message, which names the file and line.
 */

/** A data file as one entry, its id the file's path from the project root. */
export function dataFile(file: string, parse: (text: string) => Record<string, unknown>, hint: string): Loader {
	return syncedLoader(
		'data-file',
		file,
		(changed, path) => changed === path,
		async (context, path) => {
			const data = await parseOrStop(file, hint, async () => parse(await readFile(path, 'utf8')));
			// The digest of what the file says: unchanged data is not written to the store again.
			context.store.set({ id: file, data, digest: context.generateDigest(data), filePath: file });
		},
	);
}

/** The published sources (content/sources/*.txt), decoded for display, one entry per file, its id the file's name. */
export function sourceTexts(folder: string): Loader {
	const inFolder = (changed: string, dir: string) => changed.startsWith(dir) && !changed.slice(dir.length).includes('/') && changed.endsWith('.txt');
	return syncedLoader('source-texts', `${folder}/`, inFolder, async (context, dir) => {
		const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => entry.name);
		for (const id of context.store.keys()) if (!files.includes(id)) context.store.delete(id);
		for (const name of files) {
			const text = await parseOrStop(`${folder}/${name}`, 'A published source is UTF-8 plain text.', async () => decodeSourceText(await readFile(`${dir}${name}`)));
			context.store.set({ id: name, data: { text }, digest: context.generateDigest(text), filePath: `${folder}/${name}` });
		}
	});
}

/**
 * A loader that syncs once and, in dev, again whenever a change under `target` (a file, or
 * a folder ending in `/`, from the project root) `matches`: what every loader here shares.
 */
function syncedLoader(name: string, target: string, matches: (changed: string, path: string) => boolean, sync: (context: LoaderContext, path: string) => Promise<void>): Loader {
	return {
		name,
		load: async (context) => {
			const path = fileURLToPath(new URL(target, context.config.root));
			const run = () => sync(context, path);
			await run();
			context.watcher?.add(path);
			watch(context, (changed) => matches(changed, path), `Reloading ${target}`, run);
		},
	};
}

/** The parse function's result; its error stops the build as an AstroError that keeps its message (file and line) and gives the hint. */
async function parseOrStop<T>(file: string, hint: string, parse: () => T | Promise<T>): Promise<T> {
	try {
		return await parse();
	} catch (error) {
		if (error instanceof AstroError) throw error;
		const message = error instanceof Error ? error.message : String(error);
		throw new AstroError(message.startsWith(file) ? message : `${file}: ${message}`, hint);
	}
}

/** Re-syncs on a change in dev (as Astro's own file() loader does); a bad edit is logged and the last good data kept. */
function watch(context: LoaderContext, matches: (path: string) => boolean, message: string, sync: () => Promise<void>): void {
	const { watcher, logger } = context;
	if (!watcher) return;
	const onChange = async (changed: string) => {
		if (!matches(changed)) return;
		logger.info(message);
		try {
			await sync();
		} catch (error) {
			logger.error(error instanceof Error ? error.message : String(error));
		}
	};
	watcher.on('change', onChange);
	watcher.on('add', onChange);
	watcher.on('unlink', onChange);
}

/** A data file's items, the collection's entries; where the file is YAML, the line each item starts on. */
export interface DataItems {
	items: unknown[];
	lineOf?: (index: number) => number;
}

/**
 * A data file whose items are the collection's entries (the manifest's publications, the
 * indicator series), each checked by the collection's schema, its id the item's `id`.
 * Astro's file() loader would log a file it cannot read and go on with an empty collection.
 */
export function dataItems(file: string, read: (text: string) => DataItems, hint: string): Loader {
	return syncedLoader(
		'data-items',
		file,
		(changed, path) => changed === path,
		async (context, path) => {
			const { items, lineOf } = await parseOrStop(file, hint, async () => read(await readFile(path, 'utf8')));
			const where = (index: number) => (lineOf ? `${file}:${lineOf(index)}` : `${file}, item ${index + 1}`);
			const ids = new Set<string>();
			const entries = [];
			for (const [index, item] of items.entries()) {
				const id = (item as { id?: unknown }).id;
				if (typeof id !== 'string' || ids.has(id))
					throw new AstroError(`${where(index)}: ${typeof id === 'string' ? `the id ${id} is an earlier item's` : 'an item without an id'}`, hint);
				ids.add(id);
				const data = await parseOrStop(where(index), hint, () => context.parseData({ id, data: item as Record<string, unknown>, filePath: file }));
				entries.push({ id, data, digest: context.generateDigest(data), filePath: file });
			}
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			for (const entry of entries) context.store.set(entry);
		},
	);
}

/**
 * The Markdown entries of a folder and its subfolders (the page entries,
 * content/publication-pages/<publication>/NN-<page>.md), each rendered by the site's
 * Markdown processor, its id its path without `.md`: what Astro's glob() loader stores,
 * without the image and module handling these entries never need. An entry whose file
 * is unchanged since the last sync keeps its rendering.
 */
export function markdownEntries(folder: string): Loader {
	return syncedLoader(
		'markdown-entries',
		`${folder}/`,
		(changed, dir) => changed.startsWith(dir) && changed.endsWith('.md'),
		async (context, dir) => {
			const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
			const ids = new Set(names.map((name) => name.slice(0, -'.md'.length)));
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			await Promise.all(names.map((name) => syncMarkdownEntry(context, dir, `${folder}/${name}`, name)));
		},
	);
}

async function syncMarkdownEntry(context: LoaderContext, dir: string, filePath: string, name: string): Promise<void> {
	const id = name.slice(0, -'.md'.length);
	const contents = await readFile(`${dir}${name}`, 'utf8');
	const digest = context.generateDigest(contents);
	if (context.store.get(id)?.digest === digest) return;
	const hint = 'A page entry is written by `npm run ingest`; run it again.';
	const { frontmatter, content } = await parseOrStop(filePath, hint, () => parseFrontmatter(contents, { frontmatter: 'remove' }));
	const data = await parseOrStop(filePath, hint, () => context.parseData({ id, data: frontmatter, filePath }));
	// The whole file: the renderer's plugins read the frontmatter (the pins, the glossary).
	const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(`${dir}${name}`) });
	context.store.set({ id, data, body: content.trim(), filePath, digest, rendered });
}
