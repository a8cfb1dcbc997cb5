import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * What a built page makes a browser download before the reader does anything: the
 * HTML, its stylesheets, its scripts and every module they import statically. What a
 * script imports with import() (Pagefind's search, Chart.js) loads only when it is
 * used, and is followed separately. Sizes are gzip-compressed, as a static host
 * serves text; used by tests/site/page-weight.test.ts and the benchmarks.
 */

export interface Asset {
	/** Site path, or `inline:<page>#n` for a script or style written into the page. */
	path: string;
	kind: 'html' | 'css' | 'js';
	bytes: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	/** Everything loaded up front: the HTML, CSS and statically imported JS. */
	initial: Asset[];
	/** JS modules reachable only through import(): loaded on demand. */
	deferred: Asset[];
	/** The inline and external JS among `initial`. */
	scripts: Asset[];
}

const gzipSize = (content: string | Uint8Array) => gzipSync(content).length;

/**
 * The module specifiers a JavaScript module imports, statically (import … from, import "…",
 * export … from) and dynamically (import("…")). Reads Vite's minified output, whose
 * imports are plain string literals (or templates without substitutions); a specifier
 * built at run time is not seen.
 */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	const found = { static: new Set<string>(), dynamic: new Set<string>() };
	for (const m of code.matchAll(/(?:^|[;}\s)])import\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'])([^"'\n]+)\1/g)) found.static.add(m[2]!);
	for (const m of code.matchAll(/(?:^|[;}\s)])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*(["'])([^"'\n]+)\1/g)) found.static.add(m[2]!);
	// Rolldown writes string literals as templates: import(`./x.js`).
	for (const m of code.matchAll(/\bimport\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g)) found.dynamic.add(m[2]!);
	return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** A specifier as a site path, or undefined for a bare or remote one (none of which a built page should have). */
export function resolveSpecifier(specifier: string, from: string): string | undefined {
	if (!/^(\.{1,2}\/|\/)/.test(specifier)) return undefined;
	return new URL(specifier, `http://site${from}`).pathname;
}

export interface PageResources {
	stylesheets: string[];
	scripts: string[];
	inlineScripts: string[];
	inlineStyles: string[];
	/** Whether the page holds a chart: a canvas for Chart.js to draw on. */
	hasChart: boolean;
}

/** The resources a page's HTML names. */
export function pageResources(html: string): PageResources {
	const tree: Root = fromHtml(html);
	const resources: PageResources = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [], hasChart: false };
	visit(tree, 'element', (node: Element) => {
		const p = node.properties;
		if (node.tagName === 'link') {
			const rel = ([] as unknown[]).concat(p.rel ?? []).map(String);
			if (rel.includes('stylesheet') && typeof p.href === 'string') resources.stylesheets.push(p.href);
			if (rel.includes('modulepreload') && typeof p.href === 'string') resources.scripts.push(p.href);
		} else if (node.tagName === 'script') {
			const type = typeof p.type === 'string' ? p.type : '';
			// Data blocks (JSON) are not run.
			if (type !== '' && type !== 'module' && !/javascript/.test(type)) return;
			if (typeof p.src === 'string') resources.scripts.push(p.src);
			else resources.inlineScripts.push(toString(node));
		} else if (node.tagName === 'style') {
			resources.inlineStyles.push(toString(node));
		} else if (node.tagName === 'canvas') {
			resources.hasChart = true;
		}
	});
	return resources;
}

function readSiteFile(site: string, path: string): string {
	const file = join(site, decodeURI(path));
	if (!existsSync(file)) throw new Error(`${path} is named by a page but not in the built site`);
	return readFileSync(file, 'utf8');
}

/** The weight of one built page (site path such as /2024/full/part-2/). */
export function pageWeight(site: string, page: string): PageWeight {
	const htmlFile = page.endsWith('/') ? `${page}index.html` : page;
	const html = readSiteFile(site, htmlFile);
	const resources = pageResources(html);
	const initial: Asset[] = [{ path: page, kind: 'html', bytes: Buffer.byteLength(html), gzip: gzipSize(html) }];
	const seen = new Set<string>();
	for (const href of resources.stylesheets) {
		const path = resolveSpecifier(href, page);
		if (!path || seen.has(path)) continue;
		seen.add(path);
		const css = readSiteFile(site, path);
		initial.push({ path, kind: 'css', bytes: Buffer.byteLength(css), gzip: gzipSize(css) });
	}
	const scripts: Asset[] = [];
	const dynamicQueue: string[] = [];
	const staticQueue: { path: string; code: string }[] = [];
	resources.inlineScripts.forEach((code, n) => staticQueue.push({ path: `inline:${page}#${n}`, code }));
	for (const src of resources.scripts) {
		const path = resolveSpecifier(src, page);
		if (path && !seen.has(path)) {
			seen.add(path);
			staticQueue.push({ path, code: readSiteFile(site, path) });
		}
	}
	// The static graph: everything here runs (or is fetched) as the page loads.
	while (staticQueue.length > 0) {
		const { path, code } = staticQueue.shift()!;
		const asset: Asset = { path, kind: 'js', bytes: Buffer.byteLength(code), gzip: gzipSize(code) };
		initial.push(asset);
		scripts.push(asset);
		const from = path.startsWith('inline:') ? page : path;
		const imports = moduleImports(code);
		for (const specifier of imports.static) {
			const target = resolveSpecifier(specifier, from);
			if (target && !seen.has(target)) {
				seen.add(target);
				staticQueue.push({ path: target, code: readSiteFile(site, target) });
			}
		}
		for (const specifier of imports.dynamic) {
			const target = resolveSpecifier(specifier, from);
			if (target) dynamicQueue.push(target);
		}
	}
	// What import() brings in later, and everything that imports in turn.
	const deferred: Asset[] = [];
	while (dynamicQueue.length > 0) {
		const path = dynamicQueue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		// A path the page names as a string only and the build did not write, e.g. Pagefind's
		// files in a bare `astro build` (npm run build puts the index in dist/pagefind/).
		if (!existsSync(join(site, path))) continue;
		const code = readSiteFile(site, path);
		deferred.push({ path, kind: 'js', bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
		const imports = moduleImports(code);
		for (const specifier of [...imports.static, ...imports.dynamic]) {
			const target = resolveSpecifier(specifier, path);
			if (target) dynamicQueue.push(target);
		}
	}
	return { page, initial, deferred, scripts };
}

export const total = (assets: readonly Asset[], key: 'bytes' | 'gzip' = 'gzip') => assets.reduce((sum, a) => sum + a[key], 0);

/**
 * Whether a script is (or bundles) Chart.js, by text that the library's Chart class
 * always carries and a minifier keeps: its error messages.
 */
const CHART_JS_SIGNATURES = ["Failed to create chart: can't acquire context", 'Canvas is already in use. Chart with ID'];
export function isChartJs(code: string): boolean {
	const plain = code.replace(/\\'/g, "'");
	return CHART_JS_SIGNATURES.some((signature) => plain.includes(signature));
}

/** Whether a script is Pagefind's client (the search index's loader). */
export function isPagefind(path: string, code: string): boolean {
	return /\/pagefind\//.test(path) || /pagefind_version|PagefindInstance/.test(code);
}

/** The site path a built HTML file (relative to the site) is served at, e.g. /2024/full/part-2/. */
export { pageUrl as sitePath } from './built-blocks.ts';

/** The kinds of page the budgets speak of, by the site's URL scheme (src/core/urls.ts). */
export type PageKind = 'home' | 'year' | 'publication' | 'section' | 'compare' | 'search' | 'indicators' | 'other';
export function pageKind(path: string): PageKind {
	if (path === '/') return 'home';
	if (/^\/\d{4}\/$/.test(path)) return 'year';
	if (/^\/\d{4}\/[a-z]+\/$/.test(path)) return 'publication';
	// A report's collation pages (/2024/compare/…) set two publications side by side: not a section of one.
	if (/^\/\d{4}\/compare\//.test(path)) return 'compare';
	if (/^\/\d{4}\/[a-z]+\/[a-z0-9-]+\/$/.test(path)) return 'section';
	if (path.startsWith('/search/')) return 'search';
	if (path.startsWith('/indicators/')) return 'indicators';
	return 'other';
}
