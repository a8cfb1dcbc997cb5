import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputStage } from './write-or-check.ts';
import { listFiles } from './write-tree.ts';

/**
 * Writes the generated content in place, under the project root: only the files whose
 * text changed, and a folder's stale files removed. `npm run ingest`, `indicators` and
 * `words` are its only users; `npm run build` only checks what they wrote.
 */
export class ContentWriter implements OutputStage {
	readonly root: string;
	/** The outputs written, from the project root. */
	readonly written: string[] = [];

	constructor(root: URL) {
		this.root = fileURLToPath(root);
	}

	mark(target: string): void {
		if (!this.written.includes(target)) this.written.push(target);
	}

	async writeFile(target: string, text: string): Promise<void> {
		await writeIfChanged(join(this.root, target), text);
	}

	async writeTree(target: string, files: ReadonlyMap<string, string>): Promise<void> {
		const dir = join(this.root, target);
		for (const path of await listFiles(dir)) if (!files.has(path)) await rm(join(dir, path));
		for (const [path, text] of files) await writeIfChanged(join(dir, path), text);
	}
}

async function writeIfChanged(path: string, text: string): Promise<void> {
	const current = await readFile(path, 'utf8').catch(() => undefined);
	if (current === text) return;
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text);
}
