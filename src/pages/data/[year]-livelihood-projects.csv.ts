import type { APIRoute } from 'astro';
import { loadProjectLists, type ProjectList } from '../../site/projects/load.ts';
import { projectsCsv } from '../../site/projects/livelihood.ts';

/** /data/2024-livelihood-projects.csv: the report's livelihood projects, one row each (UTF-8 with BOM, Chinese headers). */
export async function getStaticPaths() {
	return (await loadProjectLists()).map((list) => ({ params: { year: String(list.year) }, props: { list } }));
}

export const GET: APIRoute = ({ props }) => new Response(projectsCsv((props as { list: ProjectList }).list.projects), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
