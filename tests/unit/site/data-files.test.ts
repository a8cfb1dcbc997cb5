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
}

/** What a loader needs of Astro: a store, a digest, a logger and (in dev) a watcher. */
function contextFor(root: string, watcher?: EventEmitter) {
	const entries = new Map<string, Stored>();
	const errors: string[] = [];
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
	} as unknown as LoaderContext;
	return { context, entries, errors, writes: () => writes };
}

function loaderOf(name: keyof typeof collections) {
	const { loader } = collections[name] as { loader: { load: (context: LoaderContext) => Promise<void> } };
	return loader;
}

const real = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const CLASSES = 'content/collation/classes.yml';
const TEXTS = 'content/words/texts.yml';

/** The line (from 1) of the first line of `text` that starts with `start`. */
function lineStarting(text: string, start: string): number {
	const index = text.split('\n').findIndex((line) => line.startsWith(start));
	expect(index, `a line of the file starts with “${start}”`).toBeGreaterThanOrEqual(0);
	return index + 1;
}

async function refusal(name: keyof typeof collections, files: Record<string, string>): Promise<AstroError> {
	const error = await loaderOf(name)
		.load(contextFor(projectWith(files)).context)
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
		const line = lineStarting(text, 'currencies:');
		const lines = text.split('\n');
		lines[line - 1] = 'currencies: [元';
		const error = await refusal('classRules', { [CLASSES]: lines.join('\n') });
		expect(error.message).toMatch(new RegExp(`^${CLASSES}:\\d+: not YAML: `, 'u'));
	});

	it('stops on a words texts file with a missing text, naming the file and line', async () => {
		const text = real(TEXTS);
		const line = lineStarting(text, '  description:');
		const lines = text.split('\n');
		lines[line - 1] = '  description: ""';
		const error = await refusal('wordsTexts', { [TEXTS]: lines.join('\n') });
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
