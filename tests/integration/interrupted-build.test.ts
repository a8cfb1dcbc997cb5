import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { CHECKED_DIR, contentCheckKey, wasChecked } from '../../scripts/lib/content/checked-content.ts';
import { CONTENT_OUTPUTS, makeProjectCopy, run, runLeftovers, snapshot, stackLines, startRun, whichState } from './project-runs.ts';

/**
 * `npm run build` interrupted (SIGINT, SIGTERM) at several moments: while the generated
 * content is checked (its process of its own stopped, the check not remembered as
 * passed), once it is checked, while Astro builds, and as the search index is written (just
 * before the fresh folder takes dist/'s place), with a large previous dist/. Afterwards
 * dist/ holds either the whole previous output or the whole new one, never a mix,
 * never missing; content/ is untouched (a build never writes it); no build folder is
 * left behind.
 */

/** How long a build may take to end after the signal: it takes well under a second; many times that on a loaded machine. */
const EXIT_LIMIT_MS = 60_000;
/** Files of the previous dist/: enough that removing them takes a moment. */
const OLD_DIST_FILES = 5_000;
const MOMENTS = [
	// The check runs only where no passed check is remembered: its record is removed first.
	{ name: 'while the content is checked', printed: /indicators\.json is up to date/m, checking: true },
	{ name: 'once the content is checked', printed: /^build: content check done/m },
	{ name: 'while Astro builds', printed: /\[build\] Building static entrypoints/m },
	{ name: 'as the search index is written', printed: /\[report-explorer:search-index\] indexed /m },
] as const;

let project: string;
let built: Record<string, string>;
let previous: Record<string, string>;

beforeAll(async () => {
	project = await makeProjectCopy('interrupted-build-');
	const reference = await run(project, 'scripts/build.ts');
	expect(reference.status, reference.output).toBe(0);
	built = await snapshot(project, ['dist', ...CONTENT_OUTPUTS]);
	setUpPreviousOutput();
	previous = await snapshot(project, ['dist', ...CONTENT_OUTPUTS]);
}, 15 * 60_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/**
 * A previous dist/ that differs from what the build writes: a large one of other files.
 */
function setUpPreviousOutput(): void {
	const dist = join(project, 'dist');
	rmSync(dist, { recursive: true, force: true });
	for (let i = 0; i < OLD_DIST_FILES; i++) {
		const dir = join(dist, `old-${Math.floor(i / 200)}`);
		if (i % 200 === 0) mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `page-${i}.html`), `<p>the previous site, page ${i}</p>`);
	}
	writeFileSync(join(dist, 'index.html'), '<p>the previous site</p>');
}

/** The files of a snapshot below one folder. */
function part(files: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(prefix)));
}

describe('an interrupted build', () => {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		for (const moment of MOMENTS) {
			it(`leaves the previous output or the new one, whole, on ${signal} ${moment.name}`, async () => {
				const state = whichState(await snapshot(project, ['dist', ...CONTENT_OUTPUTS]), { previous });
				if (state !== 'previous') {
					setUpPreviousOutput();
					expect(whichState(await snapshot(project, ['dist', ...CONTENT_OUTPUTS]), { previous })).toBe('previous');
				}
				if ('checking' in moment) rmSync(join(project, CHECKED_DIR), { recursive: true, force: true });
				const build = startRun(project, 'scripts/build.ts');
				await build.printed(moment.printed);
				build.kill(signal);
				// A build ends within a moment of the signal (it once hung in process.exit while bundling).
				const result = await Promise.race([
					build.done,
					new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running ${EXIT_LIMIT_MS / 1000} s after ${signal}`)), EXIT_LIMIT_MS)),
				]);
				// Ended by the signal, or finished just before it arrived.
				expect(result.signal === signal || result.status === 0, result.output).toBe(true);
				const after = await snapshot(project, ['dist', ...CONTENT_OUTPUTS]);
				const distState = whichState(part(after, 'dist/'), { previous: part(previous, 'dist/'), new: part(built, 'dist/') });
				expect(distState, result.output).toMatch(/^(previous|new)$/);
				expect(part(after, 'content/')).toEqual(part(built, 'content/'));
				expect(runLeftovers(project), result.output).toEqual([]);
				expect(stackLines(result.output), result.output).toEqual([]);
				if ('checking' in moment) {
					// The words check still runs for about a second after the marker; the signal comes within milliseconds.
					expect(result.output, 'the signal reached the build during its content check').not.toMatch(/^build: content check done/m);
					const root = pathToFileURL(`${project}/`);
					expect(await wasChecked(root, await contentCheckKey(root)), 'an interrupted check is not remembered as passed').toBe(false);
				}
			});
		}
	}

	it('is followed by a run that builds the whole site', async () => {
		const result = await run(project, 'scripts/build.ts');
		expect(result.status, result.output).toBe(0);
		expect(whichState(await snapshot(project, ['dist', ...CONTENT_OUTPUTS]), { new: built })).toBe('new');
		expect(runLeftovers(project)).toEqual([]);
	});
});
