import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_OUTPUTS, makeProjectCopy, run, RUN_LEFTOVERS, snapshot, stackLines, startRun, type RunResult } from './project-runs.ts';

/**
 * Two runs at once in one project (two `npm run build` started 0–2 s apart, two
 * `npm run ingest` together): the second waits for the first (saying so) or refuses in
 * one line, the one that succeeds leaves dist/ holding exactly the files of one build,
 * and content/ is whole. Before the project lock, one build died with a raw ENOENT
 * stack while the other left dist/ empty or with the wrong files, and two ingests once
 * deleted a publication's page entries.
 */

let project: string;
let reference: { dist: Record<string, string>; content: Record<string, string> };

beforeAll(async () => {
	project = await makeProjectCopy('concurrent-runs-');
	const build = await run(project, 'scripts/build.ts');
	expect(build.status, build.output).toBe(0);
	reference = { dist: await snapshot(project, ['dist']), content: await snapshot(project, CONTENT_OUTPUTS) };
	// The sitemap lists every page: the reference build holds each of them.
	const sitemap = readFileSync(join(project, 'dist/sitemap.xml'), 'utf8');
	// Root-relative where no public address is set (SITE_URL).
	const pages = [...sitemap.matchAll(/<loc>(?:https?:\/\/[^/]+)?\/([^<]*)<\/loc>/g)].map((m) => `dist/${m[1]}index.html`);
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) expect(reference.dist, page).toHaveProperty(page);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Both ran to an end: at least one succeeded, any other refused in one line; nothing crashed. */
function expectOneWaitedOrRefused(results: RunResult[], label: string): void {
	const output = results.map((r) => r.output).join('\n----\n');
	expect(results.map((r) => r.signal)).toEqual([null, null]);
	expect(stackLines(output), output).toEqual([]);
	expect(
		results.some((r) => r.status === 0),
		output,
	).toBe(true);
	for (const result of results.filter((r) => r.status !== 0)) {
		expect(result.status, output).toBe(1);
		expect(result.stderr.trim().split('\n'), output).toEqual([expect.stringMatching(new RegExp(`^${label}: refused: .+ is writing this project's outputs`))]);
	}
}

async function expectNoLeftovers(): Promise<void> {
	for (const leftover of RUN_LEFTOVERS) expect(existsSync(join(project, leftover)), leftover).toBe(false);
}

describe('two runs at once', () => {
	for (const apartMs of [0, 2000]) {
		it(`two builds started ${apartMs / 1000} s apart: dist/ holds exactly one build's files, content/ is whole`, async () => {
			const first = startRun(project, 'scripts/build.ts');
			await sleep(apartMs);
			const second = startRun(project, 'scripts/build.ts');
			const results = await Promise.all([first.done, second.done]);
			expectOneWaitedOrRefused(results, 'build');
			expect(Object.keys(await snapshot(project, ['dist']))).toEqual(Object.keys(reference.dist));
			expect(await snapshot(project, ['dist'])).toEqual(reference.dist);
			expect(await snapshot(project, CONTENT_OUTPUTS)).toEqual(reference.content);
			await expectNoLeftovers();
		});
	}

	it('two ingests started together, each with content to write: content/ ends whole', async () => {
		// Writing takes a few tens of milliseconds at the end of a run of a second or two:
		// rounds with the second run started a little later each time, so that in one of
		// them the two write at the same moment. Each starts from content that the ingest must rewrite.
		for (let round = 0; round <= 12; round++) {
			rmSync(join(project, 'content/publication-pages/2021-full'), { recursive: true });
			const published = join(project, 'content/published-urls.json');
			writeFileSync(published, `${readFileSync(published, 'utf8')}\n`);
			const first = startRun(project, 'scripts/ingest.ts');
			await sleep(round * 50);
			const results = await Promise.all([first.done, startRun(project, 'scripts/ingest.ts').done]);
			expectOneWaitedOrRefused(results, 'ingest');
			expect(readdirSync(join(project, 'content/publication-pages/2021-full')).length, `round ${round}`).toBeGreaterThan(0);
			expect(await snapshot(project, CONTENT_OUTPUTS), `round ${round}`).toEqual(reference.content);
			await expectNoLeftovers();
		}
	});

	it('a run that finds the lock held refuses in one line when told not to wait, and takes over a lock whose holder is gone', async () => {
		const first = startRun(project, 'scripts/build.ts');
		await first.printed(/build: ingest done/);
		const second = await run(project, 'scripts/ingest.ts', [], { OUTPUT_LOCK_WAIT: '0' });
		expect(second.status, second.output).toBe(1);
		expect(second.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ingest: refused: npm run build \(pid \d+, since [\d:]+ UTC\) is writing this project's outputs/)]);
		const firstResult = await first.done;
		expect(firstResult.status, firstResult.output).toBe(0);

		// A lock left by a run that was killed (SIGKILL cannot be caught): this pid has exited.
		const deadPid = await exitedPid(project);
		writeFileSync(join(project, '.output.lock'), `${JSON.stringify({ pid: deadPid, root: `${project}/`, command: 'npm run build', since: new Date().toISOString() })}\n`);
		const taken = await run(project, 'scripts/ingest.ts');
		expect(taken.status, taken.output).toBe(0);
		expect(taken.stdout).toMatch(
			new RegExp(`^ingest: took over the lock \\.output\\.lock of npm run build \\(pid ${deadPid}, since [\\d:]+ UTC\\): it is no longer running\\.$`, 'm'),
		);
		await expectNoLeftovers();
	});
});

/** The pid of a process that has already exited. */
async function exitedPid(project: string): Promise<number> {
	const child = spawn(process.execPath, ['-e', ''], { cwd: project, stdio: 'ignore' });
	await new Promise((resolve) => child.on('exit', resolve));
	return child.pid!;
}
