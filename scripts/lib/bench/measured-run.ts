import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { clockTicks, parseProcStat } from './proc-stat.ts';

/**
 * A command measured as the build benchmarks measure it: wall time, CPU time and peak
 * memory of the command and all its descendants, read from /proc (Linux only).
 */

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
	const cpu = JSON.parse(await readFile(cpuFile, 'utf8').catch(() => '{}')) as Partial<{
		status: number | null;
		signal: NodeJS.Signals | null;
		userSeconds: number;
		systemSeconds: number;
	}>;
	const sampled = [...ownTicks.values()].reduce((sum, t) => sum + t, 0) / clockTicks();
	if (cpu.userSeconds === undefined)
		return { seconds, cpuSeconds: sampled, status: child.exitCode ?? 1, signal: child.signalCode, peakTreeRss, peakProcessRss, peakProcess, samples };
	const reaped = cpu.userSeconds + (cpu.systemSeconds ?? 0);
	return { seconds, cpuSeconds: Math.max(reaped, sampled), status: cpu.status ?? null, signal: cpu.signal ?? null, peakTreeRss, peakProcessRss, peakProcess, samples };
}

/** The last lines of a log, to show why a measured command failed. */
export async function logTail(file: string, lines = 30): Promise<string> {
	const text = await readFile(file, 'utf8').catch(() => '');
	return text.split('\n').slice(-lines).join('\n');
}
