import { spawnSync } from 'node:child_process';

/**
 * Reading /proc/<pid>/stat (Linux, proc(5)), for the CPU time the build benchmarks
 * count: measure.ts samples every process's own time, tree-cpu.ts reads what the
 * kernel added up for the descendants it reaped.
 */
export interface ProcStat {
	ppid: number;
	/** Own user and system time, in clock ticks (fields 14 and 15). */
	utime: number;
	stime: number;
	/** User and system time of the descendants waited for, in clock ticks (fields 16 and 17). */
	cutime: number;
	cstime: number;
}

export function parseProcStat(text: string): ProcStat {
	// The command name is in parentheses and may hold spaces: fields follow the last ')',
	// from field 3 (the state) on.
	const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
	const field = (n: number) => Number(fields[n - 3]);
	return { ppid: field(4), utime: field(14), stime: field(15), cutime: field(16), cstime: field(17) };
}

let ticks: number | undefined;
/**
 * Clock ticks per second (getconf CLK_TCK; 100 if it cannot tell). Asked on first use
 * only: tree-cpu.ts must not run getconf before it reads its own stat, or getconf's time
 * would count as the command's.
 */
export function clockTicks(): number {
	ticks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim() || 100);
	return ticks;
}
