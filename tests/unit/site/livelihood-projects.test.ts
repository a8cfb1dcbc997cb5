import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';

const blocksOf = (markdown: string) => {
	const tree = parseMarkdown(markdown);
	return readPageBlocks({ ...tree, children: tree.children.filter((node) => node.type !== 'yaml') }).blocks;
};
import { livelihoodProjects, projectsCsv, projectsJson } from '../../../src/site/projects/livelihood.ts';

const fixture = readFileSync(new URL('fixtures/annex-projects.md', import.meta.url), 'utf8');
const projects = livelihoodProjects(blocksOf(fixture), '/2099/full/annex-1/');

describe('livelihoodProjects', () => {
	it('reads number, group, project and lead agencies as printed, each linked to its item', () => {
		expect(projects.map((p) => [p.number, p.group, p.leads, p.href])).toEqual([
			[1, '一、促进群众就业增收方面 2 件', ['自治区人力资源和社会保障厅'], '/2099/full/annex-1/#n1'],
			[2, '一、促进群众就业增收方面 2 件', ['自治区卫生健康委员会', '自治区妇女联合会'], '/2099/full/annex-1/#n2'],
			[3, '二、加强社会保障方面 1 件', ['自治区红十字会、自治区残疾人联合会'], '/2099/full/annex-1/#n3'],
		]);
		expect(projects[0]!.project).toBe('帮扶就业困难人员实现就业 5 万人（牵头责任单位：自治区人力资源和社会保障厅）。');
		for (const p of projects) expect(fixture).toContain(p.project);
	});

	it('refuses a list whose numbering skips, naming the page', () => {
		const broken = fixture.replace('- 2.实现', '- 4.实现');
		expect(() => livelihoodProjects(blocksOf(broken), '/2099/full/annex-1/')).toThrow('/2099/full/annex-1/: livelihood project 2 expected, 4 found');
	});

	it('reads an annex that does not number its projects: the items that name their lead agencies, counted in order', () => {
		const annex = '# 附件：2030年民生实事清单\n\n- 建设社区养老服务站二百个（牵头单位：省民政厅）\n- 新建改建农村公路三千公里（牵头责任单位：省交通运输厅、省财政厅）\n';
		const unnumbered = livelihoodProjects(blocksOf(annex), '/2030/full/annex-1/');
		expect(unnumbered.map((p) => [p.number, p.project.slice(0, 6), p.leads, p.href])).toEqual([
			[1, '建设社区养老', ['省民政厅'], '/2030/full/annex-1/#l1'],
			[2, '新建改建农村', ['省交通运输厅、省财政厅'], '/2030/full/annex-1/#l2'],
		]);
	});

	it('reads nothing from a page without numbered items', () => {
		expect(livelihoodProjects(blocksOf('# 附件 2\n\n一段话。\n'), '/x/')).toEqual([]);
	});
});

describe('downloads', () => {
	it('CSV: a byte order mark, Chinese headers, CRLF, lead agencies joined by “；”, fields quoted where needed', () => {
		const csv = projectsCsv([...projects, { number: 4, group: '三、"引号",方面', project: '甲', leads: [], href: '#' }]);
		expect(csv.startsWith('\uFEFF序号,分组,事项,牵头单位\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toHaveLength(6);
		expect(lines[2]).toBe(
			'2,一、促进群众就业增收方面 2 件,实现“两癌”应筛尽筛（牵头责任单位：自治区卫生健康委员会）；对确诊妇女给予救助（牵头责任单位：自治区妇女联合会）。,自治区卫生健康委员会；自治区妇女联合会',
		);
		expect(lines[4]).toBe('4,"三、""引号"",方面",甲,');
	});

	it('JSON: the projects with absolute links', () => {
		const data = JSON.parse(projectsJson(projects, '清单', new URL('https://x.org'))) as { title: string; projects: { href: string; leads: string[] }[] };
		expect(data.title).toBe('清单');
		expect(data.projects[2]!.href).toBe('https://x.org/2099/full/annex-1/#n3');
		expect(data.projects[1]!.leads).toHaveLength(2);
	});
});
