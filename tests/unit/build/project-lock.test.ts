import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireProjectLock, LOCK_FILE, LockRefused, processStartTime, type LockHolder } from '../../../scripts/lib/build/project-lock.ts';

let root: string;
let lines: string[];
const options = (over: Partial<Parameters<typeof acquireProjectLock>[1]> = {}) => ({
	command: 'npm run build',
	label: 'build',
	log: (line: string) => lines.push(line),
	pollMs: 10,
	...over,
});
const holder = (over: Partial<LockHolder>): LockHolder => ({
	pid: process.pid,
	startTime: processStartTime(process.pid),
	root,
	command: 'npm run ingest',
	since: '2026-12-01T22:00:00.000Z',
	...over,
});

beforeEach(() => {
	root = `${mkdtempSync(join(tmpdir(), 'project-lock-'))}/`;
	lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the project lock', () => {
	it('is a file naming its holder, removed on release, and leaves nothing else', async () => {
		const lock = await acquireProjectLock(root, options());
		const held = JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')) as LockHolder;
		expect(held).toMatchObject({ pid: process.pid, root, command: 'npm run build' });
		lock.release();
		expect(existsSync(join(root, LOCK_FILE))).toBe(false);
		expect(lines).toEqual([]);
	});

	it('refuses in one line, naming the holder, when told not to wait', async () => {
		const lock = await acquireProjectLock(root, options());
		const second = acquireProjectLock(root, options({ command: 'npm run ingest', label: 'ingest', waitSeconds: 0 }));
		await expect(second).rejects.toBeInstanceOf(LockRefused);
		await expect(second).rejects.toThrow(
			/^ingest: refused: npm run build \(pid \d+, since \d\d:\d\d:\d\d UTC\) is writing this project's outputs \(\.output\.lock\); run again when it has finished\.$/,
		);
		lock.release();
	});

	it('makes a second run wait, saying so once, until the first releases it', async () => {
		const first = await acquireProjectLock(root, options());
		const second = acquireProjectLock(root, options({ label: 'ingest', waitSeconds: 30 }));
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(lines).toEqual([expect.stringMatching(/^ingest: waiting for npm run build \(pid \d+, since .+\) to finish/)]);
		first.release();
		const lock = await second;
		expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
		expect(lines).toHaveLength(1);
		lock.release();
	});

	it('does not release a lock that another run has taken since', async () => {
		const lock = await acquireProjectLock(root, options());
		writeFileSync(join(root, LOCK_FILE), JSON.stringify(holder({ command: 'another run' })));
		lock.release();
		expect(existsSync(join(root, LOCK_FILE))).toBe(true);
	});

	const stale: [string, () => string, RegExp][] = [
		['whose pid now belongs to another process', () => JSON.stringify(holder({ startTime: '1' })), /its pid is another process’s now/],
		['copied from another project folder', () => JSON.stringify(holder({ root: '/somewhere/else/' })), /it was taken in \/somewhere\/else\/ and copied here/],
		['that cannot be read', () => 'not a lock', /of an unknown run: its holder cannot be read/],
	];
	for (const [name, text, reason] of stale) {
		it(`takes over a lock ${name}, saying so`, async () => {
			writeFileSync(join(root, LOCK_FILE), text());
			const lock = await acquireProjectLock(root, options());
			expect(lines).toEqual([expect.stringMatching(reason)]);
			expect(lines[0]).toMatch(/^build: took over the lock \.output\.lock of /);
			expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm run build' });
			lock.release();
		});
	}

	it('lets only one of two runs that find one stale lock take it', async () => {
		writeFileSync(join(root, LOCK_FILE), JSON.stringify(holder({ root: '/somewhere/else/' })));
		const runs = [acquireProjectLock(root, options({ waitSeconds: 0 })), acquireProjectLock(root, options({ waitSeconds: 0 }))];
		const settled = await Promise.allSettled(runs);
		// Both run in this one process, so the winner looks alive to the other, which refuses.
		expect(settled.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
		for (const s of settled) if (s.status === 'fulfilled') s.value.release();
	});
});
