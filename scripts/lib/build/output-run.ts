import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { acquireProjectLock, LockRefused } from './project-lock.ts';
import { recoverSwap, removeReplaced, StagedOutputs } from './staged-outputs.ts';

/**
 * A run that writes the project's outputs (npm run build, ingest, indicators): it
 * takes the project's lock (project-lock.ts), finishes what a killed run left (a swap
 * half done, staging), stages everything it writes, and swaps it in only at the very
 * end (staged-outputs.ts).
 *
 * SIGINT and SIGTERM: before the swap, the run removes its staging and stops, the
 * outputs as they were; the swap itself is synchronous, so a signal is handled only
 * once it is done; after it, while the replaced outputs are being removed, the run
 * stops at once and the next run removes the rest. SIGKILL cannot be caught: killed
 * during the swap's renames, an output may be missing or old beside new ones until the
 * next run (any of the three) finishes the swap from .swap.json; killed at any other
 * moment, the outputs are intact and the next run removes the staging; its lock is
 * taken over by the next run.
 */

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

export interface OutputRun {
	staged: StagedOutputs;
	/** Swaps the staged outputs in, then removes the replaced ones. */
	commit(): Promise<void>;
	/** Stops the run, with a message; nothing is swapped in. Synchronous, so that nothing in flight writes after. */
	fail(message: string): never;
}

/**
 * Starts a run, or exits with one line if another run holds the lock past the wait.
 * `label` prefixes every line (`build`); `outputs` names what an interrupt leaves as
 * it was, with its verb (`dist/ and content/ are`).
 */
export async function startOutputRun(root: string, options: { label: string; command: string; outputs: string }): Promise<OutputRun> {
	const { label, command, outputs } = options;
	const waitSeconds = process.env.OUTPUT_LOCK_WAIT === undefined ? undefined : Number(process.env.OUTPUT_LOCK_WAIT);
	let lock;
	try {
		lock = await acquireProjectLock(root, { command, label, waitSeconds, log: (line) => console.log(line) });
	} catch (error) {
		if (!(error instanceof LockRefused)) throw error;
		console.error(error.message);
		process.exit(1);
	}
	process.on('exit', () => lock.release());

	let phase: 'running' | 'removing' = 'running';
	const staged = new StagedOutputs(root);
	const removeStaging = () => rmSync(staged.staging, { recursive: true, force: true });
	for (const signal of Object.keys(SIGNAL_CODES) as (keyof typeof SIGNAL_CODES)[]) {
		process.on(signal, () => {
			if (phase === 'running') {
				console.error(`${label}: interrupted (${signal}); ${outputs} unchanged.`);
				removeStaging();
			} else {
				console.error(`${label}: interrupted (${signal}) after the swap: the new output is in place; the next run removes the replaced one.`);
			}
			process.exit(SIGNAL_CODES[signal]);
		});
	}

	const recovered = await recoverSwap(root);
	if (recovered) console.log(`${label}: ${recovered}.`);

	return {
		staged,
		async commit() {
			staged.swapSync(`${command} (pid ${process.pid})`);
			phase = 'removing';
			// What was staged but not swapped in (content equal to the live one) goes too.
			await Promise.all([removeReplaced(root), rm(staged.staging, { recursive: true, force: true })]);
		},
		fail(message) {
			console.error(`${label}: ${message}`);
			removeStaging();
			process.exit(1);
		},
	};
}
