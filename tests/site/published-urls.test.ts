import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../scripts/lib/ingest/corrections.ts';
import { parsePublished, parseRedirects, recordRedirects } from '../../src/core/published-urls.ts';
import { reportBlocks } from '../support/built-blocks.ts';
import { builtPage, fileOf, root } from '../support/built-site.ts';
import { pageEntryFiles } from '../support/content-on-disk.ts';

const record = parsePublished(readFileSync(`${root}content/published-urls.json`, 'utf8'));
const redirects = new Map(
	[...parseRedirects(readFileSync(`${root}content/redirects.yml`, 'utf8'), 'content/redirects.yml'), ...recordRedirects(record)].map((r) => [r.from, r.to]),
);

function resolves(url: string): boolean {
	const [path, id] = url.split('#') as [string, string | undefined];
	if (!existsSync(fileOf(path))) return false;
	return !id || selectAll(`[id="${id}"]`, builtPage(path)).length === 1;
}

describe('every URL ever published', () => {
	it('is listed', () => {
		expect(Object.keys(record.pages).length).toBeGreaterThanOrEqual(pageEntryFiles().length);
	});

	it.each(Object.entries(record.pages))('on %s still resolves, on its page or through a declared redirect', (path, ids) => {
		const broken = [path, ...Object.keys(ids).map((id) => `${path}#${id}`)].filter((url) => !resolves(url) && !(redirects.has(url) && resolves(redirects.get(url)!)));
		expect(broken).toEqual([]);
	});

	it.each(Object.entries(record.pages))('on %s opens on the text it was published with', (path, ids) => {
		const article = select('article.report-text', builtPage(path));
		const texts = new Map(article ? reportBlocks(article).map((b) => [b.id, b.text]) : []);
		const other = Object.entries(ids)
			.filter(([id, print]) => texts.has(id) && fingerprint(texts.get(id)!) !== print)
			.map(([id]) => id);
		expect(other).toEqual([]);
	});
});
