import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_OUTPUTS, makeProjectCopy, run, RUN_LEFTOVERS, snapshot, stackLines, startRun, whichState } from './project-runs.ts';

/**
 * `npm run build` interrupted (SIGINT, SIGTERM) at several moments: once the ingest is
 * done, once Astro is done, just as the swap begins and a moment later, with a large previous dist/
 * (thousands of files, so that deleting it would take a while). Afterwards dist/ and
 * content/ together hold either the whole previous output or the whole new one, never
 * a mix, never missing. Before the staged swap, an interrupt while the old dist/ was
 * being deleted left index.html gone and the new build stranded beside it.
 */

/** Files of the previous dist/: enough that deleting them takes long enough to be interrupted. */
const OLD_DIST_FILES = 20_000;
const MOMENTS = [
	{ name: 'once the ingest is done', printed: /^build: ingest done/m },
	{ name: 'once Astro is done', printed: /^build: astro build done/m },
	{ name: 'as the swap begins', printed: /^build: indexed /m },
	// The old dist/ takes a second or more to delete: a moment into it.
	{ name: 'while the previous dist/ is removed', printed: /^build: indexed /m, delayMs: 200 },
] as const;

let project: string;
let built: Record<string, string>;
let previous: Record<string, string>;
const removedPage = 'content/publication-pages/2021-full';

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
 * A previous output that differs from what the build writes, in every part: a large
 * dist/ of other files, a publication's page entries missing, the published URLs and
 * the indicators with a line more.
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
	const page = readdirSync(join(project, removedPage)).sort().at(-1)!;
	rmSync(join(project, removedPage, page));
	for (const file of ['content/published-urls.json', 'content/indicators/indicators.json']) {
		writeFileSync(join(project, file), `${readFileSync(join(project, file), 'utf8')}\n`);
	}
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
				const build = startRun(project, 'scripts/build.ts');
				await build.printed(moment.printed);
				if ('delayMs' in moment) await sleep(moment.delayMs);
				build.kill(signal);
				const result = await build.done;
				const after = await snapshot(project, ['dist', ...CONTENT_OUTPUTS]);
				// dist/ alone, content/ alone, then both: one run's output.
				const distState = whichState(part(after, 'dist/'), { previous: part(previous, 'dist/'), new: part(built, 'dist/') });
				expect(distState, result.output).toMatch(/^(previous|new)$/);
				const contentState = whichState(part(after, 'content/'), { previous: part(previous, 'content/'), new: part(built, 'content/') });
				expect(contentState, result.output).toMatch(/^(previous|new)$/);
				expect(contentState, 'content/ and dist/ from one run').toBe(distState);
				expect(stackLines(result.output), result.output).toEqual([]);
			});
		}
	}

	it('is finished or undone by the next run, which then leaves nothing behind', async () => {
		const result = await run(project, 'scripts/build.ts');
		expect(result.status, result.output).toBe(0);
		expect(whichState(await snapshot(project, ['dist', ...CONTENT_OUTPUTS]), { new: built })).toBe('new');
		for (const leftover of RUN_LEFTOVERS) expect(existsSync(join(project, leftover)), leftover).toBe(false);
	});
});
