import { defineConfig } from 'vitest/config';

// Four layers (README, "Tests"): `unit` runs on the sources and modules alone;
// `integration` runs the CLIs and whole builds in copies of the project; `site` checks
// the built site in dist/ and so needs `npm run build` first; the browser tests are
// Playwright's (playwright.config.ts). Limits are many times a test's normal duration
// on a two-core machine, so that a loaded machine (CI's may be) does not fail them.
// The unit and site files share their workers' modules (isolate: false): loading Astro's,
// unified's and Pagefind's modules again for each of a hundred files took half the layer's
// time. A test file therefore leaves no global state behind (spies restored, no env changed).
const reports = process.env.TEST_REPORT_DIR;
const reporters = (name: string) => (reports ? ['default', ['json', { outputFile: `${reports}/vitest-${name}.json` }]] : ['default']);

export default defineConfig({
	test: {
		reporters: reporters(process.env.TEST_LAYER ?? 'all') as never,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 60_000, hookTimeout: 120_000 } },
			{
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					// Whole builds, two files at a time: a build keeps one core busy and the other
					// partly (Pagefind's indexer, the bundler's threads), so two beside each other take
					// less time than one after the other; the limits below allow for the sharing.
					maxWorkers: 2,
					// After the unit and site files when one run names files of each (a project
					// copy's own tests, tests/integration/new-publication.test.ts): Vitest runs
					// projects with different worker limits only in groups of their own.
					sequence: { groupOrder: 1 },
					testTimeout: 15 * 60_000,
					hookTimeout: 10 * 60_000,
				},
			},
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false, testTimeout: 120_000, hookTimeout: 120_000 } },
		],
	},
});
