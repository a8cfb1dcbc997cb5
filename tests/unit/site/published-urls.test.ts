import { describe, expect, it } from 'vitest';
import { badRedirects, lostUrls, parsePublished, parseRedirects, serializePublished } from '../../../src/core/published-urls.ts';

const published = { '/2024/full/part-2/': { top: 'a', s3: 'b', 's3-p2': 'c', 's3-p3': 'd' }, '/2024/full/annex-3/': { top: 'e' } };

describe('published URLs', () => {
	it('are all kept while the pages still hold them', () => {
		expect(lostUrls(published, { '/2024/full/part-2/': ['top', 's3', 's3-p2', 's3-p3'], '/2024/full/annex-3/': ['top'] }, [])).toEqual([]);
	});

	it('report every block id and page that disappeared', () => {
		const current = { '/2024/full/part-2/': ['top', 's3'] };
		expect(lostUrls(published, current, [])).toEqual(['/2024/full/part-2/#s3-p2', '/2024/full/part-2/#s3-p3', '/2024/full/annex-3/']);
	});

	it('accept a disappearance that a redirect covers', () => {
		const current = { '/2024/full/part-2/': ['top', 's3', 's3-p2'] };
		const redirects = [
			{ from: '/2024/full/part-2/#s3-p3', to: '/2024/full/part-2/#s3-p2' },
			{ from: '/2024/full/annex-3/', to: '/2024/full/annex-2/' },
		];
		expect(lostUrls(published, current, redirects)).toEqual([]);
	});

	it('refuse a redirect that could never apply or leads nowhere', () => {
		const live = { '/2024/full/part-2/': ['top', 's3', 's3-p2'], '/2024/full/annex-2/': ['top'] };
		expect(
			badRedirects(
				[
					{ from: '/2024/full/part-2/#s3-p2', to: '/2024/full/part-2/#s3' },
					{ from: '/2024/full/part-2/#s3-p3', to: '/2024/full/part-2/#s3-p9' },
					{ from: '/2024/full/annex-3/', to: '/2024/full/annex-4/' },
					{ from: '/2024/full/part-2/#s3-p4', to: '/2024/full/part-2/#s3-p2' },
					{ from: '/2024/full/annex-5/', to: '/2024/full/annex-2/' },
				],
				live,
			),
		).toEqual([
			'/2024/full/part-2/#s3-p2 → /2024/full/part-2/#s3: /2024/full/part-2/#s3-p2 still exists, so the redirect would never apply',
			'/2024/full/part-2/#s3-p3 → /2024/full/part-2/#s3-p9: the page has no block #s3-p9',
			'/2024/full/annex-3/ → /2024/full/annex-4/: no such page /2024/full/annex-4/',
		]);
	});

	it('read the first form of the record (ids without fingerprints) and write the new one back unchanged', () => {
		const old = parsePublished(JSON.stringify({ pages: { '/2021/full/': ['p1', 'p2'] } }));
		expect(old.pages).toEqual({ '/2021/full/': { p1: '', p2: '' } });
		const record = { pages: published, sources: { '2024-full': 'f'.repeat(64) }, moved: { '/x/#p1': '/y/#p2' }, corrections: [] };
		expect(parsePublished(serializePublished(record))).toEqual(record);
	});

	it('refuse a malformed redirect, naming the file and entry', () => {
		expect(() => parseRedirects('- { from: 2024/full/, to: /2024/ }', 'content/redirects.yml')).toThrow('content/redirects.yml: entry 1');
		expect(parseRedirects('[]', 'x')).toEqual([]);
	});
});
