import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The rooms of the repository and which rooms each may import from: the rule the
 * README's "Layout of the repository" states, as tests/unit/layout/imports.test.ts
 * checks it. Imports run one way: shared core ← Markdown pipeline ← build-time site
 * code and build scripts; browser code imports only the core; src/ never imports
 * scripts/ or tests/; tests share tests/support/, and only the benches' own unit tests
 * import a bench.
 */

export type Room = 'core' | 'markdown' | 'client' | 'site' | 'pages' | 'config' | 'scripts' | 'bench' | 'test-runner' | 'support' | 'tests' | 'bench-tests';

export const ROOMS: Record<Room, { where: string; may: readonly Room[] }> = {
	core: { where: 'src/core/: schemas, the shelf, URLs, published URLs, the text fold and literal match, citations, chart specs', may: ['core'] },
	markdown: { where: 'src/markdown/: the Markdown pipeline, its plugins, the id scheme and the one reader of a page’s blocks', may: ['core', 'markdown'] },
	client: { where: 'src/client/: code that ships to the browser', may: ['core', 'client'] },
	site: { where: 'src/site/ and src/content.config.ts: build-time site code (may read astro:content)', may: ['core', 'markdown', 'site'] },
	pages: { where: 'src/pages/, src/layouts/, src/components/, src/styles/: thin Astro files and their styles', may: ['core', 'markdown', 'site', 'client', 'pages'] },
	config: { where: 'the configuration files at the root', may: ['core', 'markdown', 'site', 'scripts', 'support'] },
	scripts: { where: 'scripts/: the CLIs, their logic in scripts/lib/<step>/', may: ['core', 'markdown', 'scripts'] },
	bench: { where: 'scripts/bench-*.ts and scripts/lib/bench/', may: ['core', 'markdown', 'scripts', 'bench', 'support'] },
	'test-runner': { where: 'scripts/test.ts and scripts/lib/test/: npm test, which needs what the browser tests need', may: ['core', 'scripts', 'test-runner', 'support'] },
	support: { where: 'tests/support/: what the tests (and the benches) share', may: ['core', 'markdown', 'site', 'client', 'scripts', 'support'] },
	tests: { where: 'tests/unit, integration, site, browser', may: ['core', 'markdown', 'site', 'client', 'scripts', 'test-runner', 'support', 'tests'] },
	'bench-tests': { where: 'tests/unit/bench/: the benches’ own unit tests', may: ['core', 'markdown', 'scripts', 'bench', 'support', 'tests'] },
};

/** Virtual modules of Astro (astro:content …): only build-time site code and pages may use them. */
const ASTRO_VIRTUAL_ROOMS: readonly Room[] = ['site', 'pages'];

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function roomOf(file: string): Room | undefined {
	if (file.startsWith('src/core/')) return 'core';
	if (file.startsWith('src/markdown/')) return 'markdown';
	if (file.startsWith('src/client/')) return 'client';
	if (file.startsWith('src/site/') || file === 'src/content.config.ts') return 'site';
	if (/^src\/(pages|layouts|components|styles)\//.test(file)) return 'pages';
	if (/^[^/]+\.(ts|mjs|js)$/.test(file)) return 'config';
	if (/^scripts\/bench-[^/]+\.ts$/.test(file) || file.startsWith('scripts/lib/bench/')) return 'bench';
	if (file === 'scripts/test.ts' || file.startsWith('scripts/lib/test/')) return 'test-runner';
	if (file.startsWith('scripts/')) return 'scripts';
	if (file.startsWith('tests/support/')) return 'support';
	if (file.startsWith('tests/unit/bench/')) return 'bench-tests';
	if (/^tests\/(unit|integration|site|browser)\//.test(file)) return 'tests';
	return undefined;
}

/** The project's code files (tracked, or new and not ignored), fixtures and content left out. */
export function projectFiles(): string[] {
	const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
	return [...new Set(listed.split('\n'))]
		.filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file) && !file.includes('/fixtures/') && !file.startsWith('content/') && existsSync(posix.join(ROOT, file)))
		.sort();
}

const IMPORT_PATTERNS = [
	/^\s*import\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
	/^\s*export\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
	/^\s*import\s*['"]([^'"]+)['"]/gm,
	/\bimport\(\s*['"`]([^'"`$]+)['"`]\s*\)/g,
];

/** The module specifiers a piece of code imports, in the order they appear. */
export function importsOf(code: string): string[] {
	const found: { at: number; specifier: string }[] = [];
	for (const pattern of IMPORT_PATTERNS) for (const m of code.matchAll(pattern)) found.push({ at: m.index, specifier: m[1]! });
	return found.sort((a, b) => a.at - b.at).map((f) => f.specifier);
}

/** The project file a relative specifier of `from` names, from the root. */
function resolveSpecifier(from: string, specifier: string): string {
	return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** The project files the bundled `<script>` elements of an Astro file import (what ships to the browser). */
export function scriptImports(file: string): string[] {
	const text = readFileSync(posix.join(ROOT, file), 'utf8');
	const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	return scripts.flatMap((code) =>
		importsOf(code)
			.filter((s) => s.startsWith('.'))
			.map((s) => resolveSpecifier(file, s)),
	);
}

export interface WrongWay {
	file: string;
	imports: string;
	why: string;
}

/** Every import among `files` that the rooms do not allow. */
export function wrongWayImports(files: readonly string[]): WrongWay[] {
	const wrong: WrongWay[] = [];
	for (const file of files) {
		const room = roomOf(file);
		if (!room) continue;
		for (const specifier of importsOf(readFileSync(posix.join(ROOT, file), 'utf8'))) {
			if (specifier.startsWith('astro:')) {
				if (!ASTRO_VIRTUAL_ROOMS.includes(room)) wrong.push({ file, imports: specifier, why: `${room} code may not read Astro's virtual modules` });
				continue;
			}
			if (!specifier.startsWith('.')) continue;
			const target = resolveSpecifier(file, specifier);
			const targetRoom = roomOf(target);
			if (!targetRoom) {
				wrong.push({ file, imports: target, why: 'imports a file outside every room' });
				continue;
			}
			if (!ROOMS[room].may.includes(targetRoom)) wrong.push({ file, imports: target, why: `${room} may not import ${targetRoom}` });
		}
	}
	return wrong;
}
