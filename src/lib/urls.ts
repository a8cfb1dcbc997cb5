/**
 * Every URL the site publishes, built in one place. Published URLs must keep working:
 * change nothing here without a redirect.
 *
 *   /2024/                      a year: the publications of the report delivered that year
 *   /2024/full/                 a publication: its title page, opening and contents
 *   /2024/full/part-2/          one part (or annex) of it
 *   /2024/full/part-2/#s3-p2    one block of that part (ids: src/markdown/block-ids.ts)
 *   /2024/compare/              where the year's newspaper print and full text differ
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
