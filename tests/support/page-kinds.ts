import { existsSync, readFileSync } from 'node:fs';

/**
 * The built site's pages sorted into kinds for the checks that look at markup, not text
 * (axe): a kind is a route (the home page, a year, a publication, a part, a collation …)
 * together with the set of class names its HTML uses. Two pages of one kind are made by
 * the same template from the same components and differ only in their text, their ids
 * and how many times a component repeats; a page that adds a component (a table, the
 * variant markers, a chart) has another set of classes and so is a kind of its own.
 */
export interface PageKind {
	route: string;
	/** The pages of the kind, in the sitemap's order; the first stands for the kind. */
	paths: string[];
}

const EDITION = '(?:full|newspaper|infographic|summary)';
const ROUTES: [RegExp, string][] = [
	[new RegExp(`^/\\d{4}/${EDITION}/[^/]+/$`), '/<year>/<edition>/<page>/'],
	[new RegExp(`^/\\d{4}/${EDITION}/$`), '/<year>/<edition>/'],
	[/^\/\d{4}\/compare\/[^/]+\/$/, '/<year>/compare/<edition>/'],
	[/^\/\d{4}\/compare\/$/, '/<year>/compare/'],
	[/^\/\d{4}\/$/, '/<year>/'],
	[/^\/sources\/[^/]+\/$/, '/sources/<name>/'],
];

export function routeOf(path: string): string {
	return ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? path;
}

export function classSet(html: string): string {
	const names = new Set<string>();
	for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) names.add(name);
	return [...names].sort().join(' ');
}

export function pageKinds(pages: readonly { path: string; html: string }[]): PageKind[] {
	const kinds = new Map<string, PageKind>();
	for (const { path, html } of pages) {
		const route = routeOf(path);
		const key = `${route}\n${classSet(html)}`;
		const kind = kinds.get(key) ?? { route, paths: [] };
		kind.paths.push(path);
		kinds.set(key, kind);
	}
	return [...kinds.values()];
}

/** The sitemap's pages, the 404 page and the source views they link, read from a built site. */
export function builtPagesForKinds(dist: string): { path: string; html: string }[] {
	const file = (path: string) => `${dist}${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;
	const sitemap = readFileSync(`${dist}sitemap.xml`, 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://localhost/').pathname);
	paths.push('/404.html');
	const pages = paths.map((path) => ({ path, html: readFileSync(file(path), 'utf8') }));
	const sources = new Set(pages.flatMap(({ html }) => [...html.matchAll(/href="(\/sources\/[^/"]+\/)"/g)].map((m) => m[1]!)));
	for (const path of sources) if (existsSync(file(path))) pages.push({ path, html: readFileSync(file(path), 'utf8') });
	return pages;
}
