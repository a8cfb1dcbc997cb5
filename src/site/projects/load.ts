import { loadShelf, pageEntry } from '../collections.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { livelihoodProjects, type LivelihoodProject } from './livelihood.ts';

export interface ProjectList {
	year: number;
	/** The annex's title: 自治区 2024 年 33 件民生实事清单. */
	title: string;
	pagePath: string;
	projects: LivelihoodProject[];
}

/** Every list of livelihood projects on the shelf: the annex pages whose list items are projects (build time only). */
export async function loadProjectLists(): Promise<ProjectList[]> {
	const lists: ProjectList[] = [];
	for (const year of await loadShelf()) {
		for (const entry of year.publications) {
			for (const page of entry.pages.filter((p) => p.kind === 'annex' && p.ids.some((id) => /^(n|l)\d+$/u.test(id)))) {
				const body = (await pageEntry(entry.publication.id, page.slug)).body ?? '';
				const projects = livelihoodProjects(parseMarkdown(body), page.path, page.pins ?? {});
				const title = page.outline.find((o) => o.depth === 2)?.text ?? page.label;
				if (projects.length > 0) lists.push({ year: year.year, title, pagePath: page.path, projects });
			}
		}
	}
	return lists;
}
