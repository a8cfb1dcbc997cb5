import type { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML file's value, with the line each part of it stands on: what an error names. */
export interface YamlDocument {
	value: unknown;
	/** The line of the value at `path` or, where it is missing, of the nearest part that holds it. */
	lineOf(path: readonly PropertyKey[]): number;
}

/** Parses a hand-edited YAML file; text that is not YAML fails naming the file and line. */
export function readYaml(text: string, file: string): YamlDocument {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const [syntax] = document.errors;
	if (syntax) throw new Error(`${file}:${syntax.linePos?.[0].line ?? 1}: not YAML: ${syntax.message}`);
	return { value: document.toJS(), lineOf: (path) => lineOf(document, lineCounter, path) };
}

function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
	const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key));
	for (let depth = keys.length; depth >= 0; depth--) {
		const node = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth), true);
		if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
	}
	return 1;
}

/**
 * A hand-edited YAML file checked against `schema`: its checked value and the lines of its
 * parts, or an error naming the file, the line and the path (as `where` words it) of the
 * first part that does not fit.
 */
export function readCheckedYaml<T>(
	text: string,
	file: string,
	schema: z.ZodType<T>,
	where: (path: readonly PropertyKey[]) => string = (path) => path.join('.') || '(top)',
): YamlDocument & { value: T } {
	const document = readYaml(text, file);
	const parsed = schema.safeParse(document.value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(`${file}:${document.lineOf(issue.path)}: ${where(issue.path)}: ${issue.message}`);
	}
	return { ...document, value: parsed.data };
}
