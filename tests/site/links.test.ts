import { existsSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPage, fileOf } from '../support/built-site.ts';

/** Every internal link of the built site resolves: the page exists, and so does its #fragment. */
describe('internal links', async () => {
	const pages = (await builtHtmlFiles()).map((file) => `/${file.replace(/index\.html$/, '')}`);

	it('were found', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it.each(pages)('on %s resolve', (page) => {
		const broken: string[] = [];
		for (const link of selectAll('a[href], link[href], script[src], img[src]', builtPage(page))) {
			const target = String(link.properties.href ?? link.properties.src);
			if (/^[a-z]+:/i.test(target) || target.startsWith('//')) continue;
			const absolute = new URL(target, `https://site${page}`);
			const path = absolute.pathname;
			if (!existsSync(fileOf(path))) {
				broken.push(`${target} (no ${fileOf(path)})`);
				continue;
			}
			const fragment = decodeURIComponent(absolute.hash.slice(1));
			if (fragment && path.endsWith('/') && selectAll(`[id="${fragment}"]`, builtPage(path)).length === 0) {
				broken.push(`${target} (no #${fragment})`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('the comparison of editions', () => {
	it('is linked once from the year page that has one, outside the publication cards, and from no other year', () => {
		const links = (path: string) => selectAll('a[href="/2024/compare/"]', builtPage(path));
		expect(links('/2024/')).toHaveLength(1);
		expect(selectAll('.card a[href="/2024/compare/"]', builtPage('/2024/'))).toHaveLength(0);
		expect(links('/2021/')).toHaveLength(0);
		expect(links('/2026/')).toHaveLength(0);
	});
});
