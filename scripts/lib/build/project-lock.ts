import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One run at a time writes a project's outputs (the generated files of content/, and
 * dist/ or $SITE_DIST): npm run build, ingest and indicators each hold this lock for
 * the whole run, --check included (it must not read a swap half done). A second run
 * waits for the first, saying so in one line, and refuses after a while in one line.
 *
 * The lock is a file, created whole by link(2) (which fails if it exists), naming its
 * holder: pid, the process's start time (so that a reused pid is not taken for the
 * holder) and the project folder (so that a lock copied with the project is not taken
 * for one held there). A lock whose holder is gone (killed, say) is taken over.
 */

export const LOCK_FILE = '.output.lock';

export interface LockHolder {
	pid: number;
	/** The process's start, in clock ticks since boot (/proc/<pid>/stat), where the system says. */
	startTime?: string | undefined;
	/** The project folder the lock was taken in. */
	root: string;
	/** What holds it, in the reader's words: `npm run build`. */
	command: string;
	/** When it was taken (ISO time). */
	since: string;
}

export interface LockOptions {
	/** What takes the lock, as the holder names it to others: `npm run build`. */
	command: string;
	/** The prefix of the lines it prints: `build`. */
	label: string;
	/** How long to wait for another run before refusing; 0 refuses at once. */
	waitSeconds?: number | undefined;
	/** Where the one line about waiting or taking over goes. */
	log?: (line: string) => void;
	pollMs?: number;
}

export class LockRefused extends Error {}

/** The start time of a process, or undefined where /proc does not tell (or the process is gone). */
export function processStartTime(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Field 22; the command name (field 2, in parentheses) may hold spaces.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Why a holder no longer holds the lock, or undefined if it still does. */
export function staleReason(holder: LockHolder, root: string): string | undefined {
	if (holder.root !== root) return `it was taken in ${holder.root} and copied here`;
	if (!processAlive(holder.pid)) return 'it is no longer running';
	const startTime = processStartTime(holder.pid);
	if (holder.startTime && startTime && startTime !== holder.startTime) return 'it is no longer running (its pid is another process’s now)';
	return undefined;
}

function readHolder(path: string): { text: string; holder: LockHolder | undefined } | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		return { text, holder: JSON.parse(text) as LockHolder };
	} catch {
		// Files are created whole (link), so an unreadable one was not written by this module.
		return { text, holder: undefined };
	}
}

/** Creates `path` holding `text`, all at once; false if it exists. */
function createWhole(path: string, text: string): boolean {
	const temporary = `${path}.${process.pid}`;
	writeFileSync(temporary, text);
	try {
		linkSync(temporary, path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		unlinkSync(temporary);
	}
}

function describe(holder: LockHolder): string {
	return `${holder.command} (pid ${holder.pid}, since ${holder.since.slice(11, 19)} UTC)`;
}

export interface ProjectLock {
	holder: LockHolder;
	/** Gives the lock up, if it is still this process's. Synchronous, for an exit handler. */
	release(): void;
}

/**
 * Takes the project's lock, waiting for another run to finish. Throws LockRefused
 * (its message one line) when the wait runs out.
 */
export async function acquireProjectLock(root: string, options: LockOptions): Promise<ProjectLock> {
	const { command, label, waitSeconds = 15 * 60, log = console.log, pollMs = 200 } = options;
	const path = join(root, LOCK_FILE);
	const takeover = `${path}.takeover`;
	const me: LockHolder = { pid: process.pid, startTime: processStartTime(process.pid), root, command, since: new Date().toISOString() };
	const text = `${JSON.stringify(me)}\n`;
	const started = performance.now();
	let waitingFor: string | undefined;
	for (;;) {
		if (createWhole(path, text)) {
			return {
				holder: me,
				release() {
					if (readHolder(path)?.text === text) unlinkSync(path);
				},
			};
		}
		const current = readHolder(path);
		if (!current) continue;
		const reason = current.holder ? staleReason(current.holder, root) : 'its holder cannot be read';
		if (reason) {
			// Only the holder of the takeover file removes a stale lock, and only after
			// reading it again: two runs that find one stale lock cannot both take it.
			if (createWhole(takeover, text)) {
				try {
					if (readHolder(path)?.text === current.text) {
						unlinkSync(path);
						log(`${label}: took over the lock ${LOCK_FILE} of ${current.holder ? describe(current.holder) : 'an unknown run'}: ${reason}.`);
					}
				} finally {
					unlinkSync(takeover);
				}
				continue;
			}
			// Another run is taking the lock over; a takeover file whose maker is gone goes too.
			const other = readHolder(takeover);
			if (other?.holder && staleReason(other.holder, root)) {
				try {
					unlinkSync(takeover);
				} catch {
					// Another run removed it first: either way it is gone.
				}
			}
		} else {
			const holder = describe(current.holder!);
			if (waitSeconds === 0 || performance.now() - started > waitSeconds * 1000) {
				throw new LockRefused(`${label}: refused: ${holder} is writing this project's outputs (${LOCK_FILE}); run again when it has finished.`);
			}
			if (waitingFor !== current.text) {
				waitingFor = current.text;
				log(`${label}: waiting for ${holder} to finish; it is writing this project's outputs (${LOCK_FILE}).`);
			}
		}
		await sleep(pollMs);
	}
}
