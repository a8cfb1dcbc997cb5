import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { diffTree } from './write-tree.ts';

/**
 * The one write-or-check routine of the generated content (the ingest's page entries
 * and published URLs, the indicators file): `--check` fails if what is on disk is not
the step would write; otherwise every output is written in place (content-writer.ts),
 * and those that differed are marked as written.
 */

/** A generated output, from the project root: a folder holding exactly these files, or one file. */
export type GeneratedOutput = { target: string; files: ReadonlyMap<string, string> } | { target: string; text: string };

/** Where a run writes its outputs (ContentWriter). */
export interface OutputStage {
	writeFile(target: string, text: string): Promise<void>;
	writeTree(target: string, files: ReadonlyMap<string, string>): Promise<void>;
	mark(target: string): void;
}

export interface WriteOrCheckOptions {
	/** Fail if an output is stale, instead of writing. */
	check: boolean;
	/** Where to write, when not checking. */
	stage?: OutputStage | undefined;
	/** The command that writes these outputs, for the message: `npm run ingest`. */
	command: string;
}

/** The paths that differ from the live outputs: files of a folder (changed, added, stale) and single files. */
export async function staleOutputs(root: URL, outputs: readonly GeneratedOutput[]): Promise<string[]> {
	const stale: string[] = [];
	for (const output of outputs) {
		if ('files' in output) {
			stale.push(...(await diffTree(fileURLToPath(new URL(output.target, root)), output.files)).map((path) => `${output.target}/${path}`));
		} else {
			const current = await readFile(new URL(output.target, root), 'utf8').catch(() => undefined);
			if (current !== output.text) stale.push(output.target);
		}
	}
	return stale;
}

/**
 * Checks the outputs (throwing if any is stale) or stages them; returns the paths that
 * differ from what was on disk.
 */
export async function writeOrCheck(root: URL, outputs: readonly GeneratedOutput[], options: WriteOrCheckOptions): Promise<string[]> {
	const stale = await staleOutputs(root, outputs);
	if (options.check) {
		if (stale.length > 0) {
			const names = outputs.map((o) => ('files' in o ? `${o.target}/` : o.target)).join(' or ');
			throw new Error(`${names} is not what ${options.command} writes; run ${options.command}. Differing:\n  ${stale.join('\n  ')}`);
		}
		return stale;
	}
	const { stage } = options;
	if (!stage) throw new Error('writeOrCheck: nowhere to write; pass a ContentWriter');
	for (const output of outputs) {
		if ('files' in output) await stage.writeTree(output.target, output.files);
		else await stage.writeFile(output.target, output.text);
		const prefix = 'files' in output ? `${output.target}/` : output.target;
		if (stale.some((path) => path === output.target || path.startsWith(prefix))) stage.mark(output.target);
	}
	return stale;
}
