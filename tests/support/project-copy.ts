import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

/**
 * Builds for a benchmark run in a project folder of their own, outside the working
 * tree, so that they neither read nor write what a developer's build uses.
 */

/** Folders of the project that a copy leaves out: outputs, caches, the installed packages. */
const LEFT_OUT = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);

export function leftOutOfCopy(relativePath: string): boolean {
	const name = basename(relativePath);
	const top = relativePath.split(/[\\/]/)[0]!;
	return LEFT_OUT.has(top) || top === 'dist' || top.startsWith('dist-') || top.endsWith('.staging') || top.endsWith('.search-index') || name.endsWith('.log');
}

/** Copies the project's sources (everything but outputs and caches) into `target`. */
export async function copyProject(root: string, target: string): Promise<void> {
	await cp(root, target, { recursive: true, filter: (source) => source === root || !leftOutOfCopy(relative(root, source)) });
}

/**
 * Gives `target` a node_modules folder of its own whose entries link to the project's
 * installed packages: the same versions, nothing installed, while the caches Astro and
 * Vite keep in node_modules/.astro and node_modules/.vite stay inside `target`.
 */
export async function linkPackages(projectModules: string, target: string): Promise<void> {
	const modules = join(target, 'node_modules');
	await mkdir(modules, { recursive: true });
	for (const entry of await readdir(projectModules)) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		await symlink(join(projectModules, entry), join(modules, entry));
	}
}
