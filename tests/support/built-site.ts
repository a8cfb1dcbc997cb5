import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { PageData } from '../../src/core/schemas/page-entry.ts';
import { readPageEntryMarkdown } from '../../scripts/lib/content/page-entries.ts';
import type { Publication } from '../../src/core/schemas/publication.ts';
import { readManifest } from '../../scripts/lib/content/manifest.ts';
import { pagePath } from '../../src/core/urls.ts';
import { listFiles } from '../../scripts/lib/content/write-tree.ts';

/** Reading the built site in dist/ (npm run build first) and the content it was built from. */

const rootUrl = new URL('../../', import.meta.url);
export const root = fileURLToPath(rootUrl);
export const dist = `${root}${process.env.SITE_DIST ?? 'dist'}/`;

if (!existsSync(`${dist}index.html`)) {
	throw new Error(`${dist} has no built site: run \`npm run build\` before \`npm run test:site\`.`);
}

export const publications: Publication[] = await readManifest(rootUrl);

/** The generated pages of a publication, in order, with their frontmatter. */
export function pagesOf(publication: Publication): PageData[] {
	const dir = `${root}content/publication-pages/${publication.id}/`;
	return readdirSync(dir)
		.filter((file) => file.endsWith('.md'))
		.map((file) => readPageEntryMarkdown(readFileSync(`${dir}${file}`, 'utf8'), `${dir}${file}`).page)
		.sort((a, b) => a.order - b.order);
}

/** The HTML file a site path is served from. */
export function fileOf(path: string): string {
	const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
	return clean.endsWith('/') ? `${dist}${clean.slice(1)}index.html` : `${dist}${clean.slice(1)}`;
}

const cache = new Map<string, Root>();
export function builtPage(path: string): Root {
	let tree = cache.get(path);
	if (!tree) {
		tree = fromHtml(readFileSync(fileOf(path), 'utf8'));
		cache.set(path, tree);
	}
	return tree;
}

export function builtPagePath(publication: Publication, page: PageData): string {
	return pagePath(publication, page.slug);
}

export async function builtHtmlFiles(): Promise<string[]> {
	return (await listFiles(dist)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}
