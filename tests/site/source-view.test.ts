import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { publicationPath, sourcePath, sourceVersionPath, sourceViewPath } from '../../src/core/urls.ts';
import { builtPage, dist, fileOf, publications, root } from '../support/built-site.ts';

describe.each(publications)('the source of $id, opened from the site', (publication) => {
	const view = sourceViewPath(publication.file);

	it('is linked from the publication page as a page to read, beside its download', () => {
		const page = builtPage(publicationPath(publication));
		expect(selectAll(`a[href="${view}"]`, page).length).toBe(1);
		expect(select(`a[href="${sourcePath(publication.file)}"][download]`, page)).toBeDefined();
	});

	it('shows its text, character for character, on a page that declares UTF-8, with the SHA-256 of the bytes downloaded', () => {
		const html = readFileSync(fileOf(view), 'utf8');
		expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">/i);
		const page = builtPage(view);
		const bytes = readFileSync(`${root}content/sources/${publication.file}`);
		const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
		expect(toString(select('pre.source-text', page)!)).toBe(text);
		expect(toString(select('.hash', page)!)).toBe(publication.sha256);
		expect(select(`a[href="${sourcePath(publication.file)}"][download]`, page)).toBeDefined();
		const downloaded = readFileSync(fileOf(sourcePath(publication.file)));
		expect(downloaded.equals(bytes)).toBe(true);
		expect(createHash('sha256').update(downloaded).digest('hex')).toBe(publication.sha256);
	});

	it('keeps every published version, each under its own hash', () => {
		const kept = readdirSync(`${dist}sources/versions/${publication.id}`);
		expect(kept).toContain(`${publication.sha256}.txt`);
		for (const file of kept) {
			const bytes = readFileSync(fileOf(sourceVersionPath(publication.id, file.replace(/\.txt$/, ''))));
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.replace(/\.txt$/, ''));
		}
	});
});
