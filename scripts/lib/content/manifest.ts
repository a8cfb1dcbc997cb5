import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { manifestSchema, type Publication } from '../../../src/core/schemas/publication.ts';

export const MANIFEST = 'content/sources/manifest.yml';

/** Reads and validates the manifest; an invalid one fails with the line, entry and field at fault. */
export async function readManifest(root: URL): Promise<Publication[]> {
	return parseManifest(await readFile(new URL(MANIFEST, root), 'utf8'));
}

export function parseManifest(text: string): Publication[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const [syntax] = document.errors;
	if (syntax) throw new Error(`${MANIFEST}:${syntax.linePos?.[0].line ?? 1}: not YAML: ${syntax.message}`);
	const result = manifestSchema.safeParse(document.toJS());
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
			const line = lineOf(document, lineCounter, path);
			return `  ${MANIFEST}:${line} ${path.join('.') || '(root)'}: ${issue.message}`;
		});
		throw new Error(`${MANIFEST}: not a valid manifest\n${problems.join('\n')}`);
	}
	return result.data;
}

/** The line of the field at `path`, or where it is missing, of the nearest entry that holds it. */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
		if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
	}
	return 1;
}
