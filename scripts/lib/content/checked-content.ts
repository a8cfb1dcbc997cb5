import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build's content check (are content/'s generated files what `npm run ingest`,
 * `npm run indicators` and `npm run words` write?) remembered by what it read: a key
 * made of every file the three steps can read (content/, the scripts and the src/
 * modules they import, the lockfile naming every package's version) and the Node
 * version. A build whose key was checked before skips the check: the same inputs
 * and the same code give the same answer. Any change to one of those files, hand
 * edits of generated files included, makes a new key and a full check. The record is
 * under node_modules/, which git ignores; a clean checkout (CI) always checks in full.
 */

/** What the steps read, from the project root: every file below these, and these files. */
export const CHECK_INPUTS = ['content', 'scripts', 'src/core', 'src/markdown', 'package-lock.json'] as const;
export const CHECKED_DIR = 'node_modules/.cache/report-explorer/content-check';

async function filesBelow(path: string): Promise<string[]> {
	const info = await stat(path).catch(() => undefined);
	if (!info) return [];
	if (info.isFile()) return [path];
	const entries = await readdir(path, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The key of the content check for the project's files as they are now. */
export function contentCheckKey(root: URL, inputs: readonly string[] = CHECK_INPUTS): Promise<string> {
	return filesKey(root, inputs);
}

/** A key of the files below `inputs` (paths from the project root), their names and bytes, and the Node version. */
export async function filesKey(root: URL, inputs: readonly string[]): Promise<string> {
	const rootPath = fileURLToPath(root);
	const files = (await Promise.all(inputs.map((input) => filesBelow(join(rootPath, input))))).flat();
	const named = files.map((file) => ({ file, name: relative(rootPath, file).split(sep).join('/') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	// Read all at once (a build waits for this key before anything else), hashed in name order.
	const contents = await Promise.all(named.map(({ file }) => readFile(file)));
	const hash = createHash('sha256').update(`node ${process.version}\0`);
	named.forEach(({ name }, at) => hash.update(`${name}\0`).update(contents[at]!).update('\0'));
	return hash.digest('hex');
}

const recordOf = (root: URL, key: string) => join(fileURLToPath(root), CHECKED_DIR, key);

/** Whether a check with this key passed before. */
export async function wasChecked(root: URL, key: string): Promise<boolean> {
	return (await stat(recordOf(root, key)).catch(() => undefined))?.isFile() ?? false;
}

/** Remembers that the check with this key passed. */
export async function rememberChecked(root: URL, key: string): Promise<void> {
	const record = recordOf(root, key);
	await mkdir(join(record, '..'), { recursive: true });
	await writeFile(`${record}.${process.pid}.tmp`, `${new Date().toISOString()}\n`);
	await rename(`${record}.${process.pid}.tmp`, record);
}
