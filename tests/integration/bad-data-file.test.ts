import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeProjectCopy, run, runLeftovers } from './project-runs.ts';

/**
 * A hand-edited data file the pages read goes through Astro's content layer, whose
 * loader checks it (src/site/data-files.ts): a bad one stops `npm run build` with the
 * file and line at fault, and leaves no output. Run in a copy of the project; the real
 * content is never edited.
 */

const CLASSES = 'content/collation/classes.yml';
let project: string;

beforeAll(async () => {
	project = await makeProjectCopy('bad-data-file-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('stops the build on a class rules file with a word listed twice, naming the file and line', async () => {
	const file = join(project, CLASSES);
	const lines = readFileSync(file, 'utf8').split('\n');
	const first = lines.findIndex((line) => line.startsWith('measureWords:'));
	const word = lines.findIndex((line, i) => i > first && /^\s+\S+,$/u.test(line));
	expect(word, 'the measure words are a list, one word a line').toBeGreaterThan(first);
	lines.splice(word + 1, 0, lines[word]!);
	writeFileSync(file, lines.join('\n'));
	const result = await run(project, 'scripts/build.ts');
	expect(result.status, result.output).toBe(1);
	const name = lines[word]!.trim().replace(/,$/u, '');
	expect(result.output).toContain(`${CLASSES}:${word + 2}: measureWords: ${name} is listed twice`);
	expect(result.output).toContain('Hint:');
	expect(runLeftovers(project)).toEqual([]);
});
