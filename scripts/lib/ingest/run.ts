/**
 * The ingest (npm run ingest, and the first step of npm run build): every publication
 * in content/sources/ to the page entries of content/publication-pages/, checked for fidelity and
 * for published URLs that would stop working. See scripts/ingest.ts for the command.
 */
import { readFile } from 'node:fs/promises';
import { ingestPublication, type IngestedPublication } from './ingest-publication.ts';
import { readManifest } from '../content/manifest.ts';
import { PUBLISHED_FILE as PUBLISHED } from '../../../src/core/published-urls.ts';
import { checkPublished } from './published.ts';
import { withGlossaryTerms } from './glossary.ts';
import { writeOrCheck, type OutputStage } from '../content/write-or-check.ts';
import { PAGES_FOLDER } from '../content/page-entries.ts';

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
	const checked = await checkPublished(root, ingested, sources);
	const { publishedNext, versions } = checked;
	const files = withGlossaryTerms(checked.files);

	// Every published version of a source is kept, byte for byte (a source is strict UTF-8, BOM included, so its text round-trips).
	const decode = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const changed = await writeOrCheck(
		root,
		[{ target: PAGES_FOLDER, files }, { target: PUBLISHED, text: publishedNext }, ...[...versions].map(([file, bytes]) => ({ target: file, text: decode.decode(bytes) }))],
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
	for (const { publication, joins } of ingested) {
		const byRule = joins.filter((join) => !join.declared);
		if (byRule.length > 0) {
			console.log(
				`ingest: ${publication.id}: ${byRule.length} paragraphs joined across a page break by rule, at lines ${byRule.map((j) => `${j.line}+${j.next}`).join(', ')} (npm run ingest -- --outline ${publication.id} shows them)`,
			);
		}
	}
	return { changed, summary: `${summary} in ${Math.round(performance.now() - started)} ms` };
}
