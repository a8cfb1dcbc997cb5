import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptFile } from '../kept-file.ts';
import type { CollationBlock } from './blocks.ts';
import type { PublicationFacts } from './classify.ts';
import type { Collation, CollationMode } from './collate.ts';

/**
 * Collations computed once per content: each is kept under a key made of its input (the
 * two publications' blocks, the mode, what the classes know of the pair) and the
 * collation's version (the source of the collation code, the class rules in content/,
 * the version of the diff library), so that a build diffs only the pairs whose text or
 * rules changed (src/site/kept-file.ts). The folder is under node_modules/, which git
 * ignores; deleting it only costs one slower build.
 */
export const COLLATION_CACHE_DIR = join(process.cwd(), 'node_modules/.cache/report-explorer/collation');

/** Folders whose files decide what a collation is: the code (and the folding it imports from src/core/) and the class rules. */
const COLLATION_SOURCES = ['src/site/compare', 'src/core', 'content/collation'];

let collationVersion: string | undefined;
/** What changes whenever the same input could collate differently. */
export function collationCodeVersion(): string {
	if (collationVersion) return collationVersion;
	const hash = createHash('sha256');
	for (const folder of COLLATION_SOURCES) {
		const files = readdirSync(join(process.cwd(), folder), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
		for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
	}
	const diff = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/diff/package.json'), 'utf8')) as { version: string };
	collationVersion = hash.update(`diff@${diff.version}`).digest('hex');
	return collationVersion;
}

export interface CollationInput {
	full: readonly CollationBlock[];
	other: readonly CollationBlock[];
	mode: CollationMode;
	/** The rules are not here: their file is part of the version (collationVersion). */
	classify: PublicationFacts;
}

export function collationKey(input: CollationInput, version: string): string {
	return createHash('sha256')
		.update(JSON.stringify([version, input.full, input.other, input.mode, input.classify]))
		.digest('hex');
}

/** The collation from the cache, computed (by `compute`) and kept there when missing. */
export async function cachedCollation(input: CollationInput, compute: (input: CollationInput) => Collation, options: { dir?: string; version?: string } = {}): Promise<Collation> {
	const { dir = COLLATION_CACHE_DIR, version = collationCodeVersion() } = options;
	const kept = await keptFile(join(dir, `${collationKey(input, version)}.json`), () => JSON.stringify(compute(input)));
	return JSON.parse(kept.toString('utf8')) as Collation;
}
