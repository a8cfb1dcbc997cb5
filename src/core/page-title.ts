/** The site's name, as the header and every page title print it. */
export const SITE_NAME = '内蒙古自治区政府工作报告';

/** The one separator between the parts of a page title (narrowest part first). */
export const TITLE_SEPARATOR = ' · ';

/**
 * A page's <title>: its own parts, narrowest first, then the site's name — unless the
 * widest part already names the reports (a publication's title does), so that no title
 * says the site's name twice.
 */
export function pageTitle(...parts: string[]): string {
	const named = parts.length > 0 && parts[parts.length - 1]!.includes(SITE_NAME);
	return [...parts, ...(named ? [] : [SITE_NAME])].join(TITLE_SEPARATOR);
}
