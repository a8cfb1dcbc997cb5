import { chineseNumeral } from './numerals.ts';

/**
 * How the reports number their structure, shared by the ingest (which finds the
 * structure in a source) and the id plugin (which names it in the built page).
 *
 *   一、过去一年工作回顾        a part (at the top of a page) or a group (inside one)
 *   （一）全力以赴抓政策落地    a section, on a line of its own or as a paragraph's first sentence
 *   一是全力推动经济发展快进优进  a review item, as a paragraph's first sentence
 *   附件 1                     an annex
 */
export type NumberedKind = 'part' | 'section' | 'item' | 'annex';

export interface Numbered {
	kind: NumberedKind;
	number: number;
	/** The label as printed, e.g. `一、`, `（一）`, `一是`, `附件 1`. */
	label: string;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PART = new RegExp(`^(${NUMERAL})、`);
const SECTION = new RegExp(`^[（(](${NUMERAL})[）)]`);
const ITEM = new RegExp(`^(${NUMERAL})是`);
const ANNEX = /^附件\s*(\d{1,2})$/;

/** The numbering a heading or paragraph opens with, if any. */
export function numberedLabel(text: string): Numbered | undefined {
	const annex = ANNEX.exec(text);
	if (annex) return { kind: 'annex', number: Number(annex[1]), label: annex[0] };
	for (const [kind, pattern] of [
		['part', PART],
		['section', SECTION],
		['item', ITEM],
	] as const) {
		const match = pattern.exec(text);
		const number = match ? chineseNumeral(match[1]!) : undefined;
		if (match && number !== undefined) return { kind, number, label: match[0] };
	}
	return undefined;
}

/**
 * The address that closes a report's numbered sections: after the last section of a
 * part, the speaker turns back to the delegates (各位代表！…) and what follows is the
 * part's own conclusion, not the last section's.
 */
export function isAddressToDelegates(text: string): boolean {
	return text.startsWith('各位代表');
}

/** Sentence-final punctuation: a paragraph that does not end in one stops mid-sentence. */
export function endsSentence(text: string): boolean {
	return /[。！？；：…!?;:]$/.test(text) || /[。！？!?][”’」）)]$/.test(text);
}
