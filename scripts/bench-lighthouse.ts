/**
 * npm run bench:lighthouse — Lighthouse's four category scores (performance,
 * accessibility, best practices, SEO; mobile settings) for the home page, the longest
 * section page, the indicators page and a search results page (/search/?q=鄂尔多斯),
 * served from the build in $SITE_DIST (default dist/; it builds nothing) by a static
 * host with gzip (tests/support/static-server.ts), audited in the system's Chromium.
 *
 *   SITE_DIST=dist-perf npm run bench:lighthouse [-- --url http://127.0.0.1:4321]
 *
 * --url audits a server already running instead (the pages are still chosen from the
 * build in $SITE_DIST). Prints the scores, the main metrics and every audit that cost
 * points; exits non-zero when a page is missing or a score is below 95. Writes
 * bench-results/lighthouse.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditPages, CATEGORIES, lighthouseTargets, missingTargets } from '../tests/support/lighthouse.ts';
import { textTable } from './lib/bench/stats.ts';
import { htmlPages } from '../tests/support/site-files.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = parseArgs({ options: { url: { type: 'string' } } });
const root = fileURLToPath(new URL('../', import.meta.url));
const site = join(root, process.env.SITE_DIST ?? 'dist');
const FLOOR = 95;

const targets = lighthouseTargets(site, await htmlPages(site));
const missing = missingTargets(site, targets);
for (const t of missing) console.error(`bench:lighthouse: MISSING — the ${t.name} (${t.path}) is not in ${site}; it is not audited.`);
const server = values.url ? undefined : await serveStatic(site);
const base = values.url ?? server!.url;
console.log(`bench:lighthouse: auditing ${targets.length - missing.length} pages at ${base} (mobile settings, simulated throttling)`);
let audited;
try {
	audited = await auditPages(
		base,
		targets.filter((t) => !missing.includes(t)),
	);
} finally {
	await server?.close();
}

console.log('');
console.log(
	textTable([
		['page', 'path', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'bytes'],
		...audited.map((a) => [
			a.name,
			decodeURI(a.path),
			...CATEGORIES.map((c) => String(a.scores[c])),
			`${Math.round(a.metrics.fcp!)} ms`,
			`${Math.round(a.metrics.lcp!)} ms`,
			`${Math.round(a.metrics.tbt!)} ms`,
			a.metrics.cls!.toFixed(3),
			`${Math.round(a.metrics.bytes! / 1000)} kB`,
		]),
	]),
);
for (const a of audited) {
	for (const f of a.failing) console.log(`  ${a.name}: ${f.category} — ${f.id} (${f.title}) scored ${f.score}${f.displayValue ? `: ${f.displayValue}` : ''}`);
	for (const w of a.runWarnings) console.log(`  ${a.name}: Lighthouse warns: ${w}`);
}
const low = audited.flatMap((a) => CATEGORIES.filter((c) => a.scores[c] < FLOOR).map((c) => `${a.name} ${c} ${a.scores[c]}`));
const perfect = audited.every((a) => CATEGORIES.every((c) => a.scores[c] === 100));
console.log(`target 100 everywhere: ${perfect && missing.length === 0 ? 'met' : 'NOT met'}${low.length > 0 ? `; below ${FLOOR}: ${low.join(', ')}` : ''}`);

await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
	join(root, 'bench-results/lighthouse.json'),
	`${JSON.stringify({ generatedBy: 'scripts/bench-lighthouse.ts', date: new Date().toISOString(), base, missing: missing.map((m) => m.path), audited }, null, 2)}\n`,
);
if (missing.length > 0 || low.length > 0) process.exit(1);
