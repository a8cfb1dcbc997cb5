import type { PageBlock } from '../../markdown/page-blocks.ts';

/**
 * A report's list of livelihood projects (附件1 民生实事清单) as data, read from the
 * page entry at build time: every list item numbered “7.” (id n7) under its group
 * heading (一、促进群众就业增收方面 5 件). The project is the item's text as printed,
 * its number aside; the lead agencies are what each （牵头责任单位：…） names, as printed.
 */
export interface LivelihoodProject {
	number: number;
	/** The group heading, as printed. */
	group: string;
	/** The item's text after its number, as printed. */
	project: string;
	/** Each lead agency clause, as printed: 自治区红十字会、自治区残疾人联合会. */
	leads: string[];
	/** The item's link: /2024/full/annex-1/#n7. */
	href: string;
}

const NUMBER = /^(\d{1,3})[.．、]/u;
const LEAD = /（牵头(?:责任)?单位[：:]([^（）]+)）/gu;

/**
 * `blocks`: the page's (readPageBlocks, with the entry's pins, so that a corrected
 * source's items keep their published ids). A project is a list item numbered “7.” (id n7), or, in a list that does not number
 * them, an item that names its lead agencies; unnumbered projects count from 1 in order.
 */
export function livelihoodProjects(blocks: readonly PageBlock[], pagePath: string): LivelihoodProject[] {
	const items = blocks.filter((block) => block.type === 'item');
	const numbered = items.filter((block) => /^n\d+$/u.test(block.id) && NUMBER.test(block.text));
	const listed = numbered.length > 0 ? numbered : items.filter((block) => block.text.match(LEAD) !== null);
	const projects = listed.map((block, index) => {
		const printed = NUMBER.exec(block.text);
		const project = printed ? block.text.slice(printed[0].length).trimStart() : block.text;
		return {
			number: printed ? Number(printed[1]) : index + 1,
			group: block.heading,
			project,
			leads: [...project.matchAll(LEAD)].map((m) => m[1]!),
			href: `${pagePath}#${block.id}`,
		};
	});
	projects.forEach((p, i) => {
		if (p.number !== i + 1) throw new Error(`${pagePath}: livelihood project ${i + 1} expected, ${p.number} found`);
	});
	return projects;
}

export const PROJECT_COLUMNS = ['序号', '分组', '事项', '牵头单位'] as const;

const cell = (value: string | number) => {
	const text = String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

/** UTF-8 with a byte order mark (spreadsheets need it to show Chinese), CRLF line ends (RFC 4180); lead agencies joined by “；”. */
export function projectsCsv(projects: readonly LivelihoodProject[]): string {
	const rows = [PROJECT_COLUMNS.map(cell).join(','), ...projects.map((p) => [p.number, p.group, p.project, p.leads.join('；')].map(cell).join(','))];
	return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function projectsJson(projects: readonly LivelihoodProject[], title: string, site: URL | undefined): string {
	const absolute = (href: string) => (site ? new URL(href, site).href : href);
	return `${JSON.stringify({ title, projects: projects.map((p) => ({ ...p, href: absolute(p.href) })) }, null, 2)}\n`;
}
