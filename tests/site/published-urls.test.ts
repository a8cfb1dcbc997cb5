import { existsSync, readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parseRedirects, type PublishedUrls } from '../../src/core/published-urls.ts';
import { builtPage, fileOf, root } from '../support/built-site.ts';
import { pageEntryFiles } from '../support/content-on-disk.ts';

const published = (JSON.parse(readFileSync(`${root}content/published-urls.json`, 'utf8')) as { pages: PublishedUrls }).pages;
const redirects = new Map(parseRedirects(readFileSync(`${root}content/redirects.yml`, 'utf8'), 'content/redirects.yml').map((r) => [r.from, r.to]));

function resolves(url: string): boolean {
	const [path, id] = url.split('#') as [string, string | undefined];
	if (!existsSync(fileOf(path))) return false;
	return !id || selectAll(`[id="${id}"]`, builtPage(path)).length === 1;
}

describe('every URL ever published', () => {
	it('is listed', () => {
		expect(Object.keys(published).length).toBeGreaterThanOrEqual(pageEntryFiles().length);
	});

	it.each(Object.entries(published))('on %s still resolves, on its page or through a declared redirect', (path, ids) => {
		const broken = [path, ...ids.map((id) => `${path}#${id}`)].filter((url) => !resolves(url) && !(redirects.has(url) && resolves(redirects.get(url)!)));
		expect(broken).toEqual([]);
	});
});
