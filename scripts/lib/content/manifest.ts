import { readFile } from 'node:fs/promises';
import { MANIFEST_FILE, manifestSchema, type Publication } from '../../../src/core/schemas/publication.ts';
import { readYaml } from '../../../src/core/yaml-document.ts';

/** Reads and validates the manifest; an invalid one fails with the line, entry and field at fault. */
export async function readManifest(root: URL): Promise<Publication[]> {
	return parseManifest(await readFile(new URL(MANIFEST_FILE, root), 'utf8'));
}

export function parseManifest(text: string): Publication[] {
	const document = readYaml(text, MANIFEST_FILE);
	const result = manifestSchema.safeParse(document.value);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
			return `  ${MANIFEST_FILE}:${document.lineOf(path)} ${path.join('.') || '(root)'}: ${issue.message}`;
		});
		throw new Error(`${MANIFEST_FILE}: not a valid manifest\n${problems.join('\n')}`);
	}
	return result.data;
}
