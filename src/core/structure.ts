import { chineseNumeral } from './numerals.ts';

/**
 * How the reports number their structure, shared by the ingest (which finds the
 * structure in a source) and the id plugin (which names it in the built page).
 *
 *   一、过去一年工作回顾        a part (at the top of a page) or a group (inside one)
 *   （一）全力以赴抓政策落地    a section, on a line of its own or as a paragraph's first sentence
 *   一是全力推动经济发展快进优进  a review item, as a paragraph's first sentence (一要… too)
 *   附件 1 / 附件 / 附件：…清单   an annex: numbered or not, its title on the same line or the next
 */
export type NumberedKind = 'part' | 'section' | 'item' | 'annex';

export interface Numbered {
	kind: NumberedKind;
	number: number;
	/** The label as printed, e.g. `一、`, `（一）`, `一是`, `附件 1`. */
	label: string;
	/** An annex's title printed on the annex line itself (`附件：民生实事清单`). */
	title?: string;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PART = new RegExp(`^(${NUMERAL})、`);
const SECTION = new RegExp(`^[（(](${NUMERAL})[）)]`);
const ITEM = new RegExp(`^(${NUMERAL})[是要]`);
// 附件, 附件 1, 附件1：, 附件：title. An unnumbered annex is the report's only one (number 1).
const ANNEX = /^附件\s*(\d{1,2})?\s*(?:[：:]\s*(\S.{0,59})?)?$/;

/** The numbering a heading or paragraph opens with, if any. */
export function numberedLabel(text: string): Numbered | undefined {
	const annex = ANNEX.exec(text);
	if (annex) {
		const title = annex[2];
		const label = title === undefined ? annex[0] : annex[0].slice(0, annex[0].length - title.length);
		return { kind: 'annex', number: annex[1] === undefined ? 1 : Number(annex[1]), label, ...(title === undefined ? {} : { title }) };
	}
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

/**
 * A line that reads as a heading: short, with no sentence punctuation (。；！？：，), and
 * not a numbered label's run-in sentence. A full text's reader never takes such a line
 * for half of a paragraph split by a page break; where its level is not declared it
 * refuses (scripts/lib/ingest/readers/part-pages.ts).
 */
export function isHeadingLike(text: string): boolean {
	return text.length > 0 && text.length <= HEADING_LENGTH && !/[。；！？：，;!?:,]/.test(text);
}

/** The longest line the readers take for a heading (the reports' part headings run to about 40 characters). */
export const HEADING_LENGTH = 60;
