import { readFile } from 'node:fs/promises';
import { manifestSchema, type Publication } from '../../../src/core/schemas/publication.ts';
import { readYaml } from '../../../src/core/yaml-document.ts';

export const MANIFEST = 'content/sources/manifest.yml';

/** Reads and validates the manifest; an invalid one fails with the line, entry and field at fault. */
export async function readManifest(root: URL): Promise<Publication[]> {
	return parseManifest(await readFile(new URL(MANIFEST, root), 'utf8'));
}

export function parseManifest(text: string): Publication[] {
	const document = readYaml(text, MANIFEST);
	const result = manifestSchema.safeParse(document.value);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
			return `  ${MANIFEST}:${document.lineOf(path)} ${path.join('.') || '(root)'}: ${issue.message}`;
		});
		throw new Error(`${MANIFEST}: not a valid manifest\n${problems.join('\n')}`);
	}
	return result.data;
}
