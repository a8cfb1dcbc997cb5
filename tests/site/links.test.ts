import { existsSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPage, fileOf } from './built-site.ts';

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
