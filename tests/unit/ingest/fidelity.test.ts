import { describe, expect, it } from 'vitest';
import { expectedText } from '../../../scripts/lib/ingest/artefacts.ts';
import { decodeSource } from '../../../scripts/lib/ingest/decode.ts';
import { checkFidelity, FidelityError, type PageText } from '../../../scripts/lib/ingest/fidelity.ts';
import { pageText } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { parseMarkdown } from '../../../scripts/lib/ingest/to-markdown.ts';
import { ingestedSource, realSources, thrown } from './helpers.ts';

/**
 * The check that proves ingest changes nothing but layout artefacts. It is only
 * worth anything if it fails on the smallest change, so each case below changes
 * one character of the generated text and expects it to point at the source line.
 */
async function fidelityInputs(id: string) {
	const source = (await realSources()).get(id)!;
	const markup = source.publication.shape === 'digest' ? 'markdown' : 'plain';
	const expected = expectedText(decodeSource(source.bytes, source.file), markup);
	// The generated entries read back as the site reads them, not the ingest's own intermediate text.
	const pages: PageText[] = (await ingestedSource(id)).pages.map((generated) => ({
		page: generated.data.slug,
		text: pageText(parseMarkdown(generated.markdown)),
	}));
	return { file: source.file, expected, pages };
}

describe('fidelity check', () => {
	for (const id of ['2021-full', '2024-full', '2024-newspaper', '2024-infographic', '2026-summary']) {
		it(`passes on ${id}`, async () => {
			const { file, expected, pages } = await fidelityInputs(id);
			expect(expected.text.length).toBeGreaterThan(3000);
			expect(pages.map((p) => p.text).join('')).toBe(expected.text);
			expect(() => checkFidelity(file, expected, pages)).not.toThrow();
		});
	}

	const cases = [
		{
			name: 'one character dropped from a page',
			id: '2024-full',
			slug: 'part-1',
			anchor: '稀土、铈、锂',
			change: (text: string, at: number) => text.slice(0, at + 3) + text.slice(at + 4),
			line: 33,
			source: '稀土、铈、锂',
			generated: '稀土、、锂',
		},
		{
			name: 'a space inserted between two Chinese characters',
			id: '2021-full',
			slug: 'part-3',
			anchor: '（四）全面推进乡村振兴',
			change: (text: string, at: number) => `${text.slice(0, at + 9)} ${text.slice(at + 9)}`,
			line: 125,
			source: '全面推进乡村振兴',
			generated: '全面推进乡村 振兴',
		},
		{
			name: 'one figure dropped from inside ** emphasis in a digest',
			id: '2024-infographic',
			slug: 'part-1',
			anchor: '4778亿元',
			change: (text: string, at: number) => text.slice(0, at) + text.slice(at + 1),
			line: 22,
			source: '资金4778亿元',
			generated: '资金778亿元',
		},
	];

	for (const { name, id, slug, anchor, change, line, source, generated } of cases) {
		it(`fails on ${name}, naming the file, the line and the context`, async () => {
			const { file, expected, pages } = await fidelityInputs(id);
			const changed = pages.map((p) => {
				if (p.page !== slug) return p;
				const at = p.text.indexOf(anchor);
				expect(at, `${anchor} on ${slug}`).toBeGreaterThanOrEqual(0);
				expect(p.text.indexOf(anchor, at + 1), `${anchor} is unique on ${slug}`).toBe(-1);
				return { ...p, text: change(p.text, at) };
			});

			const error = thrown(() => checkFidelity(file, expected, changed));
			expect(error).toBeInstanceOf(FidelityError);
			const [first, sourceLine, generatedLine] = error.message.split('\n');
			expect(first).toBe(`${file}:${line}: the generated pages do not hold the source's text exactly`);
			expect(sourceLine).toContain(source);
			expect(generatedLine).toContain(`(page ${slug})`);
			expect(generatedLine).toContain(generated);
		});
	}
});
