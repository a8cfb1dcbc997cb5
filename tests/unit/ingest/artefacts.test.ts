import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureSource, ingest, page, pageTree, textOf } from './helpers.ts';

/** Every node of a type on a page, so that a test can say what is and is not there. */
function nodesOf(tree: Nodes, type: string): Nodes[] {
	const found: Nodes[] = [];
	visit(tree, type, (node: Nodes) => {
		found.push(node);
	});
	return found;
}

describe('newspaper columns (newspaper-wraps.txt)', () => {
	const newspaper = ingest(fixtureSource('newspaper-wraps.txt', 'newspaper'));

	it('joins hard-wrapped lines with nothing between, even inside a number or before its unit', () => {
		const { byId } = pageTree(page(newspaper, 'part-1'));
		expect(textOf(byId.get('i2'))).toBe(
			'二是推进产业链式升级。实行产业链长制，推进延链补链强链项目六百五十个，农业节水 3.73亿立方米，全年受理各类诉求 12345 件，办结率达到百分之九十。',
		);
		expect(textOf(byId.get('i3'))).toBe('三是推动科技创新。全区财政科技支出增长，新增高新技术企业一批。');
		expect(newspaper.artefacts.wrapJoins).toBe(8);
	});

	it('does not start a paragraph at a blank line (a column break) in mid-sentence', () => {
		// Line 3 is blank between “实” and “行”: one paragraph, and the join counted as a page break.
		expect(newspaper.pages[0]!.data.ids).toEqual(['i2', 'i3']);
		expect(newspaper.artefacts.pageBreakJoins).toBe(1);
	});

	it('starts a paragraph only where the indent or a blank line says so, not at every sentence end', () => {
		const { byId } = pageTree(page(newspaper, 'part-2'));
		expect(page(newspaper, 'part-2').data.ids).toEqual(['top', 'p1', 's1']);
		// Line 16 ends in “。” but line 17 is full width: the same paragraph goes on.
		expect(textOf(byId.get('s1'))).toBe('（一）全力以赴抓政策落地。政策落地工程是头号工程，务必抓实。要把政策红利变成现实生产力，用足用好各项支持政策。');
		expect(textOf(byId.get('p1'))).toBe('当前，发展势头很好、机遇难得。');
	});

	it('removes the continuation markers from the text and keeps them as metadata', () => {
		for (const generated of newspaper.pages) {
			expect(generated.markdown).not.toMatch(/[上下][接转]第/);
		}
		expect(newspaper.continuedFrom).toBe('第一版');
		expect(newspaper.continuesTo).toBe('第五版');
		expect(newspaper.artefacts.continuationMarkers).toBe(2);
		expect(newspaper.pages.map((p) => p.data)).toMatchObject([
			{ slug: 'part-1', continued: true, title: null, line: 2 },
			{ slug: 'part-2', continued: false, title: '二、2024 年工作安排', line: 12 },
		]);
	});
});

describe('full text (report-page-break.txt)', () => {
	const report = ingest(fixtureSource('report-page-break.txt', 'full-text'));

	it('joins a paragraph that a page break split in mid-sentence, with nothing between', () => {
		const { byId } = pageTree(page(report, 'part-1'));
		expect(textOf(byId.get('i1'))).toBe('一是全力推动经济发展。全区生产总值增长百分之七，投资增长百分之十，重点项目建设加快推进。');
		expect(page(report, 'part-1').data.ids).toEqual(['top', 'i1', 'i2']);
		expect(report.artefacts.pageBreakJoins).toBe(1);
	});

	it('never joins headings or title lines, which end without punctuation by nature', () => {
		expect(report.pages.map((p) => p.data.slug)).toEqual(['opening', 'part-1', 'part-2']);
		expect(page(report, 'part-2').data.outline.map((e) => [e.id, e.text])).toEqual([
			['top', '二、今年工作安排'],
			['s1', '（一）全力以赴抓政策落地'],
			['s2', '（二）坚定实施投资带动战略'],
		]);
		const { byId } = pageTree(page(report, 'opening'));
		expect(textOf(byId.get('h1'))).toBe('政府工作报告');
	});

	it('gives the same pages for a UTF-8 byte-order mark and CRLF or CR line ends', () => {
		const lf = fixtureBytes('report-page-break.txt');
		const text = new TextDecoder().decode(lf);
		const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
		const encode = (value: string) => new TextEncoder().encode(value);
		// Built here rather than stored: git may normalise line ends in a stored fixture.
		const variants = {
			bom: new Uint8Array([...bom, ...lf]),
			crlf: encode(text.replace(/\n/g, '\r\n')),
			'bom+crlf': new Uint8Array([...bom, ...encode(text.replace(/\n/g, '\r\n'))]),
			cr: encode(text.replace(/\n/g, '\r')),
		};
		for (const [name, bytes] of Object.entries(variants)) {
			expect(bytes, name).not.toEqual(lf);
			const variant = ingest(fixtureSource('report-page-break.txt', 'full-text', { bytes }));
			expect(
				variant.pages.map((p) => p.markdown),
				name,
			).toEqual(report.pages.map((p) => p.markdown));
		}
	});
});

describe('digest markup (digest-markup.txt)', () => {
	const digest = ingest(fixtureSource('digest-markup.txt', 'digest', { divisions: ['2023年工作回顾', '2024年工作安排'], joins: ['3**个国家级现代产'] }));
	const part1 = pageTree(page(digest, 'part-1'));

	it('drops the trailing two-space line breaks', () => {
		expect(nodesOf(part1.tree, 'break')).toEqual([]);
		expect(page(digest, 'part-1').markdown).not.toMatch(/ {2}\n|\\\n/);
		expect(textOf(part1.byId.get('i1-l2'))).toBe('实施重大项目3155个');
	});

	it('keeps ** around figures as emphasis, a strong node', () => {
		const strong = nodesOf(part1.byId.get('i1-l1')!, 'strong').map((node) => textOf(node));
		expect(strong).toEqual(['4778亿元', '40.2%']);
		expect(textOf(part1.byId.get('i1-l1'))).toBe('全区引进到位资金4778亿元,增长40.2%');
		const part2 = pageTree(page(digest, 'part-2'));
		expect(nodesOf(part2.tree, 'strong').map((node) => textOf(node))).toEqual(['6%', '7%']);
	});

	it('reads <sub>…</sub> as a subscript', () => {
		const item = part1.byId.get('i1-l4')!;
		const subs = nodesOf(item, 'textDirective');
		expect(subs).toHaveLength(1);
		expect(subs[0]).toMatchObject({ name: 'sub' });
		expect(textOf(subs[0])).toBe('2.5');
		expect(textOf(item)).toBe('乌海及周边地区PM2.5浓度达到历史最好水平');
		expect(page(digest, 'part-1').markdown).not.toContain('<sub>');
	});

	it('joins a declared page-break split, across the blank line, with nothing between', () => {
		expect(textOf(part1.byId.get('i1-l3'))).toBe('新建奶业、马铃薯2个国家级产业集群和3个国家级现代产业园8个产业强镇');
		expect(page(digest, 'part-1').data.ids).toEqual(['top', 'i1', 'i1-l1', 'i1-l2', 'i1-l3', 'i1-l4']);
		expect(digest.artefacts.pageBreakJoins).toBe(1);
	});

	it('turns # markers into headings and indented - items into a nested list', () => {
		expect(page(digest, 'part-1').data.outline.map((e) => [e.id, e.kind, e.text])).toEqual([
			['top', 'page', '2023年工作回顾'],
			['i1', 'item', '一是全力推动经济发展'],
		]);
		const part2 = pageTree(page(digest, 'part-2'));
		expect(textOf(part2.byId.get('l1-l1'))).toBe('规上工业增加值增长7%左右');
		const opening = pageTree(page(digest, 'opening'));
		expect(opening.tree.children.map((node) => [node.type, textOf(node)])).toEqual([['heading', '图解政府工作报告']]);
	});
});
