import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { publicationPath } from '../../src/core/urls.ts';
import { builtPage, dist, publications, root } from '../support/built-site.ts';

describe.each(publications)('the source of $id', (publication) => {
	it('is served byte for byte and its SHA-256 is shown on the publication page', () => {
		const served = readFileSync(`${dist}sources/${publication.file}`);
		expect(served.equals(readFileSync(`${root}content/sources/${publication.file}`))).toBe(true);
		expect(createHash('sha256').update(served).digest('hex')).toBe(publication.sha256);
		expect(toString(builtPage(publicationPath(publication)))).toContain(publication.sha256);
	});
});
