import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../write-tree.ts';
import { clockTicks, parseProcStat } from './proc-stat.ts';

/**
 * What the build benchmarks measure and how they summarise it: wall time and peak
 * memory of a command and all its descendants, sizes of a built site, medians,
 * ratios and growth exponents. Pure functions first (unit-tested), then the ones
 * that touch processes and files.
 */

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How fast a quantity grows with the corpus: the exponent k in value ∝ size^k between
 * two measurements. 1 is linear growth, below 1 is sub-linear (fixed costs dominate),
 * 2 is quadratic.
 */
export function growthExponent(fromSize: number, fromValue: number, toSize: number, toValue: number): number {
	if (fromSize <= 0 || toSize <= 0 || fromValue <= 0 || toValue <= 0 || fromSize === toSize) {
		throw new Error(`growth exponent needs two positive sizes and values (${fromSize}: ${fromValue}, ${toSize}: ${toValue})`);
	}
	return Math.log(toValue / fromValue) / Math.log(toSize / fromSize);
}

/**
 * The steps scripts/build.ts reports (`build: <step> done in <s> s`) and their seconds.
 * A step the worker finishes while Astro is printing a route lands mid-line, after it.
 */
export function buildSteps(log: string): Record<string, number> {
	return Object.fromEntries([...log.matchAll(/build: (.+?) done in ([\d.]+) s$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

/**
 * The order in which to run several builds `runs` times each, reversing the order in
 * every other round (A B C, C B A, A B C …), so that a slow spell on a shared machine
 * falls on all of them alike rather than on one.
 */
export function interleavedOrder<T>(kinds: readonly T[], runs: number): T[] {
	const order: T[] = [];
	for (let round = 0; round < runs; round++) order.push(...(round % 2 === 0 ? kinds : [...kinds].reverse()));
	return order;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
	return seconds < 100 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(0)} s`;
}

/** A plain-text table, columns padded to their widest cell (CJK-unaware: the benches print ASCII). */
export function textTable(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

// ─── processes ───────────────────────────────────────────────────────────────────

export interface Measured {
	/** Wall-clock time from start to exit. */
	seconds: number;
	/**
	 * User + system CPU time of the command and all its descendants: the larger of what
	 * the kernel adds up for reaped descendants (tree-cpu.ts) and the sum of every
	 * process's own time as last sampled, which also counts a helper process that its
	 * parent never waits for (Pagefind's indexer is killed, not reaped). Both can only
	 * miss time, never add any.
	 */
	cpuSeconds: number;
	status: number | null;
	signal: NodeJS.Signals | null;
	/**
	 * The largest sum of resident memory (VmRSS) of the command and all its living
	 * descendants seen at any one sample: the memory the machine had to hold at once.
	 * Sampled every `sampleMs`, so a spike shorter than that can be missed.
	 */
	peakTreeRss: number;
	/**
	 * The largest peak resident memory (VmHWM, kept by the kernel) of any single process
	 * of the tree, as last read before it exited: exact for a process that lives longer
	 * than one sample.
	 */
	peakProcessRss: number;
	/** The process whose VmHWM that was, e.g. `node … astro.mjs build`. */
	peakProcess: string;
	samples: number;
}

interface ProcInfo {
	pid: number;
	ppid: number;
	/** Own user + system time, in clock ticks. */
	ticks: number;
}

/** Every process's parent and CPU time, from /proc/<pid>/stat (Linux). */
async function processTable(): Promise<ProcInfo[]> {
	const entries = await readdir('/proc');
	const table: ProcInfo[] = [];
	await Promise.all(
		entries
			.filter((name) => /^\d+$/.test(name))
			.map(async (name) => {
				const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined);
				if (!text) return;
				const { ppid, utime, stime } = parseProcStat(text);
				table.push({ pid: Number(name), ppid, ticks: utime + stime });
			}),
	);
	return table;
}

/** The pid and all its descendants. */
export function descendants(root: number, table: readonly ProcInfo[]): number[] {
	const children = new Map<number, number[]>();
	for (const { pid, ppid } of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const found = [root];
	for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
	return found;
}

/** VmRSS and VmHWM of a /proc/<pid>/status text, in bytes. */
export function parseStatusMemory(status: string): { rss: number; hwm: number } {
	const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
	return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Runs a command to its end, its output to `logFile`, through tree-cpu.ts (which
 * reports the CPU time of the whole tree), polling /proc meanwhile for the memory of
 * every process under it. For `npm run build` that is one Node process (the ingest,
 * indicators and search records run in a worker thread of it, beside Astro) and
 * Pagefind's indexer, its only child process.
 */
export async function runMeasured(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; sampleMs?: number },
): Promise<Measured> {
	const sampleMs = options.sampleMs ?? 100;
	const cpuFile = `${options.logFile}.cpu.json`;
	const log = createWriteStream(options.logFile);
	const started = performance.now();
	const wrapper = fileURLToPath(new URL('tree-cpu.ts', import.meta.url));
	const child = spawn(process.execPath, [wrapper, cpuFile, command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	let peakTreeRss = 0;
	let peakProcessRss = 0;
	let peakProcess = '';
	let samples = 0;
	let done = false;
	let seconds = 0;
	const ownTicks = new Map<number, number>();
	const exited = new Promise<void>((resolve) => {
		child.on('exit', () => {
			seconds = (performance.now() - started) / 1000;
		});
		child.on('close', () => {
			done = true;
			resolve();
		});
	});
	const poll = async () => {
		while (!done) {
			// The wrapper itself is left out: it is not part of what is measured.
			const table = await processTable();
			const pids = descendants(child.pid!, table).filter((pid) => pid !== child.pid);
			for (const { pid, ticks } of table) if (pids.includes(pid)) ownTicks.set(pid, ticks);
			let tree = 0;
			for (const pid of pids) {
				const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
				if (!status) continue;
				const { rss, hwm } = parseStatusMemory(status);
				tree += rss;
				if (hwm > peakProcessRss) {
					peakProcessRss = hwm;
					peakProcess = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').filter(Boolean).slice(0, 3).join(' ');
				}
			}
			peakTreeRss = Math.max(peakTreeRss, tree);
			samples++;
			await new Promise((resolve) => setTimeout(resolve, sampleMs));
		}
	};
	await Promise.all([exited, poll()]);
	await new Promise((resolve) => log.end(resolve));
	const cpu = JSON.parse(await readFile(cpuFile, 'utf8').catch(() => '{}')) as Partial<{ status: number | null; signal: NodeJS.Signals | null; userSeconds: number; systemSeconds: number }>;
	const sampled = [...ownTicks.values()].reduce((sum, t) => sum + t, 0) / clockTicks();
	if (cpu.userSeconds === undefined) return { seconds, cpuSeconds: sampled, status: child.exitCode ?? 1, signal: child.signalCode, peakTreeRss, peakProcessRss, peakProcess, samples };
	const reaped = cpu.userSeconds + (cpu.systemSeconds ?? 0);
	return { seconds, cpuSeconds: Math.max(reaped, sampled), status: cpu.status ?? null, signal: cpu.signal ?? null, peakTreeRss, peakProcessRss, peakProcess, samples };
}

/** The last lines of a log, to show why a measured command failed. */
export async function logTail(file: string, lines = 30): Promise<string> {
	const text = await readFile(file, 'utf8').catch(() => '');
	return text.split('\n').slice(-lines).join('\n');
}

// ─── built sites ─────────────────────────────────────────────────────────────────

/** Total bytes of the files under a folder. */
export async function folderSize(folder: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) total += await folderSize(path);
		else if (entry.isFile()) total += (await stat(path)).size;
	}
	return total;
}

/** The HTML pages of a built site (files ending in .html), paths relative to it, sorted. */
export async function htmlPages(site: string): Promise<string[]> {
	// A site that is not there is an error (listFiles would list nothing).
	await stat(site);
	return (await listFiles(site)).filter((file) => file.endsWith('.html'));
}
