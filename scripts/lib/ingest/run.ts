/**
 * The ingest (npm run ingest, and the first step of npm run build): every publication
 * in content/sources/ to the page entries of content/publication-pages/, checked for fidelity and
 * for published URLs that would stop working. See scripts/ingest.ts for the command.
 */
import { readFile } from 'node:fs/promises';
import { ingestPublication, type IngestedPublication } from './ingest-publication.ts';
import { readManifest } from '../content/manifest.ts';
import { lostUrls, mergePublished, parseRedirects, PUBLISHED_FILE as PUBLISHED, REDIRECTS_FILE as REDIRECTS, serializePublished, type PublishedUrls } from '../../../src/core/published-urls.ts';
import { writeOrCheck, type OutputStage } from '../content/write-or-check.ts';
import { PAGES_FOLDER } from '../content/page-entries.ts';
import { pagePath } from '../../../src/core/urls.ts';

export interface IngestResult {
	/** The paths that differ from the live content: what the run's swap replaces. */
	changed: string[];
	/** What was read, for the closing line: `19 pages from 5 publications`. */
	summary: string;
}

/**
 * Stages content/publication-pages/ and content/published-urls.json (written whole to
 * `stage`, put in place by the caller's swap), or with `check` fails if they are stale.
 * Throws on any error in a source, before anything is written.
 */
export async function runIngest(root: URL, options: { check?: boolean; stage?: OutputStage | undefined } = {}): Promise<IngestResult> {
	const { check = false, stage } = options;
	const started = performance.now();
	const manifest = await readManifest(root);
	const ingested: IngestedPublication[] = [];
	for (const publication of manifest) {
		const file = `content/sources/${publication.file}`;
		const bytes = await readFile(new URL(file, root)).catch((error: NodeJS.ErrnoException) => {
			throw new Error(`${file}: cannot be read (${error.code ?? error.message}); the manifest lists it as ${publication.id}`);
		});
		ingested.push(ingestPublication(publication, bytes, file, 'scripts/ingest.ts'));
	}
	const files = new Map(ingested.flatMap((p) => p.pages.map((page) => [page.path, page.markdown] as const)));

	// Every URL ever published must still resolve: on a page, or through a declared redirect.
	const current: PublishedUrls = Object.fromEntries(
		ingested.flatMap((p) => p.pages.map((page) => [pagePath(p.publication, page.data.slug), page.data.ids] as const)),
	);
	const publishedText = await readFile(new URL(PUBLISHED, root), 'utf8').catch(() => undefined);
	const published: PublishedUrls = publishedText ? (JSON.parse(publishedText) as { pages: PublishedUrls }).pages : {};
	const redirects = parseRedirects(await readFile(new URL(REDIRECTS, root), 'utf8'), REDIRECTS);
	const lost = lostUrls(published, current, redirects);
	if (lost.length > 0) {
		throw new Error(`${lost.length} published URL(s) would stop working; declare where each went in ${REDIRECTS}:\n  ${lost.slice(0, 20).join('\n  ')}`);
	}
	const publishedNext = serializePublished(mergePublished(published, current));

	const changed = await writeOrCheck(
		root,
		[
			{ target: PAGES_FOLDER, files },
			{ target: PUBLISHED, text: publishedNext },
		],
		{ check, stage, command: 'npm run ingest' },
	);
	const summary = `${files.size} pages from ${ingested.length} publications, fidelity checked`;
	if (check) {
		console.log(`${PAGES_FOLDER}/ is up to date (${files.size} pages).`);
	} else {
		console.table(
			Object.fromEntries(
				ingested.map((p) => [p.publication.id, { ...p.counts, joins: p.artefacts.pageBreakJoins, wraps: p.artefacts.wrapJoins, markers: p.artefacts.continuationMarkers }]),
			),
		);
	}
	return { changed, summary: `${summary} in ${Math.round(performance.now() - started)} ms` };
}
