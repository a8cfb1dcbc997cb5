import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageEntry } from '../../scripts/lib/content/page-entries.ts';
import { ContentWriter } from '../../scripts/lib/content/content-writer.ts';
import { runIndicators } from '../../scripts/lib/indicators/run.ts';
import { runIngest } from '../../scripts/lib/ingest/run.ts';
import { runWords } from '../../scripts/lib/words/run.ts';
import { parsePublished } from '../../src/core/published-urls.ts';
import { pagePath } from '../../src/core/urls.ts';
import { spawnSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { copyProject, linkPackages } from '../support/project-copy.ts';
import { reportBlocks } from '../support/built-blocks.ts';
import { ROOT } from '../unit/ingest/helpers.ts';

/** The ingest as `npm run ingest` runs it: nothing written when it throws. */
async function ingest(root: URL): Promise<void> {
	await runIngest(root, { stage: new ContentWriter(root) });
}

/**
 * The scenario of issue 12 in a copy of the project: one missed paragraph inserted at the
 * start of part 1 of the 2024 full text, the manifest's hash updated. Without a declared
 * correction the ingest fails and names the links that would open on other text; with
 * one, every link published before opens on its own text.
 */
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const MISSED = '这是据原文补入的一段，此前漏收。';

/** Every published link of a publication → the text it opens on (following the record's moves). */
async function linkTexts(dir: string, publication: { id: string; year: number; edition: string }): Promise<Map<string, string>> {
	const folder = join(dir, 'content/publication-pages', publication.id);
	const texts = new Map<string, string>();
	for (const file of (await readdir(folder)).sort()) {
		const { page, blocks } = readPageEntry(await readFile(join(folder, file), 'utf8'), file);
		for (const block of blocks) texts.set(`${pagePath(publication, page.slug)}#${block.id}`, block.text);
	}
	const record = parsePublished(await readFile(join(dir, 'content/published-urls.json'), 'utf8'));
	for (const [from, to] of Object.entries(record.moved)) if (texts.has(to)) texts.set(from, texts.get(to)!);
	return texts;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
	const path = join(dir, file);
	await writeFile(path, change(await readFile(path, 'utf8')));
}

describe('a correction of a published source', () => {
	let dir: string;
	let root: URL;
	const full2024 = { id: '2024-full', year: 2024, edition: 'full' };
	const full2021 = { id: '2021-full', year: 2021, edition: 'full' };
	let before2024: Map<string, string>;
	let before2021: Map<string, string>;
	let oldSha2024: string;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'corrections-'));
		await copyProject(ROOT.pathname, dir);
		await linkPackages(join(ROOT.pathname, 'node_modules'), dir);
		root = pathToFileURL(`${dir}/`);
		await runIngest(root, { check: true });
		before2024 = await linkTexts(dir, full2024);
		before2021 = await linkTexts(dir, full2021);
		oldSha2024 = sha(await readFile(join(dir, 'content/sources/2024-report-full.txt')));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('refuses an inserted paragraph without a declaration, naming the links and their old and new text, and writes nothing', async () => {
		await edit(dir, 'content/sources/2024-report-full.txt', (text) => text.replace('一、过去一年工作回顾\n\n', `一、过去一年工作回顾\n\n${MISSED}\n\n`));
		const newSha = sha(await readFile(join(dir, 'content/sources/2024-report-full.txt')));
		await edit(dir, 'content/sources/manifest.yml', (text) => text.replace(oldSha2024, newSha));
		const entry = await readFile(join(dir, 'content/publication-pages/2024-full/01-part-1.md'), 'utf8');

		const error = await ingest(root).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(/2024-report-full\.txt: \d+ published link\(s\) would open on other text/);
		expect(error?.message).toContain(`/2024/full/part-1/#p1: was “${before2024.get('/2024/full/part-1/#p1')!.slice(0, 20)}`);
		expect(error?.message).toContain(`now “${MISSED}”`);
		expect(error?.message).toContain(`/2024/full/part-1/#p2: was “${before2024.get('/2024/full/part-1/#p2')!.slice(0, 20)}`);
		expect(error?.message).toContain(`from: ${oldSha2024}, to: ${newSha}`);
		expect(await readFile(join(dir, 'content/publication-pages/2024-full/01-part-1.md'), 'utf8')).toBe(entry);
	});

	it('with the correction declared, opens every published link on its own text and gives the new paragraph a new id', async () => {
		const newSha = sha(await readFile(join(dir, 'content/sources/2024-report-full.txt')));
		await writeFile(
			join(dir, 'content/corrections.yml'),
			`- { source: 2024-report-full.txt, from: ${oldSha2024}, to: ${newSha}, date: 2026-12-01, reason: 补入漏收的第一部分首段 }\n`,
		);
		await ingest(root);
		const after = await linkTexts(dir, full2024);
		for (const [url, text] of before2024) expect(after.get(url), url).toBe(text);
		expect(after.get('/2024/full/part-1/#p1-c1')).toBe(MISSED);
		// The ingest is stable: a second run changes nothing.
		await runIngest(root, { check: true });
		const record = parsePublished(await readFile(join(dir, 'content/published-urls.json'), 'utf8'));
		expect(record.sources['2024-full']).toBe(newSha);
		expect(record.corrections).toEqual([
			expect.objectContaining({ number: 1, publication: '2024-full', from: oldSha2024, to: newSha, changes: [{ kind: 'added', to: '/2024/full/part-1/#p1-c1', after: MISSED }] }),
		]);
		// The earlier version is kept with its hash.
		expect(sha(await readFile(join(dir, `content/sources/versions/2024-full/${oldSha2024}.txt`)))).toBe(oldSha2024);
	});

	it('builds the corrected site with every published link on its own text, the new paragraph under its new id', async () => {
		// The correction workflow (README): the ingest, then the steps that read its page entries, then the build, which checks all three.
		await runIndicators(root, { stage: new ContentWriter(root) });
		await runWords(root, { stage: new ContentWriter(root) });
		const result = spawnSync(join(ROOT.pathname, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const article = select('article.report-text', fromHtml(readFileSync(join(dir, 'dist/2024/full/part-1/index.html'), 'utf8')))!;
		const built = new Map(reportBlocks(article).map((b) => [`/2024/full/part-1/#${b.id}`, b.text]));
		for (const [url, text] of before2024) if (url.startsWith('/2024/full/part-1/#') && text !== '') expect(built.get(url), url).toBe(text);
		expect(built.get('/2024/full/part-1/#p1-c1')).toBe(MISSED);
	});

	it('refuses a deleted paragraph naming it, asks where its link goes, and keeps the ids of the paragraphs after it', async () => {
		const deleted = before2021.get('/2021/full/part-1/#s8-p2')!;
		const oldSha = sha(await readFile(join(dir, 'content/sources/2021-report-full.txt')));
		await edit(dir, 'content/sources/2021-report-full.txt', (text) => text.replace(`${deleted}\n\n`, ''));
		const newSha = sha(await readFile(join(dir, 'content/sources/2021-report-full.txt')));
		await edit(dir, 'content/sources/manifest.yml', (text) => text.replace(oldSha, newSha));

		const refused = await ingest(root).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(refused?.message).toMatch(/text no longer in the source:\n {2}\/2021\/full\/part-1\/#s8-p2 “/);
		await edit(dir, 'content/corrections.yml', (text) => `${text}- { source: 2021-report-full.txt, from: ${oldSha}, to: ${newSha}, date: 2026-12-02, reason: 删去重复的一段 }\n`);
		const unplaced = await ingest(root).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(unplaced?.message).toMatch(/correction 2 \(2021-report-full\.txt\) removes published text that it does not place[^]*\/2021\/full\/part-1\/#s8-p2/);

		await edit(dir, 'content/corrections.yml', (text) =>
			text.replace('reason: 删去重复的一段 }', 'reason: 删去重复的一段, place: { "/2021/full/part-1/#s8-p2": "/2021/full/part-1/#s8-p3" } }'),
		);
		await ingest(root);
		const after = await linkTexts(dir, full2021);
		for (const [url, text] of before2021) if (url !== '/2021/full/part-1/#s8-p2') expect(after.get(url), url).toBe(text);
		expect(after.get('/2021/full/part-1/#s8-p2')).toBe(before2021.get('/2021/full/part-1/#s8-p3'));
	});

	it('refuses a redirect from an id that still exists, and one to a page or id that does not', async () => {
		for (const [redirect, problem] of [
			['{ from: /2024/full/part-2/#s3-p2, to: /2024/full/part-2/#s3 }', 'still exists'],
			['{ from: /2024/full/part-9/, to: /2024/full/part-8/ }', 'no such page /2024/full/part-8/'],
			['{ from: /2024/full/part-2/#s3-p9, to: /2024/full/part-2/#s3-p8 }', 'the page has no block #s3-p8'],
		]) {
			await writeFile(join(dir, 'content/redirects.yml'), `- ${redirect}\n`);
			const error = await ingest(root).then(
				() => undefined,
				(e: Error) => e,
			);
			expect(error?.message, redirect).toContain(problem);
		}
		await writeFile(join(dir, 'content/redirects.yml'), '[]\n');
	});
});
