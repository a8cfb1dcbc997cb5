import { loadShelf, oncePerBuild } from '../collections.ts';
import { pageModel } from '../page-models.ts';
import { livelihoodProjects, type LivelihoodProject } from './livelihood.ts';

export interface ProjectList {
	year: number;
	/** The annex's title: 自治区 2024 年 33 件民生实事清单. */
	title: string;
	pagePath: string;
	projects: LivelihoodProject[];
}

/** Every list of livelihood projects on the shelf: the annex pages whose list items are projects (build time only; read once per build). */
export const loadProjectLists: () => Promise<ProjectList[]> = oncePerBuild(async () => {
	const lists: ProjectList[] = [];
	for (const year of await loadShelf()) {
		for (const entry of year.publications) {
			for (const page of entry.pages.filter((p) => p.kind === 'annex' && p.ids.some((id) => /^(n|l)\d+$/u.test(id)))) {
				const projects = livelihoodProjects((await pageModel(entry.publication.id, page.slug)).blocks, page.path);
				const title = page.outline.find((o) => o.depth === 2)?.text ?? page.label;
				if (projects.length > 0) lists.push({ year: year.year, title, pagePath: page.path, projects });
			}
		}
	}
	return lists;
});
