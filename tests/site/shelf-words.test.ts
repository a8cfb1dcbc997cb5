import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { chineseCount } from '../../src/core/numerals.ts';
import { builtHtmlFiles, builtPage } from '../support/built-site.ts';
import { listedPublications, listedYears } from '../support/content-on-disk.ts';

/**
 * What the site says of the shelf comes from the manifest: each publication's
 * description, the years the header names, how many reports and publications the
 * text counts. Expected values are read from content/sources/manifest.yml as plain YAML.
 */
const listed = listedPublications();
const years = listedYears();
const text = (path: string, selector: string) => toString(select(selector, builtPage(path))!).trim();

describe('the words the site says of the shelf', () => {
	it.each(years)('the %i page shows each publication with the description its manifest entry gives', (year) => {
		const cards = selectAll('.card', builtPage(`/${year}/`)).map((card) => toString(card));
		const own = listed.filter((p) => p.year === year);
		expect(cards).toHaveLength(own.length);
		for (const publication of own) {
			expect(
				cards.some((card) => card.includes(publication.title) && card.includes(publication.description)),
				publication.id,
			).toBe(true);
		}
	});

	it('every page’s footer counts the publications the manifest lists', async () => {
		// The source views (/sources/<name>/) too: they stand in the site's layout, header, search and footer.
		const pages = (await builtHtmlFiles()).map((file) => `/${file.replace(/index\.html$/, '')}`);
		expect(pages).toContain('/sources/2024-report-full/');
		expect(pages.length).toBeGreaterThan(listed.length);
		for (const page of pages) {
			const footer = text(page, '.site-footer > p');
			expect(footer, page).toMatch(new RegExp(`^文本据官方发布的${chineseCount(listed.length)}种版本收录`));
			// Verbatim only for the texts not recognised from images (issue 20).
			const recognised = listed.filter((p) => p.recognisedFromImages).length;
			expect(footer, page).toContain(`${chineseCount(listed.length - recognised)}种逐字照录，${chineseCount(recognised)}种`);
		}
	});

	it('the header names the latest years of the manifest, newest first', () => {
		const named = selectAll('.site-nav a', builtPage('/')).map((a) => toString(a));
		expect(named.filter((label) => /^\d{4}年$/.test(label))).toEqual(years.slice(0, 6).map((year) => `${year}年`));
	});

	it('the indicators page counts the reports and names their years, oldest first', () => {
		const intro = text('/indicators/', 'main h1 + p');
		expect(
			intro.startsWith(
				`${chineseCount(years.length)}份报告提出的主要预期目标（${[...years]
					.reverse()
					.map((y) => `${y}年`)
					.join('、')}）`,
			),
		).toBe(true);
	});

	it('the home page lists every year and publication of the manifest', () => {
		const home = builtPage('/');
		for (const year of years) expect(selectAll(`h2 a[href="/${year}/"]`, home), String(year)).toHaveLength(1);
		for (const publication of listed) {
			expect(selectAll(`.card a[href="/${publication.year}/${publication.edition}/"]`, home), publication.id).toHaveLength(1);
		}
	});
});
