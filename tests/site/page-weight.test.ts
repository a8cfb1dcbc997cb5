import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isChartJs, isPagefind, pageKind, pageResources, pageWeight, sitePath, total, type PageWeight } from '../support/page-weight.ts';
import { builtHtmlFiles, dist, root } from '../support/built-site.ts';

/**
 * Page-weight budgets over the built site (issue 6): what a page costs before the
 * reader searches or scrolls to a chart, gzip-compressed as a static host serves it.
 *
 *  - a section page: at most 38 KB of HTML + CSS + JS up front (30 KB until the pages
 *    carried paragraph numbers and citations, glossary links, the other editions'
 *    readings, the related sections of other years, a Content-Security-Policy and share
 *    tags; 36 KB until issue 21 added the printed header, the cite panel that keeps clear
 *    of its paragraph, the current section and back-to-top on phones and the 异 legend:
 *    the longest section page, /2024/full/part-2/, is 36.9 kB with them, the next 28 kB);
 *  - a reading page (a publication's page or a section page): no JavaScript beyond
 *    its small controls (block links and citations, the outline, the header search
 *    box), neither Pagefind nor Chart.js, up front or on demand;
 *  - Chart.js only on pages that hold a chart (a canvas), found by its code, not its name.
 */
const SECTION_BUDGET = 38_000;
/**
 * The reading controls' scripts, all together, compressed (5 KB before the citation formats,
 * ranges and other editions' markers; 6 KB before issue 21's printed header, cite-panel
 * placement and current section: 6.2 kB with them).
 */
const READING_JS_BUDGET = 6_500;

const pages = (await builtHtmlFiles()).map(sitePath);
const weights = new Map<string, PageWeight>(pages.map((page) => [page, pageWeight(dist, page)]));
const isSourceView = (page: string) => /^\/sources\/[^/]+\/$/.test(page);
const ofKind = (...kinds: ReturnType<typeof pageKind>[]) => pages.filter((page) => kinds.includes(pageKind(page)));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const htmlOf = (page: string) => read(page.endsWith('/') ? `${page}index.html` : page);
/** A script's code: its file, or for `inline:<page>#n` the page's n-th inline script. */
const codeOf = (page: string, asset: { path: string }) =>
	asset.path.startsWith('inline:') ? pageResources(htmlOf(page)).inlineScripts[Number(asset.path.split('#').at(-1))]! : read(asset.path);
const reachesChartJs = (page: string) => [...weights.get(page)!.scripts, ...weights.get(page)!.deferred].some((a) => isChartJs(codeOf(page, a)));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('the Chart.js detector', () => {
	it('recognises the library, minified or not, and nothing of ours', () => {
		expect(isChartJs(readFileSync(join(root, 'node_modules/chart.js/dist/chart.umd.min.js'), 'utf8'))).toBe(true);
		expect(isChartJs(readFileSync(join(root, 'node_modules/chart.js/dist/chart.js'), 'utf8'))).toBe(true);
		for (const page of ofKind('section')) for (const a of weights.get(page)!.scripts) expect(isChartJs(codeOf(page, a)), a.path).toBe(false);
	});
});

describe('a section page transfers at most 38 kB compressed (HTML + CSS + JS) before any search or chart loads', () => {
	const sections = ofKind('section');
	it('the site has section pages to weigh', () => expect(sections.length).toBeGreaterThan(0));
	it.each(sections)('%s', (page) => {
		const w = weights.get(page)!;
		const detail = w.initial.map((a) => `${a.path} ${kb(a.gzip)}`).join(', ');
		expect(total(w.initial), `${page}: ${kb(total(w.initial))} up front (${detail})`).toBeLessThanOrEqual(SECTION_BUDGET);
		// Every file the page names was found and weighed: the HTML, a stylesheet, the scripts.
		expect(w.initial.filter((a) => a.kind === 'css').length).toBeGreaterThan(0);
	});
});

describe('a reading page runs only its small controls', () => {
	const reading = ofKind('publication', 'section');
	it.each(reading)('%s', (page) => {
		const w = weights.get(page)!;
		const scripts = w.scripts.map((a) => `${a.path} ${kb(a.gzip)}`).join(', ');
		expect(total(w.scripts), `${page}: ${kb(total(w.scripts))} of JavaScript (${scripts})`).toBeLessThanOrEqual(READING_JS_BUDGET);
		for (const a of [...w.scripts, ...w.deferred]) {
			const code = codeOf(page, a);
			expect(isChartJs(code), `${page} loads Chart.js (${a.path})`).toBe(false);
			expect(isPagefind(a.path, code), `${page} loads Pagefind (${a.path})`).toBe(false);
		}
		expect(
			w.deferred.map((a) => a.path),
			`${page} imports code on demand`,
		).toEqual([]);
	});
});

describe('Chart.js only where a chart is', () => {
	it('no page without a canvas reaches Chart.js, up front or on demand', () => {
		const offenders = pages.filter((page) => reachesChartJs(page) && !pageResources(htmlOf(page)).hasChart);
		expect(offenders).toEqual([]);
	});

	it('the pages with a chart do reach it (so the check above can see Chart.js at all)', () => {
		const charted = pages.filter((page) => pageResources(htmlOf(page)).hasChart);
		if (charted.length === 0) {
			console.warn('page-weight: NO page of the build holds a chart (canvas); the Chart.js checks had nothing to find.');
		}
		expect(charted.length, 'pages with a chart (the indicators page at least)').toBeGreaterThan(0);
		for (const page of charted) expect(reachesChartJs(page), page).toBe(true);
	});
});

describe('the other pages, for the record', () => {
	it('every page of the site stays within the section budget too', () => {
		const report = pages.map((page) => `${kb(total(weights.get(page)!.initial)).padStart(8)}  ${page}`);
		console.log(`page weights up front (gzip):\n${report.join('\n')}`);
		// A source view (/sources/<name>/) is the whole source text a reader asked to see, in the
		// site's frame: its weight is that text's. Its frame is held to a reading page's instead.
		const over = pages.filter((page) => !isSourceView(page) && total(weights.get(page)!.initial) > SECTION_BUDGET);
		expect(over).toEqual([]);
		for (const page of pages.filter(isSourceView)) {
			const frame = weights.get(page)!.initial.filter((a) => a.kind !== 'html');
			expect(total(frame), `${page}: its CSS and scripts`).toBeLessThanOrEqual(SECTION_BUDGET - 30_000);
		}
	});
});
