import { describe, expect, it } from 'vitest';
import { floorProjectFiles } from '../../../scripts/lib/bench/build-floor.ts';
import { descendants, parseStatusMemory } from '../../../scripts/lib/bench/measured-run.ts';
import { buildSteps, growthExponent, interleavedOrder, median, textTable } from '../../../scripts/lib/bench/stats.ts';
import { leftOutOfCopy } from '../../support/project-copy.ts';

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([10, 2, 4, 8])).toBe(6);
		expect(median([5])).toBe(5);
		expect(() => median([])).toThrow();
	});
});

describe('growthExponent', () => {
	it('is 1 for linear growth, 2 for quadratic, 0 for none', () => {
		expect(growthExponent(1, 3, 10, 30)).toBeCloseTo(1);
		expect(growthExponent(10, 5, 100, 500)).toBeCloseTo(2);
		expect(growthExponent(1, 7, 100, 7)).toBeCloseTo(0);
		expect(growthExponent(1, 4, 100, 40)).toBeCloseTo(0.5);
	});
	it('refuses sizes or values it cannot compare', () => {
		expect(() => growthExponent(1, 0, 10, 5)).toThrow();
		expect(() => growthExponent(10, 1, 10, 5)).toThrow();
	});
});

describe('buildSteps', () => {
	it('reads every step scripts/build.ts reports, also one printed after a route Astro was still writing', () => {
		const log = [
			'build: ingest done in 0.4 s',
			'07:06:22   ├─ /404.htmlbuild: search index done in 1.9 s',
			'07:06:23 [build] ✓ Completed in 187ms.',
			'build: astro build done in 3.6 s',
			'build: indexed 633 blocks of 19 pages into pagefind/ (waited 0.0 s for it)',
		].join('\n');
		expect(buildSteps(log)).toEqual({ ingest: 0.4, 'search index': 1.9, 'astro build': 3.6 });
	});
});

describe('interleavedOrder', () => {
	it('runs each build the asked number of times, alternating which goes first', () => {
		expect(interleavedOrder(['site', 'floor'], 3)).toEqual(['site', 'floor', 'floor', 'site', 'site', 'floor']);
		expect(interleavedOrder(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c', 'c', 'b', 'a']);
		const order = interleavedOrder(['a', 'b', 'c'], 5);
		for (const kind of ['a', 'b', 'c']) expect(order.filter((x) => x === kind)).toHaveLength(5);
	});
});

describe('process memory', () => {
	it('reads VmRSS and VmHWM from /proc/<pid>/status in bytes', () => {
		const status = 'Name:\tnode\nVmPeak:\t 1000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  262144 kB\nThreads:\t7\n';
		expect(parseStatusMemory(status)).toEqual({ rss: 262144 * 1024, hwm: 524288 * 1024 });
		expect(parseStatusMemory('Name:\tzombie\n')).toEqual({ rss: 0, hwm: 0 });
	});
	it('finds every descendant of a process, and no other', () => {
		const table = [
			{ pid: 10, ppid: 1, ticks: 0 },
			{ pid: 11, ppid: 10, ticks: 0 },
			{ pid: 12, ppid: 11, ticks: 0 },
			{ pid: 13, ppid: 10, ticks: 0 },
			{ pid: 20, ppid: 1, ticks: 0 },
		];
		expect(descendants(10, table).sort()).toEqual([10, 11, 12, 13]);
		expect(descendants(20, table)).toEqual([20]);
	});
	it('reads this very process tree from /proc', async () => {
		const { readFile } = await import('node:fs/promises');
		const status = await readFile(`/proc/${process.pid}/status`, 'utf8');
		const { rss, hwm } = parseStatusMemory(status);
		expect(rss).toBeGreaterThan(1024 * 1024);
		expect(hwm).toBeGreaterThanOrEqual(rss);
	});
});

describe('textTable', () => {
	it('pads every column to its widest cell', () => {
		expect(
			textTable([
				['a', 'bb'],
				['ccc', 'd'],
			]),
		).toBe('a    bb\nccc   d');
	});
});

describe('the floor project', () => {
	it('has exactly as many one-paragraph pages as asked, and no integration', () => {
		const files = floorProjectFiles(27);
		const pages = [...files.keys()].filter((f) => f.startsWith('src/pages/'));
		expect(pages).toHaveLength(27);
		expect(new Set(pages).size).toBe(27);
		for (const page of pages) expect(files.get(page)!.match(/<p>/g)).toHaveLength(1);
		expect(files.get('astro.config.mjs')).not.toMatch(/integrations|markdown/);
		expect(() => floorProjectFiles(0)).toThrow();
	});
});

describe('the project copy for scale builds', () => {
	it('leaves out outputs, caches and installed packages, and keeps the sources', () => {
		for (const path of ['node_modules', 'node_modules/astro', '.git', 'dist', 'dist-perf/index.html', 'dist.staging', 'bench-results/x.log', 'test-results', '.astro']) {
			expect(leftOutOfCopy(path), path).toBe(true);
		}
		for (const path of ['src/pages/index.astro', 'content/sources/manifest.yml', 'scripts/build.ts', 'package.json', 'src/lib/distance.ts']) {
			expect(leftOutOfCopy(path), path).toBe(false);
		}
	});
});
