import { describe, expect, it } from 'vitest';
import { ingest, ingestedSource, ingestedSources, numbered, page, pageTree, realSources, textOf } from './helpers.ts';
import { listedPublications } from '../../support/content-on-disk.ts';

/**
 * Block ids are the addresses published links point at: they must not change from
 * one run to the next, must be valid in a URL fragment, and must follow the
 * report's own numbering.
 */
describe('ids and output are stable', () => {
	it('re-running ingest on the same sources gives byte-identical Markdown', async () => {
		const sources = await realSources();
		expect(sources.size).toBe(listedPublications().length);
		for (const [id, source] of sources) {
			const [first, second] = [ingest(source), ingest(source)];
			expect(
				second.pages.map((p) => p.path),
				id,
			).toEqual(first.pages.map((p) => p.path));
			expect(
				second.pages.map((p) => p.markdown),
				id,
			).toEqual(first.pages.map((p) => p.markdown));
		}
	});

	it('gives every block of a page a unique id of the form /^[a-z][a-z0-9-]*$/', async () => {
		for (const [id, publication] of await ingestedSources()) {
			for (const generated of publication.pages) {
				const where = `${id} ${generated.data.slug}`;
				const { ids, outline } = generated.data;
				expect(ids.length, where).toBeGreaterThan(0);
				expect(new Set(ids).size, where).toBe(ids.length);
				for (const blockId of ids) expect(blockId, where).toMatch(/^[a-z][a-z0-9-]*$/);
				// The outline links into the page, so each entry must name a block that exists.
				for (const entry of outline) expect(ids, where).toContain(entry.id);
				// The frontmatter lists the ids the site will assign when it renders the page.
				expect([...pageTree(generated).byId.keys()], where).toEqual(ids);
			}
		}
	});
});

describe('known ids', () => {
	it('2024-full part 2 has sections s1…s10', async () => {
		const ids = page(await ingestedSource('2024-full'), 'part-2').data.ids;
		expect(ids.filter((id) => /^s\d+$/.test(id))).toEqual(numbered('s', 10));
	});

	it('2021-full part 1: s1…s8, and the 各位代表 paragraph after section 八 belongs to the part, not to s8', async () => {
		const part1 = page(await ingestedSource('2021-full'), 'part-1');
		const { ids } = part1.data;
		expect(ids.filter((id) => /^s\d+$/.test(id))).toEqual(numbered('s', 8));
		const after8 = ids.slice(ids.indexOf('s8') + 1);
		expect(after8.slice(0, 5)).toEqual(['s8-p2', 's8-p3', 's8-p4', 's8-p5', 'p2']);
		const { byId } = pageTree(part1);
		expect(textOf(byId.get('p2')).startsWith('各位代表！过去一年')).toBe(true);
		expect(textOf(byId.get('s8-p5')).startsWith('推进平安内蒙古建设')).toBe(true);
		// Every block after the address stays at part level.
		expect(after8.slice(4).every((id) => /^p\d+$/.test(id))).toBe(true);
	});

	it('2024-full part 1: i1…i8, and the paragraph after i8 is a part-level paragraph', async () => {
		const part1 = page(await ingestedSource('2024-full'), 'part-1');
		const { ids } = part1.data;
		expect(ids.filter((id) => /^i\d+$/.test(id))).toEqual(numbered('i', 8));
		const next = ids[ids.indexOf('i8') + 1];
		expect(next).toBe('p9');
		expect(textOf(pageTree(part1).byId.get('p9')).startsWith('一年来，我们坚持把铸牢中华民族共同体意识')).toBe(true);
	});

	it('2024-full: the split item 六是 keeps one id; projects and terms are numbered by the report', async () => {
		const publication = await ingestedSource('2024-full');
		expect(textOf(pageTree(page(publication, 'part-1')).byId.get('i6'))).toContain('重点旅游目的地专列 400 列');
		expect(textOf(pageTree(page(publication, 'annex-1')).byId.get('n33'))).toBe('33.开工建设农村牧区公路 5000 公里（牵头责任单位：自治区交通运输厅）。');
		expect(textOf(pageTree(page(publication, 'annex-2')).byId.get('t10'))).toMatch(/^“七个摒弃”：/);
	});
});
