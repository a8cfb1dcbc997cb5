/**
 * Links that never point at other text. Every published block id is bound to a
 * fingerprint of its text (content/published-urls.json, src/core/published-urls.ts).
 * When a source changes, this module aligns the blocks the site published with the
 * blocks it would publish now, by their text, as a diff aligns lines (the `diff`
 * package's array diff over the fingerprints):
 *
 *   same text, same place      the id stays
 *   same text, moved           the block keeps its published id on its page (a pin,
 *                              src/markdown/block-ids.ts), or, moved to another page,
 *                              its old URL is redirected to its new one
 *   wording changed            paired with the published block it replaces (the two
 *                              sides of a change hunk, alike in their characters):
 *                              it keeps the id and is marked corrected
 *   new text                   a new id, never one that was published (p1-c1)
 *   published text gone        must be placed by hand: the correction's `place`
 *
 * Any of these but the first and the last needs the change declared in
 * content/corrections.yml (which source, from which version to which, when, why);
 * without one the ingest fails and names the ids, their old text and their new.
 * Every published version of a source is kept under content/sources/versions/ so that
 * the old text can be shown (in messages and on the changes page).
 */
import { createHash } from 'node:crypto';
import { diffArrays, diffChars } from 'diff';
import { parse } from 'yaml';
import type { PageData } from '../../../src/core/schemas/page-entry.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import type { CorrectionChange, CorrectionRecord, PublishedRecord } from '../../../src/core/published-urls.ts';
import { readPageBlocks } from '../../../src/markdown/page-blocks.ts';
import { publicationPath } from '../../../src/core/urls.ts';
import { parseMarkdown } from './to-markdown.ts';
import { composePageEntry, decomposePageEntry } from '../content/page-entries.ts';
import { correctionsSchema, describeIssues } from '../../../src/core/schemas/hand-edited.ts';

/** A declared correction (content/corrections.yml). */
export interface Correction {
	/** Its position in the file, from 1: names the corrected blocks' marks and new ids. */
	number: number;
	/** The source file corrected, as the manifest names it. */
	source: string;
	/** SHA-256 of the version published before, and of the corrected one. */
	from: string;
	to: string;
	date: string;
	reason: string;
	/** Published block URL → where its link should go, for text the correction removed. */
	place: Record<string, string>;
}

export function parseCorrections(text: string | undefined, file: string): Correction[] {
	const data: unknown = text ? (parse(text) ?? []) : [];
	const result = correctionsSchema.safeParse(data);
	if (!result.success) throw new Error(describeIssues(file, 'correction', result.error));
	return result.data.map((entry, index) => ({ number: index + 1, ...entry }));
}

/** The fingerprint of a block's text: the first 16 hex digits of its SHA-256. */
export const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Where every version of a source is kept, by its hash. */
export const versionFile = (publication: Pick<Publication, 'id'>, sha: string) => `content/sources/versions/${publication.id}/${sha}.txt`;

export interface PageBlocksInput {
	path: string;
	/** Blocks at their position ids, in document order. */
	blocks: { id: string; text: string }[];
}

interface OldBlock {
	path: string;
	id: string;
	fp: string;
	text?: string;
}
interface NewBlock {
	path: string;
	position: string;
	text: string;
	fp: string;
	id?: string;
}

export interface Reconciled {
	/** Page path → position id → published id (only where they differ). */
	pins: Record<string, Record<string, string>>;
	/** Page path → id → correction number. */
	corrected: Record<string, Record<string, number>>;
	record: PublishedRecord;
}

const quote = (text: string | undefined) => (text === undefined ? '(text not kept)' : `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`);

/** How alike two texts are: the share of their characters a character diff keeps. */
function likeness(a: string, b: string): number {
	const common = diffChars(a, b).reduce((sum, part) => (part.added || part.removed ? sum : sum + part.value.length), 0);
	return (2 * common) / Math.max(1, a.length + b.length);
}

/**
 * Aligns one publication's published blocks with its current ones and gives the ids,
 * pins and record the ingest writes; throws where published links would point at
 * other text and no correction declares it, or where a correction leaves text unplaced.
 * `oldTexts` are the published version's block texts in document order, where kept.
 */
export function reconcilePublication(
	publication: Pick<Publication, 'id' | 'file' | 'sha256' | 'year' | 'edition'>,
	pages: readonly PageBlocksInput[],
	record: PublishedRecord,
	corrections: readonly Correction[],
	oldTexts?: readonly string[],
): Reconciled {
	const prefix = publicationPath(publication);
	const next: PublishedRecord = structuredClone(record);
	const currentPaths = pages.map((p) => p.path);
	const recordPaths = Object.keys(record.pages).filter((path) => path.startsWith(prefix));
	const orderedPaths = [...currentPaths.filter((p) => recordPaths.includes(p)), ...recordPaths.filter((p) => !currentPaths.includes(p)).sort()];
	const olds: OldBlock[] = orderedPaths.flatMap((path) => Object.entries(record.pages[path]!).map(([id, fp]) => ({ path, id, fp })));
	if (oldTexts && oldTexts.length === olds.length) olds.forEach((old, i) => (fingerprint(oldTexts[i]!) === old.fp ? (old.text = oldTexts[i]!) : undefined));
	const news: NewBlock[] = pages.flatMap((page) => page.blocks.map((b) => ({ path: page.path, position: b.id, text: b.text, fp: fingerprint(b.text) })));

	const pins: Reconciled['pins'] = {};
	const corrected: Reconciled['corrected'] = {};
	const bind = () => {
		for (const path of currentPaths) next.pages[path] = Object.fromEntries(news.filter((b) => b.path === path).map((b) => [b.id ?? b.position, b.fp]));
		next.sources[publication.id] = publication.sha256;
		for (const b of news) if (b.id && b.id !== b.position) (pins[b.path] ??= {})[b.position] = b.id;
		for (const c of next.corrections.filter((c) => c.publication === publication.id))
			for (const change of c.changes)
				if (change.kind === 'corrected' && change.to) {
					const [path, id] = change.to.split('#') as [string, string];
					(corrected[path] ??= {})[id] = c.number;
				}
		return { pins, corrected, record: next };
	};

	// A new publication, or a record from before fingerprints: bind the ids to their text as they stand.
	if (olds.length === 0 || olds.some((o) => o.fp === '')) return bind();

	// Align by text; pair the two sides of each change hunk where their wording is alike.
	const pairs = new Map<NewBlock, OldBlock>();
	const removed: OldBlock[] = [];
	let o = 0;
	let n = 0;
	const hunk = { removed: [] as OldBlock[], added: [] as NewBlock[] };
	const flush = () => {
		let from = 0;
		for (const old of hunk.removed) {
			const index = hunk.added.findIndex(
				(add, i) => i >= from && !pairs.has(add) && (old.text === undefined ? hunk.removed.length === hunk.added.length : likeness(old.text, add.text) >= 0.5),
			);
			if (index < 0) removed.push(old);
			else {
				pairs.set(hunk.added[index]!, old);
				from = index + 1;
			}
		}
		hunk.removed = [];
		hunk.added = [];
	};
	for (const part of diffArrays(
		olds.map((b) => b.fp),
		news.map((b) => b.fp),
	)) {
		const count = part.count ?? part.value.length;
		if (part.removed) for (let k = 0; k < count; k++) hunk.removed.push(olds[o++]!);
		else if (part.added) for (let k = 0; k < count; k++) hunk.added.push(news[n++]!);
		else {
			flush();
			for (let k = 0; k < count; k++) pairs.set(news[n++]!, olds[o++]!);
		}
	}
	flush();

	// Ids: a paired block keeps its published id on its page; others take their position's
	// id unless it was ever published on the page, then a new one.
	const taken = new Map<string, Set<string>>();
	const takenOn = (path: string) => {
		let set = taken.get(path);
		if (!set) {
			set = new Set([
				...Object.keys(record.pages[path] ?? {}),
				...Object.keys(record.moved)
					.filter((u) => u.startsWith(`${path}#`))
					.map((u) => u.slice(path.length + 1)),
			]);
			taken.set(path, set);
		}
		return set;
	};
	const assigned = new Map<string, Set<string>>();
	const claim = (path: string, id: string) => (assigned.get(path) ?? assigned.set(path, new Set()).get(path)!).add(id);
	const free = (path: string, id: string) => !takenOn(path).has(id) && !assigned.get(path)?.has(id);
	for (const block of news) {
		const old = pairs.get(block);
		if (old && old.path === block.path) block.id = old.id;
	}
	for (const block of news) if (block.id) claim(block.path, block.id);
	// The correction that made the current version; applied once, when the record still holds the version before.
	const correction = corrections.find((c) => c.source === publication.file && c.to === publication.sha256);
	const applying = record.sources[publication.id] !== publication.sha256;
	if (correction && applying && correction.from !== record.sources[publication.id]) {
		throw new Error(
			`content/corrections.yml: correction ${correction.number} corrects ${publication.file} from ${correction.from}, but the published version is ${record.sources[publication.id]}`,
		);
	}
	for (const block of news) {
		if (block.id) continue;
		let id = block.position;
		for (let k = correction?.number ?? 1; !free(block.path, id); k++) id = `${block.position}-c${k}`;
		block.id = id;
		claim(block.path, id);
	}

	const changes: CorrectionChange[] = [];
	for (const block of news) {
		const old = pairs.get(block);
		const to = `${block.path}#${block.id}`;
		if (!old) changes.push({ kind: 'added', to, after: block.text });
		else if (old.fp !== block.fp)
			changes.push({ kind: 'corrected', from: `${old.path}#${old.id}`, to, ...(old.text !== undefined ? { before: old.text } : {}), after: block.text });
		else if (old.path !== block.path || old.id !== block.id) changes.push({ kind: 'moved', from: `${old.path}#${old.id}`, to, after: block.text });
	}
	for (const old of removed) changes.push({ kind: 'removed', from: `${old.path}#${old.id}`, ...(old.text !== undefined ? { before: old.text } : {}) });
	// New blocks at the end change no published link; text changed, moved or gone does, and so
	// does any block that keeps its id only by a pin (ids by position would re-point it).
	const repointed = changes.filter((c) => c.kind !== 'added');
	if (repointed.length === 0 && news.every((b) => b.id === b.position)) return bind();

	if (!correction) {
		// What the links would open on if the ids simply followed positions.
		const now = new Map(news.map((b) => [`${b.path}#${b.position}`, b.text]));
		const lines = olds
			.filter((old) => now.get(`${old.path}#${old.id}`) === undefined || fingerprint(now.get(`${old.path}#${old.id}`)!) !== old.fp)
			.map((old) => `  ${old.path}#${old.id}: was ${quote(old.text)}, now ${now.has(`${old.path}#${old.id}`) ? quote(now.get(`${old.path}#${old.id}`)) : '(no such block)'}`);
		const gone = removed.map((old) => `  ${old.path}#${old.id} ${quote(old.text)}`);
		throw new Error(
			`${publication.file}: ${lines.length} published link(s) would open on other text:\n${lines.join('\n')}\n` +
				(gone.length > 0 ? `text no longer in the source:\n${gone.join('\n')}\n` : '') +
				(record.sources[publication.id] === publication.sha256
					? 'The source is unchanged: the ingest now reads it differently; change the ingest back, or declare the change.'
					: `If the source was deliberately corrected, declare it in content/corrections.yml:\n  - { source: ${publication.file}, from: ${record.sources[publication.id]}, to: ${publication.sha256}, date: YYYY-MM-DD, reason: … }`),
		);
	}

	if (!applying) return bind();
	const unplaced = removed.filter((old) => correction.place[`${old.path}#${old.id}`] === undefined);
	if (unplaced.length > 0) {
		throw new Error(
			`content/corrections.yml: correction ${correction.number} (${publication.file}) removes published text that it does not place; ` +
				`say under place where each link should go:\n${unplaced.map((old) => `  ${old.path}#${old.id} ${quote(old.text)}`).join('\n')}`,
		);
	}
	for (const change of changes) {
		if (change.kind === 'moved' && change.from && change.from.split('#')[0] !== change.to!.split('#')[0]) next.moved[change.from] = change.to!;
		if (change.kind === 'corrected' && change.from && change.from.split('#')[0] !== change.to!.split('#')[0]) next.moved[change.from] = change.to!;
		if (change.kind === 'removed') {
			change.to = correction.place[change.from!]!;
			next.moved[change.from!] = change.to;
		}
	}
	const entry: CorrectionRecord = {
		number: correction.number,
		publication: publication.id,
		file: publication.file,
		date: correction.date,
		reason: correction.reason,
		from: correction.from,
		to: correction.to,
		changes,
	};
	next.corrections = [...next.corrections.filter((c) => c.number !== correction.number), entry].sort((a, b) => a.number - b.number);
	return bind();
}

/** A page entry's Markdown with the pins and corrected marks applied: ids and outline as the page will show them. */
export function pinPageEntry(
	markdown: string,
	data: PageData,
	pins: Record<string, string> | undefined,
	corrected: Record<string, number> | undefined,
): { markdown: string; data: PageData } {
	if (!pins && !corrected) return { markdown, data };
	const { note, body } = decomposePageEntry(markdown, `the page entry of ${data.publication}/${data.slug}`);
	const { outline, ids } = readPageBlocks(parseMarkdown(body), pins ?? {});
	const next: PageData = { ...data, outline, ids, ...(pins ? { pins } : {}), ...(corrected ? { corrected } : {}) };
	return { markdown: composePageEntry(note, next, body), data: next };
}
