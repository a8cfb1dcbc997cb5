import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { fingerprint, parseCorrections, reconcilePublication } from '../../../scripts/lib/ingest/corrections.ts';
import { EMPTY_RECORD, type PublishedRecord } from '../../../src/core/published-urls.ts';
import { siteMarkdownOptions } from '../../../src/markdown/pipeline.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const publication = { id: '2024-full', file: '2024-report-full.txt', sha256: B, year: 2024, edition: 'full' as const };
const PATH = '/2024/full/part-1/';
const texts = ['第一段文字。', '第二段文字，讲发展。', '第三段文字，讲民生。', '第四段文字，讲生态。'];
const record = (list: string[]): PublishedRecord => ({
	...structuredClone(EMPTY_RECORD),
	pages: { [PATH]: Object.fromEntries(list.map((t, i) => [`p${i + 1}`, fingerprint(t)])) },
	sources: { '2024-full': A },
});
const page = (list: string[]) => [{ path: PATH, blocks: list.map((text, i) => ({ id: `p${i + 1}`, text })) }];
const declared = parseCorrections(`- { source: 2024-report-full.txt, from: ${A}, to: ${B}, date: 2026-12-01, reason: 更正 }`, 'content/corrections.yml');

describe('reconcilePublication', () => {
	it('binds a new publication, or an unchanged one, without pins', () => {
		const result = reconcilePublication(publication, page(texts), record(texts), []);
		expect(result.pins).toEqual({});
		expect(Object.keys(result.record.pages[PATH]!)).toEqual(['p1', 'p2', 'p3', 'p4']);
	});

	it('keeps a paragraph’s id through an insertion before it, and gives the new one a new id', () => {
		const result = reconcilePublication(publication, page(['补入的一段。', ...texts]), record(texts), declared, texts);
		expect(result.pins[PATH]).toEqual({ p1: 'p1-c1', p2: 'p1', p3: 'p2', p4: 'p3', p5: 'p4' });
		expect(result.record.corrections[0]!.changes).toEqual([{ kind: 'added', to: `${PATH}#p1-c1`, after: '补入的一段。' }]);
	});

	it('keeps the id of a paragraph whose wording was corrected and marks it', () => {
		const fixed = [texts[0]!, '第二段文字，讲高质量发展。', texts[2]!, texts[3]!];
		const result = reconcilePublication(publication, page(fixed), record(texts), declared, texts);
		expect(result.pins).toEqual({});
		expect(result.corrected).toEqual({ [PATH]: { p2: 1 } });
		expect(result.record.corrections[0]!.changes).toEqual([{ kind: 'corrected', from: `${PATH}#p2`, to: `${PATH}#p2`, before: texts[1], after: fixed[1] }]);
	});

	it('refuses a removal it cannot place, naming the removed paragraph, not the last id', () => {
		const fewer = [texts[0]!, texts[2]!, texts[3]!];
		expect(() => reconcilePublication(publication, page(fewer), record(texts), [], texts)).toThrow(
			/text no longer in the source:\n {2}\/2024\/full\/part-1\/#p2 “第二段文字，讲发展。”/,
		);
		expect(() => reconcilePublication(publication, page(fewer), record(texts), declared, texts)).toThrow(/does not place[^]*#p2 “第二段/);
	});

	it('needs no declaration for a paragraph added at the end', () => {
		const result = reconcilePublication(publication, page([...texts, '新的末段。']), record(texts), []);
		expect(Object.keys(result.record.pages[PATH]!)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
	});
});

describe('parseCorrections', () => {
	it.each([
		['- { source: x.txt, from: abc, to: abc, date: 2026-12-01, reason: r }', 'from must be a SHA-256'],
		[`- { source: x.txt, from: ${A}, to: ${B}, date: 2026-12, reason: r }`, 'date must be YYYY-MM-DD'],
		[`- { source: x.txt, from: ${A}, to: ${B}, date: 2026-12-01 }`, 'gives no reason'],
	])('refuses %s', (text, problem) => {
		expect(() => parseCorrections(text, 'content/corrections.yml')).toThrow(problem);
	});
});

describe('pins on the page', () => {
	it('the site’s renderer applies an entry’s pins from its frontmatter', async () => {
		const processor = await createMarkdownProcessor(siteMarkdownOptions);
		const { code } = await processor.render('# 一、标题\n\n补入的一段。\n\n第一段文字。\n', { frontmatter: { pins: { p1: 'p1-c1', p2: 'p1' } } });
		expect(code).toContain('<p id="p1-c1" data-paragraph="1">');
		expect(code).toContain('<p id="p1" data-paragraph="2">');
	});
});
