import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What a run (build, ingest, indicators) writes goes first to .staging/, in the
 * project's own layout (.staging/content/publication-pages/, .staging/dist/ …). Only
 * when the whole run has succeeded does it take the place of the live outputs: the
 * swap, a few renames, each live output moved into .replaced/ and its staged one moved
 * in, .replaced/ removed afterwards. Nothing is deleted before everything is in place.
 *
 * The swap is synchronous, so that no signal handler runs between its renames (see
 * output-run.ts); it writes .swap.json first, listing what it moves, so that a run that
 * was killed in the middle of it (SIGKILL cannot be deferred) is finished by the next
 * run before anything else: see `recoverSwap`.
 */

export const STAGING = '.staging';
export const REPLACED = '.replaced';
export const SWAP_JOURNAL = '.swap.json';

interface Journal {
	/** Who swapped: `npm run build (pid 1234)`. */
	by: string;
	/** The outputs being swapped, from the project root. */
	targets: string[];
}

export class StagedOutputs {
	readonly root: string;
	readonly staging: string;
	/** The outputs to swap in, from the project root, in order. */
	readonly targets: string[] = [];

	constructor(root: string) {
		this.root = root;
		this.staging = join(root, STAGING);
	}

	/** Where an output is staged: `content/published-urls.json` → …/.staging/content/published-urls.json. */
	path(target: string): string {
		return join(this.staging, target);
	}

	/** The staging folder as a project root: its content/ holds the staged generated files. */
	get rootUrl(): URL {
		return pathToFileURL(`${this.staging}/`);
	}

	/** Marks an output, already written to its staged path, for the swap. */
	mark(target: string): void {
		if (!this.targets.includes(target)) this.targets.push(target);
	}

	async writeFile(target: string, text: string): Promise<void> {
		await mkdir(dirname(this.path(target)), { recursive: true });
		await writeFile(this.path(target), text);
	}

	/** Writes a folder's files, which replace the whole live folder at the swap. */
	async writeTree(target: string, files: ReadonlyMap<string, string>): Promise<void> {
		const dir = this.path(target);
		await rm(dir, { recursive: true, force: true });
		for (const [path, content] of files) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), content);
		}
	}

	/** Puts every marked output in place. Synchronous: see above. */
	swapSync(by: string): void {
		if (this.targets.length === 0) return;
		const journal = join(this.root, SWAP_JOURNAL);
		writeFileSync(`${journal}.tmp`, JSON.stringify({ by, targets: this.targets } satisfies Journal));
		renameSync(`${journal}.tmp`, journal);
		finishSwap(this.root, this.targets);
		unlinkSync(journal);
	}
}

/** Moves each staged output still waiting into place; those already moved are left. */
function finishSwap(root: string, targets: readonly string[]): void {
	for (const target of targets) {
		const live = join(root, target);
		const staged = join(root, STAGING, target);
		const replaced = join(root, REPLACED, target);
		if (!existsSync(staged)) continue;
		if (existsSync(live) && !existsSync(replaced)) {
			mkdirSync(dirname(replaced), { recursive: true });
			renameSync(live, replaced);
		}
		// Never deletes: a live output beside a replaced one is not a state the swap leaves.
		if (existsSync(live)) throw new Error(`${target} and ${REPLACED}/${target} both exist while ${STAGING}/${target} waits; move one away by hand`);
		mkdirSync(dirname(live), { recursive: true });
		renameSync(staged, live);
	}
}

/**
 * Run first, under the lock: finishes a swap that a killed run left half done (its
 * journal says what), then removes what an earlier run left in .staging/ and
 * .replaced/. Returns a line saying what was finished, if anything was.
 */
export async function recoverSwap(root: string): Promise<string | undefined> {
	const journalPath = join(root, SWAP_JOURNAL);
	let line: string | undefined;
	if (existsSync(journalPath)) {
		const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
		finishSwap(root, journal.targets);
		unlinkSync(journalPath);
		line = `finished the swap that ${journal.by} had begun when it was stopped: ${journal.targets.join(', ')} now hold its output`;
	}
	rmSync(`${journalPath}.tmp`, { force: true });
	await Promise.all([rm(join(root, STAGING), { recursive: true, force: true }), rm(join(root, REPLACED), { recursive: true, force: true })]);
	return line;
}

/** Removes the replaced outputs, once the swap is done. */
export async function removeReplaced(root: string): Promise<void> {
	await rm(join(root, REPLACED), { recursive: true, force: true });
}
