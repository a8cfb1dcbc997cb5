import { readFileSync } from 'node:fs';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { expectedText } from '../../scripts/lib/ingest/artefacts.ts';
import { decodeSource } from '../../scripts/lib/ingest/decode.ts';
import { builtPage, builtPagePath, pagesOf, publications, root } from '../support/built-site.ts';

/** The report text of a built page: all the text of its article, white space included. */
function articleText(path: string): string {
	const article = select('article.report-text', builtPage(path));
	if (!article) throw new Error(`${path} has no article.report-text`);
	return toString(article);
}

const HAN_SPACE_HAN = /\p{Script=Han}\s+\p{Script=Han}/gu;

describe.each(publications)('the built pages of $id', (publication) => {
	const file = `content/sources/${publication.file}`;
	const source = decodeSource(readFileSync(`${root}${file}`), file);
	const expected = expectedText(source, publication.shape === 'digest' ? 'markdown' : 'plain').text;
	const built = pagesOf(publication)
		.map((page) => articleText(builtPagePath(publication, page)))
		.join('');

	it('hold every character of the source, artefacts removed, and nothing else', () => {
		expect(built.length).toBe(expected.length);
		expect(built).toBe(expected);
	});

	it('put no white space between two Chinese characters that the source does not', () => {
		const sourceRuns = new Set(source.match(HAN_SPACE_HAN) ?? []);
		const extra = (built.match(HAN_SPACE_HAN) ?? []).filter((run) => !sourceRuns.has(run));
		expect(extra).toEqual([]);
	});
});
