import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { seededRandom } from '../../../tests/support/seeded-random.ts';

/**
 * Synthetic corpora for bench:scale: the real publications, copied `factor` times,
 * each copy a report of other years with other text, so that a build of the copy
 * does the work a shelf that much larger would cause, and its search index holds that
 * many different paragraphs rather than one paragraph many times.
 *
 * Copy 0 is the real corpus, unchanged. Copy k (k ≥ 1):
 *  - is dated 6·k years earlier (ids, file names, titles, dates). Six, because the real
 *    reports' years 2021, 2024 and 2026 leave different remainders divided by six, so no
 *    copy's year falls on another copy's: each copy stays a report of its own years, with the
 *    same publications per year as the real ones. The years a report reviews and plans
 *    move with it, held within the range the manifest schema allows (1947–2100).
 *  - has its text enciphered: a permutation, chosen by k, of the Chinese characters
 *    that the structure code never names. Structure lives in the characters the code
 *    names (numerals in 一、 （一） 一是, 附件, 各位代表, the newspaper's 上接/下转 markers)
 *    and in punctuation, digits and line layout, which all stay; a character the code
 *    does not name can match nothing in it but a wildcard, so every rule of the readers
 *    finds in a copy exactly what it finds in the original, while nearly every run of
 *    eight characters is new. (Indicator names are not kept: see SKIPPED_FOLDERS.)
 *  - has the manifest fields that quote the text (a digest's divisions and joins)
 *    enciphered alike, and the SHA-256 of its own bytes.
 */

/** Chinese characters (CJK unified ideographs, extension A, compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
export const YEAR_STEP = 6;
const PERIOD_YEARS = { min: 1947, max: 2100 };

export function hanCharacters(text: string): Set<string> {
	return new Set(text.match(HAN) ?? []);
}

/** Where the code that reads report structure lives: the ingest, its readers, the Markdown plugins, search. */
const CODE_FOLDERS = ['scripts/lib', 'src/core', 'src/markdown', 'src/site', 'src/client'];
/**
 * Left out on purpose: the indicator extraction. A copy that kept its indicators would
 * state the five-year plan periods' figures (“十四五”时期…) once more per copy, while
 * a plan period is reviewed once: the real calendar has no room for a hundred copies of
 * one region's reports. So a copy's indicator names are enciphered like the rest, and
 * so are the words by which the extraction finds where figures are stated (the target
 * heading 主要预期目标 and review titles with 回顾/成就, scripts/lib/indicators/extract.ts)
 * even where other code happens to name them: only copy 0, the real corpus, yields
 * indicators, and the extraction still reads every copy's every paragraph.
 */
const SKIPPED_FOLDERS = new Set(['bench', 'indicators']);
const INDICATOR_TRIGGERS = '主要预期目标回顾成就';

/**
 * Every Chinese character that the structure code names anywhere, but the indicator triggers (patterns, word
 * lists, comments alike: a character named only in a comment is kept needlessly,
 * never wrongly). Read from the code itself, so a rule added later is kept too.
 */
export async function reservedCharacters(root: string, folders: readonly string[] = CODE_FOLDERS): Promise<Set<string>> {
	const reserved = new Set<string>();
	const visit = async (folder: string): Promise<void> => {
		for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
			const path = join(folder, entry.name);
			if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await visit(path);
			else if (entry.isFile() && /\.(ts|mjs|js|astro)$/.test(entry.name)) for (const c of hanCharacters(await readFile(path, 'utf8'))) reserved.add(c);
		}
	};
	for (const folder of folders) await visit(join(root, folder));
	for (const c of INDICATOR_TRIGGERS) reserved.delete(c);
	return reserved;
}

/** A permutation of `alphabet` onto itself, as a map (Fisher–Yates with a seeded generator). */
export function permutation(alphabet: readonly string[], seed: number): Map<string, string> {
	const random = seededRandom(seed);
	const shuffled = [...alphabet];
	for (let i = shuffled.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
	}
	return new Map(alphabet.map((character, index) => [character, shuffled[index]!]));
}

/** The text with every character the map names replaced; all others stay. */
export function encipher(text: string, map: ReadonlyMap<string, string>): string {
	let out = '';
	for (const character of text) out += map.get(character) ?? character;
	return out;
}

export interface SourcePublication {
	publication: Publication;
	/** The source file's text, decoded as UTF-8 (a byte-order mark and CRLF stay as they are). */
	text: string;
}

export interface SyntheticPublication extends SourcePublication {
	bytes: Uint8Array;
}

const clampYear = (year: number) => Math.min(PERIOD_YEARS.max, Math.max(PERIOD_YEARS.min, year));
const shiftFirstYear = (value: string, shift: number) => value.replace(/\d{4}/, (year) => String(Number(year) + shift));

/** One publication of copy `copy`, its text enciphered with `map`. */
function syntheticPublication(source: SourcePublication, copy: number, map: ReadonlyMap<string, string>): SyntheticPublication {
	// A copy's indicator names are enciphered (SKIPPED_FOLDERS), so it is held to no expectations.
	const { expects: _, ...rest } = source.publication;
	const p = copy === 0 ? source.publication : rest;
	const shift = -YEAR_STEP * copy;
	const text = copy === 0 ? source.text : encipher(source.text, map);
	const bytes = new TextEncoder().encode(text);
	const year = p.year + shift;
	const period = (value: Publication['reviews']): Publication['reviews'] => ({ ...value, years: value.years.map((y) => clampYear(y + shift)) });
	const publication: Publication = {
		...p,
		id: `${year}-${p.edition}`,
		file: /\d{4}/.test(p.file) ? shiftFirstYear(p.file, shift) : `${year}-${p.file}`,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		year,
		title: /\d{4}/.test(p.title) ? shiftFirstYear(p.title, shift) : p.title,
		delivered: shiftFirstYear(p.delivered, shift),
		reviews: period(p.reviews),
		plans: period(p.plans),
		...(p.divisions ? { divisions: p.divisions.map((d) => (copy === 0 ? d : encipher(d, map))) } : {}),
		...(p.joins ? { joins: p.joins.map((j) => (copy === 0 ? j : encipher(j, map))) } : {}),
	};
	return { publication, text, bytes };
}

/**
 * The corpus `factor` times the real one: copy 0 (the real publications) and
 * copies 1 … factor−1. `reserved` are the characters the pipeline's code names.
 */
export function syntheticCorpus(real: readonly SourcePublication[], factor: number, reserved: ReadonlySet<string>, seed = 1): SyntheticPublication[] {
	if (!Number.isInteger(factor) || factor < 1) throw new Error(`a corpus factor is a whole number from 1 (got ${factor})`);
	const alphabet = [...hanCharacters(real.map((s) => s.text).join(''))].filter((c) => !reserved.has(c)).sort();
	const corpus: SyntheticPublication[] = [];
	for (let copy = 0; copy < factor; copy++) {
		const map = permutation(alphabet, seed * 100_003 + copy);
		for (const source of real) corpus.push(syntheticPublication(source, copy, map));
	}
	return corpus;
}

/** The manifest of a synthetic corpus, in the form content/sources/manifest.yml takes. */
export function syntheticManifest(corpus: readonly SyntheticPublication[], factor: number): string {
	return (
		`# Generated by scripts/bench-scale.ts (scripts/lib/bench/synthetic-corpus.ts): a synthetic corpus\n` +
		`# ${factor}× the real one, for benchmarking the build. Not a real report.\n\n` +
		stringify(corpus.map((s) => s.publication))
	);
}
