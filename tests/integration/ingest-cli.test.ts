import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../unit/ingest/helpers.ts';

describe('scripts/ingest.ts --check', () => {
	it('exits 0 on the committed tree: content/publication-pages/ is what ingest writes', () => {
		const cwd = fileURLToPath(ROOT);
		// The project's pinned Node, not whatever `node` is on the PATH.
		const result = spawnSync(`${cwd}node_modules/.bin/node`, ['scripts/ingest.ts', '--check'], { cwd, encoding: 'utf8', timeout: 10 * 60_000 });
		expect(result.error).toBeUndefined();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^content\/publication-pages\/ is up to date \(19 pages\)\.$/m);
	});
});
