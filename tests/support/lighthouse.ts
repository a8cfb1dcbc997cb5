import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { pageKind, sitePath } from './page-weight.ts';

/**
 * Lighthouse (mobile: its default emulated phone, slow 4G and a 4× slower CPU,
 * simulated) over four pages (lighthouseTargets), in the system's Chromium; the target
 * is 100 in every category, 95 the floor. Used by `npm run bench:lighthouse` and
 * tests/browser/lighthouse.spec.ts.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditedPage {
	/** What the page is, e.g. `the longest section page`. */
	name: string;
	path: string;
	scores: Record<Category, number>;
	/** Audits that cost points: id, title and its score, for a reader to fix. */
	failing: { category: Category; id: string; title: string; score: number; displayValue?: string }[];
	/** Lighthouse's own warnings about the run (e.g. a page that redirected). */
	runWarnings: string[];
	metrics: Record<string, number>;
}

export interface TargetPage {
	name: string;
	path: string;
	/** The HTML file the path is served from, to tell a missing page before auditing it. */
	file: string;
}

/**
 * The four pages: the home page, the longest section page (the largest page of report
 * text), the indicators page and a search results page.
 */
export function lighthouseTargets(site: string, htmlFiles: readonly string[]): TargetPage[] {
	const sections = htmlFiles.map((file) => ({ file, path: sitePath(file) })).filter(({ path }) => pageKind(path) === 'section');
	const longest = sections.sort((a, b) => statSync(join(site, b.file)).size - statSync(join(site, a.file)).size)[0];
	return [
		{ name: 'home page', path: '/', file: 'index.html' },
		{ name: 'longest section page', path: longest?.path ?? '(no section page)', file: longest?.file ?? '(none)' },
		{ name: 'indicators page', path: '/indicators/', file: 'indicators/index.html' },
		{ name: 'search results page', path: `/search/?q=${encodeURIComponent('鄂尔多斯')}`, file: 'search/index.html' },
	];
}

export function missingTargets(site: string, targets: readonly TargetPage[]): TargetPage[] {
	return targets.filter((t) => !existsSync(join(site, t.file)));
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--disable-dev-shm-usage', '--disable-component-update', '--disable-sync'];

/** Audits each page in turn in one Chromium. */
export async function auditPages(baseUrl: string, targets: readonly TargetPage[], chromePath = CHROMIUM_PATH): Promise<AuditedPage[]> {
	const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	try {
		const audited: AuditedPage[] = [];
		for (const target of targets) {
			const result = await lighthouse(`${baseUrl}${target.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`lighthouse returned nothing for ${target.path}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`lighthouse could not audit ${target.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
			const failing: AuditedPage['failing'] = [];
			for (const category of CATEGORIES) {
				for (const ref of lhr.categories[category]?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
					failing.push({ category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
				}
			}
			const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			audited.push({
				name: target.name,
				path: target.path,
				scores,
				failing,
				runWarnings: lhr.runWarnings,
				metrics: {
					fcp: metric('first-contentful-paint'),
					lcp: metric('largest-contentful-paint'),
					tbt: metric('total-blocking-time'),
					cls: metric('cumulative-layout-shift'),
					si: metric('speed-index'),
					bytes: metric('total-byte-weight'),
				},
			});
		}
		return audited;
	} finally {
		chrome.kill();
	}
}
