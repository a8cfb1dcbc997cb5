/**
 * npm test: every test — unit and built site (vitest), integration (vitest: the CLIs
 * and whole builds, in copies of the project) and browser (Playwright) — each run even
 * when one before it fails, then one closing line with the totals. Builds the site
 * first when dist/ holds none. The integration tests run alone, after the others, so
 * that their builds do not share the two cores with the other tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingLine, provideSystemNeeds } from './lib/test/system-needs.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'report-explorer-tests-'));
const env = { ...process.env, TEST_REPORT_DIR: reports };
const node = process.execPath;

function run(args: string[], layer = 'all'): number {
	return spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...env, TEST_LAYER: layer } }).status ?? 1;
}

const missing = provideSystemNeeds();
if (missing.length > 0) {
	console.error(missingLine(missing));
	process.exit(1);
}

const dist = process.env.SITE_DIST ?? 'dist';
if (!existsSync(join(root, dist, 'index.html'))) {
	console.log(`test: ${dist}/ holds no build; running npm run build first.`);
	if (run(['scripts/build.ts']) !== 0) process.exit(1);
}

const BROWSER_PROJECTS = ['chromium', 'lighthouse'] as const;
const vitestLayers = { 'unit-site': ['unit', 'site'], integration: ['integration'] };
const statuses = [
	run(['node_modules/vitest/vitest.mjs', 'run', ...vitestLayers['unit-site'].flatMap((p) => ['--project', p])], 'unit-site'),
	// The Lighthouse audits run after the other browser tests, not beside them (a busy machine
	// lowers the performance score), and whatever those found: neither skips the other.
	...BROWSER_PROJECTS.map((project) => run(['node_modules/@playwright/test/cli.js', 'test', `--project=${project}`], project)),
	run(['node_modules/vitest/vitest.mjs', 'run', ...vitestLayers.integration.flatMap((p) => ['--project', p])], 'integration'),
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const layer of Object.keys(vitestLayers)) {
	const vitest = join(reports, `vitest-${layer}.json`);
	if (existsSync(vitest)) {
		const report = JSON.parse(readFileSync(vitest, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests + report.numTodoTests;
	} else {
		console.error(`test: vitest wrote no report for the ${layer} tests`);
		failed++;
	}
}
for (const project of BROWSER_PROJECTS) {
	const browser = join(reports, `browser-${project}.json`);
	if (existsSync(browser)) {
		const { stats } = JSON.parse(readFileSync(browser, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
		passed += stats.expected + stats.flaky;
		failed += stats.unexpected;
		skipped += stats.skipped;
	} else {
		console.error(`test: Playwright wrote no report for the ${project} tests`);
		failed++;
	}
}
if (skipped > 0) console.warn(`test: ${skipped} tests were SKIPPED — see the runners' output above.`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(statuses.some((s) => s !== 0) || failed > 0 ? 1 : 0);
