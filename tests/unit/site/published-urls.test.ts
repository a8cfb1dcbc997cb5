import { describe, expect, it } from 'vitest';
import { lostUrls, mergePublished, parseRedirects } from '../../../src/core/published-urls.ts';

const published = { '/2024/full/part-2/': ['top', 's3', 's3-p2', 's3-p3'], '/2024/full/annex-3/': ['top'] };

describe('published URLs', () => {
	it('are all kept while the pages still hold them', () => {
		expect(lostUrls(published, { ...published }, [])).toEqual([]);
	});

	it('report a block id and a page that disappeared', () => {
		const current = { '/2024/full/part-2/': ['top', 's3', 's3-p2'] };
		expect(lostUrls(published, current, [])).toEqual(['/2024/full/part-2/#s3-p3', '/2024/full/annex-3/']);
	});

	it('accept a disappearance that a redirect covers', () => {
		const current = { '/2024/full/part-2/': ['top', 's3', 's3-p2'] };
		const redirects = [
			{ from: '/2024/full/part-2/#s3-p3', to: '/2024/full/part-2/#s3-p2' },
			{ from: '/2024/full/annex-3/', to: '/2024/full/annex-2/' },
		];
		expect(lostUrls(published, current, redirects)).toEqual([]);
	});

	it('are never dropped from the manifest, and new ones are added', () => {
		const merged = mergePublished(published, { '/2024/full/part-2/': ['top', 's3', 's4'] });
		expect(merged['/2024/full/part-2/']).toEqual(['top', 's3', 's3-p2', 's3-p3', 's4']);
		expect(merged['/2024/full/annex-3/']).toEqual(['top']);
	});

	it('refuse a malformed redirect, naming the file and entry', () => {
		expect(() => parseRedirects('- { from: 2024/full/, to: /2024/ }', 'content/redirects.yml')).toThrow('content/redirects.yml: entry 1');
		expect(parseRedirects('[]', 'x')).toEqual([]);
	});
});
