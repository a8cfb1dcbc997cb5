import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * What the build keeps per content under node_modules/.cache/report-explorer/ (share
 * images, collations): the bytes in `file` if a build kept them, else those `make`
 * makes, kept there for the next build. A file is written whole, then renamed, so that a
 * build stopped midway never leaves half of one to be read.
 */
export async function keptFile(file: string, make: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<Buffer> {
	const kept = await readFile(file).catch(() => undefined);
	if (kept) return kept;
	const made = await make();
	await mkdir(dirname(file), { recursive: true });
	await writeFile(`${file}.${process.pid}.tmp`, made);
	await rename(`${file}.${process.pid}.tmp`, file);
	return typeof made === 'string' ? Buffer.from(made) : Buffer.from(made.buffer, made.byteOffset, made.byteLength);
}
