/**
 * Every URL the site publishes, built in one place. Published URLs must keep working:
 * change nothing here without a redirect.
 *
 *   /2024/                      a year: the publications of the report delivered that year
 *   /2024/full/                 a publication: its title page, opening and contents
 *   /2024/full/part-2/          one part (or annex) of it
 *   /2024/full/part-2/#s3-p2    one block of that part (ids: src/markdown/block-ids.ts)
 *   /2024/compare/              where the year's publications and its full text differ: a summary per publication
 *   /2024/compare/infographic/#i1-l8  one publication set against the full text, one entry per block
 *   /indicators/                the indicators page; /data/indicators.json and .csv its downloads
 *   /data/2024-livelihood-projects.csv  a report's livelihood projects (附件1), also .json
 *   /data/                      the data dictionary: every download, its fields and their meaning
 *   /search/                    the search page
 *   /sources/2024-report-full.txt  a source text as published
 *   /sources/2024-report-full/     the same, to read in a browser (its hash beside it)
 *   /sources/versions/2024-full/<sha256>.txt  every version of a source ever published
 *   /changes/                   every correction of a published source, with its differences
 *   /share/2024/full/part-2.png    a page's share image (og:image); /share/index.png the home page's
 */
export interface PublicationRef {
	year: number;
	edition: string;
}

export function yearPath(year: number): string {
	return `/${year}/`;
}

export function publicationPath(publication: PublicationRef): string {
	return `/${publication.year}/${publication.edition}/`;
}

/** The opening is shown on the publication's own page. */
export function pagePath(publication: PublicationRef, slug: string): string {
	return slug === 'opening' ? publicationPath(publication) : `${publicationPath(publication)}${slug}/`;
}

export function blockPath(publication: PublicationRef, slug: string, id: string): string {
	return `${pagePath(publication, slug)}#${id}`;
}

export function comparePath(year: number): string {
	return `/${year}/compare/`;
}

/** One publication set against the full text; `#id` is the entry of that publication's block. */
export function collationPath(publication: PublicationRef): string {
	return `${comparePath(publication.year)}${publication.edition}/`;
}

/** The indicators page: each indicator's targets and outcomes across the years. */
export const INDICATORS_PATH = '/indicators/';

/** The search page; the header's search box sends its query there (?q=…). */
export const SEARCH_PATH = '/search/';

/** The indicator downloads (src/site/indicators/downloads.ts). */
export const INDICATORS_JSON_PATH = '/data/indicators.json';
export const INDICATORS_CSV_PATH = '/data/indicators.csv';

/** A report's livelihood projects (附件1) as data: /data/2024-livelihood-projects.csv and .json. */
export function projectsDataPath(year: number, format: 'csv' | 'json'): string {
	return `/data/${year}-livelihood-projects.${format}`;
}

/** The data dictionary: each download, each field, its Chinese name and meaning. */
export const DATA_PATH = '/data/';

/** Where the texts come from: each publication's provenance, what the hashes prove, which years are absent. */
export const SOURCES_PATH = '/sources/';

/** A publication's source text as published, byte for byte (content/sources/). */
export function sourcePath(file: string): string {
	return `/sources/${file}`;
}

/** A source as a page to read in a browser: the text in a <pre>, its hash and download beside it. */
export function sourceViewPath(file: string): string {
	return `/sources/${file.replace(/\.txt$/, '')}/`;
}

/** A version of a source, by the SHA-256 of its bytes (content/sources/versions/). */
export function sourceVersionPath(publicationId: string, sha256: string): string {
	return `/sources/versions/${publicationId}/${sha256}.txt`;
}

/** The corrections page: every declared correction of a published source. */
export const CHANGES_PATH = '/changes/';

/** About these texts: where each publication was published, and what this site is not. */
/**
 * A page's share image: /2024/full/part-2/ → /share/2024/full/part-2.png, / → /share/index.png.
 * Pages without one of their own (the 404 page) share the home page's.
 */
export function sharePath(pagePathname: string): string {
	const trimmed = pagePathname.replace(/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
	return `/share/${trimmed === '' || trimmed === '404' ? 'index' : trimmed}.png`;
}
