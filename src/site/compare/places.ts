import { collationEntryId, type CollationBlock } from './blocks.ts';
import type { DifferenceClass } from './classify.ts';
import type { Collation, CollationEntry } from './collate.ts';

/**
 * Every edition's reading of one place, side by side: where any publication of a
 * report reads otherwise than its full text (anything but punctuation), the full
 * text's reading there and each other publication's, in one row, so that a reader
 * sees where the editions split (稀土、铈 / 铌 / 钨), not only pair by pair.
 */
export interface EditionCollation {
	/** The publication's id, and its label as the site names it. */
	publication: string;
	label: string;
	collation: Collation;
	/** Its collation page's path. */
	path: string;
}

export type PlaceReading =
	| { kind: 'same' }
	| { kind: 'differs'; text: string; classes: DifferenceClass[]; entry: string }
	/** The publication does not print this paragraph, or (a digest) not this stretch of it. */
	| { kind: 'absent' };

export interface Place {
	full: CollationBlock;
	/** The full text's reading ('' where it has nothing), and a few characters either side. */
	reading: string;
	before: string;
	after: string;
	/** One per publication, in the order given. */
	readings: PlaceReading[];
}

interface Located {
	edition: number;
	entry: CollationEntry;
	at: [number, number];
	other: string;
	class: DifferenceClass;
}

const CONTEXT = 6;
const noSpace = (text: string) => text.replace(/\s/gu, '');

export function placesOf(editions: readonly EditionCollation[]): Place[] {
	const byBlock = new Map<string, { full: CollationBlock; found: Located[]; entries: CollationEntry[][] }>();
	editions.forEach(({ collation }, edition) => {
		for (const entry of collation.entries) {
			const key = `${entry.full.path}#${entry.full.id}`;
			const slot = byBlock.get(key) ?? { full: entry.full, found: [], entries: editions.map(() => []) };
			slot.entries[edition]!.push(entry);
			for (const d of entry.diff.differences) if (d.class !== 'punctuation') slot.found.push({ edition, entry, at: d.fullAt, other: d.other, class: d.class });
			byBlock.set(key, slot);
		}
	});
	const inOrder = [...byBlock.values()].sort((x, y) => x.entries.flat()[0]!.fullIndex - y.entries.flat()[0]!.fullIndex);
	return inOrder.flatMap(({ full, found, entries }) =>
		clusters(found).map((cluster) => {
			const [start, end] = [Math.min(...cluster.map((l) => l.at[0])), Math.max(...cluster.map((l) => l.at[1]))];
			const points = [...full.text];
			return {
				full,
				reading: points.slice(start, end).join(''),
				before: points.slice(Math.max(0, start - CONTEXT), start).join(''),
				after: points.slice(end, end + CONTEXT).join(''),
				readings: editions.map((edition, index) =>
					readingOf(
						edition,
						entries[index]!,
						cluster.filter((l) => l.edition === index),
						points,
						[start, end],
					),
				),
			};
		}),
	);
}

/** Differences of all editions that touch or overlap in the full text's paragraph are one place. */
function clusters(found: readonly Located[]): Located[][] {
	const sorted = [...found].sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]);
	const out: Located[][] = [];
	let reach = -1;
	for (const located of sorted) {
		const joins = out.length > 0 && located.at[0] <= reach;
		if (joins) out.at(-1)!.push(located);
		else out.push([located]);
		reach = joins ? Math.max(reach, located.at[1]) : located.at[1];
	}
	return out;
}

function readingOf(
	edition: EditionCollation,
	entries: readonly CollationEntry[],
	own: readonly Located[],
	points: readonly string[],
	[start, end]: [number, number],
): PlaceReading {
	// Several blocks of a digest may quote one paragraph: the one whose differences these are, else one that quotes the place.
	const entry = own[0]?.entry ?? entries.find((e) => !outside(e, start, end));
	if (!entry || (own.length === 0 && outside(entry, start, end))) return { kind: 'absent' };
	if (own.length === 0) return { kind: 'same' };
	let text = '';
	let at = start;
	for (const located of own) {
		text += noSpace(points.slice(at, located.at[0]).join('')) + located.other;
		at = Math.max(at, located.at[1]);
	}
	text += noSpace(points.slice(at, end).join(''));
	return { kind: 'differs', text, classes: [...new Set(own.map((l) => l.class))], entry: `${edition.path}#${collationEntryId(entry.other)}` };
}

/** Whether any of [start, end) lies in the full text a digest's block does not quote. */
function outside(entry: CollationEntry, start: number, end: number): boolean {
	let at = 0;
	for (const run of entry.diff.full) {
		const length = [...run.text].length;
		if (run.mark === 'outside' && at < Math.max(end, start + 1) && at + length > start) return true;
		at += length;
	}
	return false;
}
