/**
 * Helper process for runMeasured (measure.ts): runs a command to its end and writes
 * the CPU time its whole process tree used to the file named first.
 *
 *   node scripts/lib/bench/tree-cpu.ts RESULT.json COMMAND ARG…
 *
 * The kernel adds a process's CPU time, and that of every descendant it waited for,
 * to its parent's cutime/cstime when the parent reaps it; read from /proc/self/stat
 * once the command has been reaped, they hold the command's and all its descendants'
 * user and system time. Unlike wall time, this barely moves when other work shares
 * the machine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { clockTicks, parseProcStat } from './proc-stat.ts';

const [resultFile, command, ...args] = process.argv.slice(2);
if (!resultFile || !command) throw new Error('usage: tree-cpu.ts RESULT.json COMMAND ARG…');
const result = spawnSync(command, args, { stdio: 'inherit' });
const { cutime, cstime } = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
const ticks = clockTicks();
writeFileSync(resultFile, JSON.stringify({ status: result.status, signal: result.signal, userSeconds: cutime / ticks, systemSeconds: cstime / ticks }));
process.exit(result.status ?? 1);
