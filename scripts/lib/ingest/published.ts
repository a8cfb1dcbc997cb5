/**
 * The published-URL check of the ingest (scripts/lib/ingest/run.ts): the record of what
 * was published (src/core/published-urls.ts), reconciled publication by publication with
 * what the ingest would publish now (corrections.ts), the redirects checked, and every
 * version of a source kept. Returns the page entries (with their pins), the record and
 * the version files to write; writes nothing itself.
 */
import { readFile } from 'node:fs/promises';
import {
	badRedirects,
	CORRECTIONS_FILE,
	lostUrls,
	parsePublished,
	parseRedirects,
	PUBLISHED_FILE,
	recordRedirects,
	REDIRECTS_FILE,
	serializePublished,
	type LivePages,
} from '../../../src/core/published-urls.ts';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { pagePath } from '../../../src/core/urls.ts';
import { parseCorrections, pinPageEntry, reconcilePublication, versionFile } from './corrections.ts';
import { ingestPublication, type IngestedPublication } from './ingest-publication.ts';
import { parseMarkdown } from './to-markdown.ts';

export interface PublishedCheck {
	/** content/publication-pages/ path → Markdown, pins applied. */
	files: Map<string, string>;
	publishedText: string | undefined;
	publishedNext: string;
	/** Versions of sources not yet kept: project path → bytes. */
	versions: Map<string, Uint8Array>;
}

const read = (root: URL, file: string) => readFile(new URL(file, root)).catch(() => undefined);

const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n', 4) + 5).replace(/^\n/, '');

export async function checkPublished(root: URL, ingested: readonly IngestedPublication[], sources: ReadonlyMap<string, Uint8Array>): Promise<PublishedCheck> {
	const publishedText = (await read(root, PUBLISHED_FILE))?.toString('utf8');
	let record = parsePublished(publishedText);
	const before = record;
	const corrections = parseCorrections((await read(root, CORRECTIONS_FILE))?.toString('utf8'), CORRECTIONS_FILE);
	const declared = parseRedirects((await read(root, REDIRECTS_FILE))?.toString('utf8') ?? '[]', REDIRECTS_FILE);
	const files = new Map<string, string>();
	const versions = new Map<string, Uint8Array>();
	const live: LivePages = {};

	for (const { publication, pages } of ingested) {
		const inputs = pages.map((page) => ({
			path: pagePath(publication, page.data.slug),
			blocks: readPageBlocks(parseMarkdown(bodyOf(page.markdown))).blocks.map(({ id, text }) => ({ id, text })),
		}));
		// The published version's text, where it is kept: for messages and the changes page.
		const publishedSha = record.sources[publication.id];
		let oldTexts: string[] | undefined;
		if (publishedSha && publishedSha !== publication.sha256) {
			const file = versionFile(publication, publishedSha);
			const bytes = await read(root, file);
			if (bytes)
				oldTexts = ingestPublication({ ...publication, sha256: publishedSha }, bytes, file, 'scripts/ingest.ts').pages.flatMap((page) =>
					readPageBlocks(parseMarkdown(bodyOf(page.markdown))).blocks.map((b) => b.text),
				);
		}
		const reconciled = reconcilePublication(publication, inputs, record, corrections, oldTexts);
		record = reconciled.record;
		for (const page of pages) {
			const path = pagePath(publication, page.data.slug);
			const pinned = pinPageEntry(page.markdown, page.data, reconciled.pins[path], reconciled.corrected[path]);
			files.set(page.path, pinned.markdown);
			live[path] = pinned.data.ids;
		}
		const version = versionFile(publication, publication.sha256);
		if (!(await read(root, version))) versions.set(version, sources.get(publication.id)!);
	}

	const bad = badRedirects(declared, live).concat(badRedirects(recordRedirects(record), live).filter((problem) => !problem.includes('still exists')));
	if (bad.length > 0) throw new Error(`${REDIRECTS_FILE}: ${bad.length} redirect(s) cannot work:\n  ${bad.join('\n  ')}`);
	const lost = lostUrls(before.pages, live, [...declared, ...recordRedirects(record)]);
	if (lost.length > 0) {
		throw new Error(
			`${lost.length} published URL(s) would stop working; declare where each went in ${REDIRECTS_FILE} (or, for a corrected source, in ${CORRECTIONS_FILE}):\n  ${lost.join('\n  ')}`,
		);
	}
	return { files, publishedText, publishedNext: serializePublished(record), versions };
}
