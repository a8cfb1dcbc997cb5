import type { APIRoute } from 'astro';
import { loadProjectLists, type ProjectList } from '../../site/projects/load.ts';
import { projectsJson } from '../../site/projects/livelihood.ts';

/** /data/2024-livelihood-projects.json: the report's livelihood projects with their links. */
export async function getStaticPaths() {
	return (await loadProjectLists()).map((list) => ({ params: { year: String(list.year) }, props: { list } }));
}

export const GET: APIRoute = ({ props, site }) => {
	const { list } = props as { list: ProjectList };
	return new Response(projectsJson(list.projects, list.title, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
