import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * What content/ holds, read straight from the files: the manifest parsed as plain YAML
 * (not through its schema), the source and page-entry folders listed. A test takes its
 * expected counts from here, so that adding a publication changes no test, and the
 * count never comes from the code the test checks.
 */

export interface ListedPublication {
	id: string;
	file: string;
	year: number;
	edition: string;
	title: string;
	description: string;
	/** The text was recognised from images (issue 20). */
	recognisedFromImages?: boolean;
}

const ROOT = new URL('../../', import.meta.url);

/** The manifest's entries, in its order. */
export function listedPublications(root: URL = ROOT): ListedPublication[] {
	const entries = parse(readFileSync(new URL('content/sources/manifest.yml', root), 'utf8')) as ListedPublication[];
	if (!Array.isArray(entries)) throw new Error('content/sources/manifest.yml: not a list of publications');
	return entries;
}

/** The years the manifest lists a report for, newest first. */
export function listedYears(root: URL = ROOT): number[] {
	return [...new Set(listedPublications(root).map((p) => p.year))].sort((a, b) => b - a);
}

/** The publications set against their year's full text (every other publication of a year that has one). */
export function listedCollatedPublications(root: URL = ROOT): ListedPublication[] {
	const listed = listedPublications(root);
	return listed.filter((p) => p.edition !== 'full' && listed.some((q) => q.year === p.year && q.edition === 'full'));
}

/** The source texts in content/sources/, sorted. */
export function sourceFiles(root: URL = ROOT): string[] {
	return readdirSync(new URL('content/sources/', root))
		.filter((name) => name.endsWith('.txt'))
		.sort();
}

/** The page entries on disk, `<publication-id>/NN-<slug>.md`, sorted. */
export function pageEntryFiles(root: URL = ROOT): string[] {
	const folder = new URL('content/publication-pages/', root);
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(new URL(`${entry.name}/`, folder))
				.filter((name) => name.endsWith('.md'))
				.map((name) => `${entry.name}/${name}`),
		)
		.sort();
}

/** A page entry's slug, from its file name (02-part-2.md → part-2). */
export function slugOfEntryFile(file: string): string {
	return file.split('/').at(-1)!.replace(/^\d+-/, '').replace(/\.md$/, '');
}
