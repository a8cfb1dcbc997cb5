import { describe, expect, it } from 'vitest';
import { importsOf, projectFiles, ROOMS, roomOf, scriptImports, wrongWayImports } from '../../support/import-rule.ts';

/**
 * The rule for imports (README, "Layout of the repository"): shared core ← Markdown
 * pipeline ← build-time site code and build scripts; browser code imports only the
 * core; src/ never imports scripts/ or tests/; tests share tests/support/, not the
 * benches.
 */

describe('the import rule', () => {
	const files = projectFiles();

	it('places every source file in a room of the layout', () => {
		const unplaced = files.filter((file) => roomOf(file) === undefined);
		expect(unplaced, 'files outside every room of tests/support/import-rule.ts').toEqual([]);
		// The rule must see the whole tree, not a corner of it.
		for (const room of ['core', 'markdown', 'site', 'client', 'pages', 'scripts', 'bench', 'support', 'tests'] as const) {
			expect(
				files.some((file) => roomOf(file) === room),
				`no file found in ${room}`,
			).toBe(true);
		}
	});

	it('finds no import that runs the wrong way', () => {
		expect(wrongWayImports(files)).toEqual([]);
	});

	it('ships only client and core code to the browser', () => {
		const shipped = files.filter((file) => file.endsWith('.astro')).flatMap((file) => scriptImports(file).map((target) => ({ file, target })));
		expect(shipped.length, 'the pages load no script at all?').toBeGreaterThan(0);
		expect(shipped.filter(({ target }) => !['client', 'core'].includes(roomOf(target) ?? ''))).toEqual([]);
	});
});

describe('the rule itself', () => {
	it('reads static, dynamic and re-exported imports, and type-only ones', () => {
		const code = [
			"import { a } from './a.ts';",
			"import type { B } from '../b.ts';",
			"export { c } from './c.ts';",
			"import './side.ts';",
			"const d = await import('./d.ts');",
			"import x from 'unified';",
		].join('\n');
		expect(importsOf(code)).toEqual(['./a.ts', '../b.ts', './c.ts', './side.ts', './d.ts', 'unified']);
	});

	it('refuses each wrong-way import it is shown', () => {
		const cases: [string, string][] = [
			['src/core/urls.ts', 'src/markdown/block-ids.ts'],
			['src/core/urls.ts', 'src/site/collections.ts'],
			['src/markdown/page-blocks.ts', 'src/site/collections.ts'],
			['src/client/search/engine.ts', 'src/site/collections.ts'],
			['src/client/search/engine.ts', 'src/markdown/page-blocks.ts'],
			['src/site/redirects.ts', 'scripts/lib/content/manifest.ts'],
			['src/site/redirects.ts', 'src/client/search/engine.ts'],
			['scripts/lib/ingest/run.ts', 'src/site/collections.ts'],
			['scripts/lib/ingest/run.ts', 'tests/support/chromium.ts'],
			['tests/site/links.test.ts', 'scripts/lib/bench/stats.ts'],
			['tests/support/chromium.ts', 'scripts/lib/bench/stats.ts'],
		];
		for (const [from, to] of cases) expect(ROOMS[roomOf(from)!].may.includes(roomOf(to)!), `${from} → ${to}`).toBe(false);
	});

	it('allows the imports the layout is made of', () => {
		const cases: [string, string][] = [
			['src/markdown/block-ids.ts', 'src/core/structure.ts'],
			['src/site/compare/align.ts', 'src/markdown/page-blocks.ts'],
			['src/client/search/engine.ts', 'src/core/search/fold.ts'],
			['scripts/lib/ingest/run.ts', 'src/markdown/page-blocks.ts'],
			['scripts/lib/bench/stats.ts', 'tests/support/site-files.ts'],
			['tests/unit/bench/stats.test.ts', 'scripts/lib/bench/stats.ts'],
			['src/pages/index.astro', 'src/site/collections.ts'],
		];
		for (const [from, to] of cases) expect(ROOMS[roomOf(from)!].may.includes(roomOf(to)!), `${from} → ${to}`).toBe(true);
	});
});
