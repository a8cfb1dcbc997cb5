/**
 * The ingest (npm run ingest, and the first step of npm run build): every publication
 * in content/sources/ to the page entries of content/publication-pages/, checked for fidelity and
 * for published URLs that would stop working. See scripts/ingest.ts for the command.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ingestPublication, type IngestedPublication } from './ingest-publication.ts';
import { readManifest } from '../content/manifest.ts';
import { PUBLISHED_FILE as PUBLISHED } from '../../../src/core/published-urls.ts';
import { checkPublished } from './published.ts';
import { diffTree, replaceTree } from '../content/write-tree.ts';
import { PAGES_FOLDER } from '../content/page-entries.ts';


/** Writes content/publication-pages/ (only what changed), or with `check` fails if it is stale. Throws on any error in a source. */
export async function runIngest(root: URL, options: { check?: boolean } = {}): Promise<void> {
	const pagesDir = fileURLToPath(new URL(PAGES_FOLDER, root));
	const { check = false } = options;
	const started = performance.now();
	const manifest = await readManifest(root);
	const ingested: IngestedPublication[] = [];
	const sources = new Map<string, Uint8Array>();
	for (const publication of manifest) {
		const file = `content/sources/${publication.file}`;
		const bytes = await readFile(new URL(file, root)).catch((error: NodeJS.ErrnoException) => {
			throw new Error(`${file}: cannot be read (${error.code ?? error.message}); the manifest lists it as ${publication.id}`);
		});
		ingested.push(ingestPublication(publication, bytes, file, 'scripts/ingest.ts'));
		sources.set(publication.id, bytes);
	}

	// Every URL ever published must still resolve, on its own text (scripts/lib/ingest/published.ts).
	const { files, publishedText, publishedNext, versions } = await checkPublished(root, ingested, sources);

	if (check) {
		const stale = await diffTree(pagesDir, files);
		if (publishedNext !== publishedText) stale.push(PUBLISHED);
		stale.push(...versions.keys());
		if (stale.length > 0) {
			throw new Error(`content/publication-pages/ or ${PUBLISHED} is not what ingest writes; run npm run ingest. Differing:\n  ${stale.join('\n  ')}`);
		}
		console.log(`${PAGES_FOLDER}/ is up to date (${files.size} pages).`);
	} else {
		const changed = await replaceTree(pagesDir, files);
		if (publishedNext !== publishedText) {
			await writeFile(new URL(PUBLISHED, root), publishedNext);
			changed.push(PUBLISHED);
		}
		for (const [file, bytes] of versions) {
			await mkdir(new URL('.', new URL(file, root)), { recursive: true });
			await writeFile(new URL(file, root), bytes);
			changed.push(file);
		}
		console.table(
			Object.fromEntries(
				ingested.map((p) => [p.publication.id, { ...p.counts, joins: p.artefacts.pageBreakJoins, wraps: p.artefacts.wrapJoins, markers: p.artefacts.continuationMarkers }]),
			),
		);
		console.log(
			`ingest: ${files.size} pages from ${ingested.length} publications, fidelity checked; ` +
				`${changed.length === 0 ? `${PAGES_FOLDER}/ unchanged` : `${changed.length} files written`} in ${Math.round(performance.now() - started)} ms`,
		);
	}
}
