import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, formatViolation } from '../support/axe.ts';
import { builtPagesForKinds, pageKinds } from '../support/page-kinds.ts';

/**
 * Zero WCAG 2.2 A/AA violations on every kind of page, light and dark.
 *
 * Axe runs once per page kind (tests/support/page-kinds.ts), not once per page: pages of one
 * kind come from one template with one set of components (the same class names), so they
 * share every structure axe judges — landmarks, names, roles, headings' order, contrast of
 * each styled element — and differ only in text and ids. A page that adds a component (a
 * table, variant markers, a chart, a glossary list) uses other class names and is a kind of
 * its own, so nothing a page adds goes unchecked. Ids are the one thing axe judges that
 * varies within a kind; the site tests check them on every page.
 *
 * Every <details> on a page is opened first, so that what a reader can unfold (related
 * sections, a table's notes) is checked too: axe leaves hidden content out.
 *
 * Every WCAG rule runs in the light scheme; in the dark one, only the rules whose outcome a
 * colour can change (COLOUR_RULES), since the dark scheme changes colours and nothing else —
 * which tests/unit/layout/colour-scheme.test.ts holds the styles to.
 */
const SITE = new URL(`../../${process.env.SITE_DIST ?? 'dist'}/`, import.meta.url).pathname;
const pages = builtPagesForKinds(SITE);
const kinds = pageKinds(pages);

test.describe.configure({ mode: 'parallel' });

test('every page the sitemap lists belongs to one kind, and every kind is checked', () => {
	expect(pages.length).toBeGreaterThanOrEqual(24);
	expect(kinds.flatMap((kind) => kind.paths).sort()).toEqual(pages.map((page) => page.path).sort());
	// Every route the site builds is a kind at least once.
	for (const route of [
		'/',
		'/<year>/',
		'/<year>/<edition>/',
		'/<year>/<edition>/<page>/',
		'/<year>/compare/',
		'/<year>/compare/<edition>/',
		'/sources/<name>/',
		'/search/',
		'/indicators/',
		'/words/',
		'/data/',
		'/changes/',
		'/404.html',
	]) {
		expect(
			kinds.some((kind) => kind.route === route),
			route,
		).toBe(true);
	}
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every kind of page passes axe (${colorScheme})`, async ({ page }) => {
		// Some twenty-five pages in turn: under a minute alone on two cores, more under full load.
		test.setTimeout(600_000);
		await page.emulateMedia({ colorScheme });
		const failures: string[] = [];
		for (const kind of kinds) {
			const path = kind.paths[0]!;
			await page.goto(path);
			await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
			for (const v of await axeViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined))
				failures.push(`${path} (${kind.route}, ${kind.paths.length} pages): ${formatViolation(v, 3)}`);
		}
		expect(failures).toEqual([]);
	});
}
