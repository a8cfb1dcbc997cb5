import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, NODE } from './project-runs.ts';

/**
 * A deployment sets the public address (SITE_URL): a build of a copy of the project with
 * it set gives crawlers and reference managers absolute addresses — canonical, og:url,
 * og:image, the printed header, and the URL in every citation export.
 */
const SITE = 'https://reports.example.org';
let project: string;

beforeAll(async () => {
	project = await makeProjectCopy('public-address-');
	const result = spawnSync(NODE, ['scripts/build.ts'], { cwd: project, env: { ...process.env, SITE_URL: SITE }, encoding: 'utf8', timeout: 10 * 60_000 });
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}, 11 * 60_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const page = (path: string) => fromHtml(readFileSync(join(project, 'dist', path, 'index.html'), 'utf8'));
const attribute = (tree: ReturnType<typeof page>, selector: string, name: 'href' | 'content') => String(select(selector, tree)?.properties[name]);

describe('built with SITE_URL', () => {
	it.each(['/', '/2024/full/', '/2024/full/part-2/', '/sources/'])('%s names its absolute address and share image', (path) => {
		const tree = page(path);
		expect(attribute(tree, 'link[rel="canonical"]', 'href')).toBe(`${SITE}${path}`);
		expect(attribute(tree, 'meta[property="og:url"]', 'content')).toBe(`${SITE}${path}`);
		expect(attribute(tree, 'meta[property="og:image"]', 'content')).toMatch(new RegExp(`^${SITE}/share/.+\\.png$`));
		expect(
			String(
				select('[data-print="address"]', tree)
					?.children.map((c) => ('value' in c ? c.value : ''))
					.join(''),
			),
		).toBe(`${SITE}${path}`);
	});

	it('writes the absolute address into every citation export', () => {
		const file = (name: string) => readFileSync(join(project, 'dist/2024/full', name), 'utf8');
		expect(file('cite.bib')).toContain(`url = {${SITE}/2024/full/}`);
		expect(file('cite.ris')).toContain(`UR  - ${SITE}/2024/full/\r\n`);
		expect(JSON.parse(file('cite.json'))[0].URL).toBe(`${SITE}/2024/full/`);
	});
});
