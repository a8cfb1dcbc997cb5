import { describe, expect, it } from 'vitest';
import { isChartJs, moduleImports, pageKind, pageResources, resolveSpecifier, sitePath } from '../../support/page-weight.ts';

describe('moduleImports', () => {
	it('finds static and dynamic imports in minified module code, templates included', () => {
		const code =
			'import{a as b}from"./match.B1.js";import"./side.js";export{c}from"/_astro/re.js";' +
			'const x=()=>import(`./draw-chart.C2.js`);const y=import("./later.js");const z=import(e);';
		const found = moduleImports(code);
		expect(found.static.sort()).toEqual(['./match.B1.js', './side.js', '/_astro/re.js']);
		expect(found.dynamic.sort()).toEqual(['./draw-chart.C2.js', './later.js']);
	});
	it('finds nothing in code without imports', () => {
		expect(moduleImports('const important="x";console.log(important)')).toEqual({ static: [], dynamic: [] });
	});
});

describe('resolveSpecifier', () => {
	it('resolves relative and absolute specifiers against the importing file', () => {
		expect(resolveSpecifier('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
		expect(resolveSpecifier('../x/b.js', '/_astro/a.js')).toBe('/x/b.js');
		expect(resolveSpecifier('/pagefind/pagefind.js', '/search/')).toBe('/pagefind/pagefind.js');
		expect(resolveSpecifier('chart.js', '/_astro/a.js')).toBeUndefined();
	});
});

describe('pageResources', () => {
	it('lists stylesheets, module scripts, inline scripts and a chart canvas; skips JSON data blocks', () => {
		const html =
			'<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/p.js">' +
			'<script type="module" src="/_astro/s.js"></script><script type="application/ld+json">{"a":1}</script></head>' +
			'<body><script type="module">import "/_astro/t.js";</script><canvas></canvas></body></html>';
		const r = pageResources(html);
		expect(r.stylesheets).toEqual(['/_astro/a.css']);
		expect(r.scripts).toEqual(['/_astro/p.js', '/_astro/s.js']);
		expect(r.inlineScripts).toEqual(['import "/_astro/t.js";']);
		expect(r.hasChart).toBe(true);
		expect(pageResources('<p>no chart</p>').hasChart).toBe(false);
	});
});

describe('isChartJs', () => {
	it('knows Chart.js by its constructor’s messages, however they are quoted', () => {
		expect(isChartJs('console.error("Failed to create chart: can\'t acquire context from the given item")')).toBe(true);
		expect(isChartJs("console.error('Failed to create chart: can\\'t acquire context from the given item')")).toBe(true);
		expect(isChartJs("throw Error(`Canvas is already in use. Chart with ID '${e.id}'`)")).toBe(true);
		expect(isChartJs('const chart = drawChart(canvas)')).toBe(false);
	});
});

describe('page kinds and paths', () => {
	it('names the pages by the site’s URL scheme', () => {
		expect(sitePath('2024/full/part-2/index.html')).toBe('/2024/full/part-2/');
		expect(sitePath('index.html')).toBe('/');
		expect(sitePath('404.html')).toBe('/404.html');
		expect(pageKind('/')).toBe('home');
		expect(pageKind('/2024/')).toBe('year');
		expect(pageKind('/2024/full/')).toBe('publication');
		expect(pageKind('/2024/full/part-2/')).toBe('section');
		expect(pageKind('/2024/full/annex-1/')).toBe('section');
		expect(pageKind('/search/')).toBe('search');
		expect(pageKind('/indicators/')).toBe('indicators');
		expect(pageKind('/404.html')).toBe('other');
	});
});
