import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { manifestSchema, type Publication } from '../../../src/core/schemas/publication.ts';

export const MANIFEST = 'content/sources/manifest.yml';

/** Reads and validates the manifest; an invalid one fails with the entry and field at fault. */
export async function readManifest(root: URL): Promise<Publication[]> {
	const text = await readFile(new URL(MANIFEST, root), 'utf8');
	const result = manifestSchema.safeParse(parse(text));
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
		throw new Error(`${MANIFEST}: not a valid manifest\n${problems.join('\n')}`);
	}
	return result.data;
}
