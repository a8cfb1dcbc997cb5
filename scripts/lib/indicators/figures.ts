/**
 * Reading a figure as the reports write it: `6%以上`, `5.7%左右`, `18 万人以上`,
 * `840亿斤`, `0.2％`, `1.4 万亿元`, `突破 3000 亿元`, `超过840亿斤`, `近1000亿元`.
 *
 * The value is the number as written, in the unit as written: nothing is converted,
 * so that the figure a chart shows can be found, digit for digit, in its sentence.
 * The print editions put spaces between a number, its unit and its qualifier
 * (`6% 以上`); the full-width ％ is the same unit as %.
 */

/** Words that bound a figure: before it (突破 3000) or after it (6%以上). */
export const QUALIFIERS_BEFORE = ['突破', '超过', '近'] as const;
export const QUALIFIERS_AFTER = ['左右', '以上', '以下'] as const;
export type FigureQualifier = (typeof QUALIFIERS_BEFORE)[number] | (typeof QUALIFIERS_AFTER)[number];

/** The units the reports' indicators are written in, longest first so that 万亿元 wins over 亿元. */
export const UNITS = ['个百分点', '万亿元', '万美元', '亿美元', '亿千瓦', '万千瓦', '亿元', '万元', '亿斤', '万吨', '亿吨', '万人', '个', '%'] as const;
export type Unit = (typeof UNITS)[number];

export interface Figure {
	value: number;
	unit: Unit | null;
	qualifier: FigureQualifier | null;
	/** Where the figure starts and ends in the text it was read from, qualifiers included. */
	start: number;
	end: number;
}

const number = String.raw`\d+(?:\.\d+)?`;
const unit = UNITS.map((u) => (u === '%' ? '[%％]' : u)).join('|');
// Spaces (ASCII, no-break or ideographic) may stand between the parts in the print editions.
const gap = String.raw`[ \u00a0\u3000]*`;
const GAP = /[ \u00a0\u3000]/u;
const FIGURE = new RegExp(`(?<before>${QUALIFIERS_BEFORE.join('|')})?${gap}(?<number>${number})${gap}(?<unit>${unit})?(?:${gap}(?<after>${QUALIFIERS_AFTER.join('|')}))?`, 'gu');

function toFigure(match: RegExpExecArray): Figure {
	const groups = match.groups!;
	const rawUnit = groups.unit;
	const qualifier = (groups.before ?? groups.after ?? null) as FigureQualifier | null;
	// Spaces before the number belong to the text around the figure, not to the figure.
	const leading = match[0].length - match[0].trimStart().length;
	return {
		value: Number(groups.number),
		unit: rawUnit === undefined ? null : rawUnit === '％' ? '%' : (rawUnit as Unit),
		qualifier,
		start: match.index + leading,
		end: match.index + match[0].length,
	};
}

/** Every figure in a text, in order. A number inside a longer one (2010 in 2010年) is read whole. */
export function findFigures(text: string): Figure[] {
	const figures: Figure[] = [];
	for (const match of text.matchAll(FIGURE)) {
		// A digit run that continues a word or number before it is not a figure of its own.
		const previous = text[match.index - 1];
		if (match.groups!.before === undefined && previous !== undefined && /[\d.]/.test(previous)) continue;
		figures.push(toFigure(match));
	}
	return figures;
}

/** The figure a text holds at a position (after optional spaces), if one starts there. */
export function figureAt(text: string, from = 0): Figure | undefined {
	let at = from;
	while (at < text.length && GAP.test(text[at]!)) at++;
	const sticky = new RegExp(FIGURE.source, 'uy');
	sticky.lastIndex = at;
	const match = sticky.exec(text);
	return match && match[0].length > 0 ? toFigure(match) : undefined;
}
