import { describe, expect, it } from 'vitest';
import { ingestedSource, numbered, page, pageTree, textOf } from './helpers.ts';

/**
 * The structure each real publication must yield, counted by hand from the sources
 * (content/sources/*.txt). A reader change that finds one section more or less, or
 * moves a page boundary, is a change to published links and must be deliberate.
 */
const expected = {
	'2021-full': {
		slugs: ['opening', 'part-1', 'part-2', 'part-3', 'part-4'],
		counts: { pages: 5, parts: 4, sections: 17, items: 0, groups: 0, projects: 0, terms: 0 },
	},
	'2024-full': {
		slugs: ['opening', 'part-1', 'part-2', 'annex-1', 'annex-2'],
		counts: { pages: 5, parts: 2, sections: 10, items: 8, groups: 4, projects: 33, terms: 17 },
	},
	'2024-newspaper': {
		slugs: ['part-1', 'part-2'],
		counts: { pages: 2, parts: 2, sections: 6, items: 7, groups: 0, projects: 0, terms: 0 },
	},
	'2024-infographic': {
		slugs: ['opening', 'part-1', 'part-2'],
		counts: { pages: 3, parts: 2, sections: 10, items: 8, groups: 0, projects: 0, terms: 0 },
	},
	'2026-summary': {
		slugs: ['opening', 'part-1', 'part-2', 'part-3'],
		counts: { pages: 4, parts: 3, sections: 2, items: 5, groups: 4, projects: 0, terms: 0 },
	},
};

function outlineIds(id: string, slug: string, kind: string) {
	return ingestedSource(id).then((p) =>
		page(p, slug)
			.data.outline.filter((e) => e.kind === kind)
			.map((e) => e.id),
	);
}

describe('structure of each publication', () => {
	for (const [id, { slugs, counts }] of Object.entries(expected)) {
		it(`${id}: pages ${slugs.join(', ')} and exact counts`, async () => {
			const publication = await ingestedSource(id);
			expect(publication.pages.map((p) => p.data.slug)).toEqual(slugs);
			const { pages, parts, sections, items, groups, projects, terms } = publication.counts;
			expect({ pages, parts, sections, items, groups, projects, terms }).toEqual(counts);
			// Page order in the file name is the reading order the site relies on.
			expect(publication.pages.map((p) => p.path)).toEqual(slugs.map((slug, i) => `${id}/${String(i).padStart(2, '0')}-${slug}.md`));
		});
	}
});

describe('2021-full', () => {
	it('part 1 has sections （一）…（八） written run-in, part 3 has （一）…（九） as headings', async () => {
		const publication = await ingestedSource('2021-full');
		expect(await outlineIds('2021-full', 'part-1', 'section')).toEqual(numbered('s', 8));
		expect(await outlineIds('2021-full', 'part-3', 'section')).toEqual(numbered('s', 9));

		const part1 = pageTree(page(publication, 'part-1'));
		for (const id of numbered('s', 8)) {
			const node = part1.byId.get(id);
			expect(node?.type).toBe('paragraph');
			expect(node?.type === 'paragraph' && node.children[0]?.type).toBe('strong');
		}
		const part3 = pageTree(page(publication, 'part-3'));
		for (const id of numbered('s', 9)) expect(part3.byId.get(id)?.type).toBe('heading');
		expect(textOf(part3.byId.get('s9'))).toBe('（九）加强基本民生保障和社会治理');
	});

	it('opens with the salutation and no title, and parts 2 and 4 have no sections', async () => {
		const publication = await ingestedSource('2021-full');
		expect(page(publication, 'opening').data.title).toBeNull();
		expect(page(publication, 'part-2').data.title).toBe('二、“十四五”时期经济社会发展主要目标任务');
		expect(page(publication, 'part-4').data.title).toBe('四、加强政府自身建设');
		expect(await outlineIds('2021-full', 'part-2', 'section')).toEqual([]);
		expect(await outlineIds('2021-full', 'part-4', 'section')).toEqual([]);
	});
});

describe('2024-full', () => {
	it('part 1 has review items 一是…八是, part 2 sections （一）…（十）', async () => {
		expect(await outlineIds('2024-full', 'part-1', 'item')).toEqual(numbered('i', 8));
		expect(await outlineIds('2024-full', 'part-1', 'section')).toEqual([]);
		expect(await outlineIds('2024-full', 'part-2', 'section')).toEqual(numbered('s', 10));
		const publication = await ingestedSource('2024-full');
		expect(page(publication, 'part-1').data.title).toBe('一、过去一年工作回顾');
		expect(page(publication, 'part-2').data.title).toBe('二、2024 年工作安排');
	});

	it('annex 1 has 4 groups holding as many projects as their titles say, n1…n33, each with a lead agency', async () => {
		const annex = page(await ingestedSource('2024-full'), 'annex-1');
		expect(annex.data.kind).toBe('annex');
		expect(annex.data.title).toBe('附件 1');
		expect(await outlineIds('2024-full', 'annex-1', 'group')).toEqual(numbered('g', 4));

		const projects = annex.data.ids.filter((id) => /^n\d+$/.test(id));
		expect(projects).toEqual(numbered('n', 33));
		const { tree, byId } = pageTree(annex);
		for (const [index, id] of projects.entries()) {
			const text = textOf(byId.get(id));
			expect(text.startsWith(`${index + 1}.`), text).toBe(true);
			expect(text, id).toContain('（牵头责任单位：');
			expect(text, id).toMatch(/）。$/);
		}

		// Each group title ends with its count (“方面 5 件”); the list after it must hold that many.
		const sizes: number[] = [];
		tree.children.forEach((node, i) => {
			if (node.type !== 'heading' || node.depth !== 3) return;
			const next = tree.children[i + 1];
			expect(next?.type).toBe('list');
			expect(next?.type === 'list' && next.children.length).toBe(Number(/(\d+) 件$/.exec(textOf(node))?.[1]));
			if (next?.type === 'list') sizes.push(next.children.length);
		});
		expect(sizes).toEqual([5, 11, 6, 11]);
	});

	it('annex 2 has 17 glossary terms t1…t17, the one a page break split joined with nothing between', async () => {
		const annex = page(await ingestedSource('2024-full'), 'annex-2');
		expect(annex.data.ids.filter((id) => /^t\d+$/.test(id))).toEqual(numbered('t', 17));
		const { byId } = pageTree(annex);
		expect(textOf(byId.get('t1')).startsWith('“一规划三方案”：')).toBe(true);
		const split = textOf(byId.get('t9'));
		expect(split.startsWith('办好两件大事的 6 部促进条例：')).toBe(true);
		expect(split).toContain('《内蒙古自治区建设国家重要农畜产品生产基地促进条例》');
		expect(split.endsWith('《内蒙古自治区全方位建设模范自治区促进条例》。')).toBe(true);
		expect(textOf(byId.get('t17')).startsWith('“七个作模范”：')).toBe(true);
		// The term itself is marked, so that the site can render it as a definition.
		const t4 = byId.get('t4');
		expect(t4?.type === 'paragraph' && t4.children[0]).toMatchObject({ type: 'textDirective', name: 'dfn' });
		expect(textOf(t4?.type === 'paragraph' ? t4.children[0] : undefined)).toBe('“旅游四地”');
	});
});

describe('2024-newspaper', () => {
	it('starts headless inside part 1 (items 二是…八是), then part 2 with sections （一）…（六）', async () => {
		const publication = await ingestedSource('2024-newspaper');
		const [first, second] = publication.pages.map((p) => p.data);
		expect(first).toMatchObject({ slug: 'part-1', kind: 'part', number: 1, continued: true, title: null, line: 2 });
		expect(second).toMatchObject({ slug: 'part-2', kind: 'part', number: 2, continued: false, title: '二、2024 年工作安排', line: 202 });
		expect(await outlineIds('2024-newspaper', 'part-1', 'item')).toEqual(numbered('i', 7, 2));
		expect(await outlineIds('2024-newspaper', 'part-2', 'section')).toEqual(numbered('s', 6));
	});

	it('records where it comes from and goes on to', async () => {
		const publication = await ingestedSource('2024-newspaper');
		expect(publication.continuedFrom).toBe('第一版');
		expect(publication.continuesTo).toBe('第五版');
		expect(publication.artefacts.continuationMarkers).toBe(2);
	});
});

describe('2024-infographic', () => {
	it('divides at the manifest’s divisions: 8 review items, then 10 sections', async () => {
		const publication = await ingestedSource('2024-infographic');
		expect(publication.pages.slice(1).map((p) => p.data.title)).toEqual(publication.publication.divisions);
		expect(await outlineIds('2024-infographic', 'part-1', 'item')).toEqual(numbered('i', 8));
		expect(await outlineIds('2024-infographic', 'part-2', 'section')).toEqual(numbered('s', 10));
	});
});

describe('2026-summary', () => {
	it('has one page per division, each titled by it', async () => {
		const publication = await ingestedSource('2026-summary');
		expect(publication.publication.divisions).toEqual(['“十四五”时期发展成就', '政府工作报告摘编', '2025年工作回顾']);
		expect(publication.pages.slice(1).map((p) => p.data.title)).toEqual(publication.publication.divisions);
		expect(publication.pages.slice(1).map((p) => p.data.kind)).toEqual(['part', 'part', 'part']);
	});

	it('reads the “1571” outline as groups 一、…四、 with lists nested by indentation', async () => {
		const part2 = page(await ingestedSource('2026-summary'), 'part-2');
		expect(await outlineIds('2026-summary', 'part-2', 'group')).toEqual(numbered('g', 4));
		const g2 = part2.data.ids.filter((id) => id.startsWith('g2-'));
		const nested = { l1: 4, l2: 3, l3: 4, l4: 3, l5: 3 };
		expect(g2).toEqual(Object.entries(nested).flatMap(([item, count]) => [`g2-${item}`, ...numbered(`g2-${item}-l`, count)]));

		const { byId } = pageTree(part2);
		expect(textOf(byId.get('g2-l1-l1'))).toBe('一要做好“三北”工程三大标志性战役');
		// A nested item is a child of its parent item, not a sibling.
		const parent = byId.get('g2-l5');
		expect(parent?.type).toBe('listItem');
		expect(parent?.type === 'listItem' && parent.children[1]?.type).toBe('list');
		expect(parent?.type === 'listItem' && textOf(parent.children[0])).toBe('（五）以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡');
	});

	it('has review items 一是…五是 in the last division', async () => {
		expect(await outlineIds('2026-summary', 'part-3', 'item')).toEqual(numbered('i', 5));
		expect(await outlineIds('2026-summary', 'part-2', 'item')).toEqual([]);
	});
});
