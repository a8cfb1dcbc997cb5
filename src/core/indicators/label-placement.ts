/**
 * Where a chart writes each point's figure (6%以上): at the first of its candidate
 * places that overlaps neither a point nor a label already written, kept inside the
 * chart's area. On a narrow screen two neighbouring figures would otherwise print
 * over each other.
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** A candidate place: the label's centre relative to its point. */
export interface Offset {
	dx: number;
	dy: number;
}

export function overlaps(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The box a point's marker covers, for labels to keep clear of. */
export function pointBox(x: number, y: number, radius: number): Box {
	return { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius };
}

export function placeLabel(x: number, y: number, width: number, height: number, offsets: readonly Offset[], taken: readonly Box[], area: Box): Box {
	const at = ({ dx, dy }: Offset): Box => {
		let left = x + dx - width / 2;
		left = Math.min(Math.max(left, area.left), area.right - width);
		const top = y + dy - height / 2;
		return { left, top, right: left + width, bottom: top + height };
	};
	for (const offset of offsets) {
		const box = at(offset);
		if (!taken.some((t) => overlaps(t, box))) return box;
	}
	return at(offsets[0] ?? { dx: 0, dy: 0 });
}

/** Characters a line may not start with (closing punctuation), nor end with (opening). */
const NO_LINE_START = /^[，。、；：！？）」』”’%％]/u;
const NO_LINE_END = /[（「『“‘]$/u;

/**
 * An axis label broken into lines of at most `perLine` characters, so that a long indicator
 * name (规模以上工业增加值增长) wraps in its axis instead of being cut at the canvas edge.
 * A run of digits and Latin letters (PM2.5, 1.5%) stays on one line; a closing mark never
 * starts a line. Every character is kept: joining the lines gives the label back.
 */
export function wrapLabel(text: string, perLine: number): string[] {
	// The units a line may break between: one Chinese character, or one run of Latin and digits.
	const units = text.match(/[A-Za-z0-9.%％+\-/]+|./gsu) ?? [];
	// As many lines as the width needs, filled evenly (6 + 5, not 9 + 2).
	const length = [...text].length;
	const most = Math.max(1, Math.floor(perLine));
	const limit = Math.ceil(length / Math.ceil(length / most));
	const lines: string[] = [];
	let line = '';
	for (const unit of units) {
		const fits = [...line].length + [...unit].length <= limit;
		if (line === '' || fits || NO_LINE_START.test(unit) || NO_LINE_END.test(line)) {
			line += unit;
			continue;
		}
		lines.push(line);
		line = unit;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** How many characters of `fontSize` px fit a label column of `width` px. */
export function charactersPerLine(width: number, fontSize: number): number {
	return Math.max(4, Math.floor(width / fontSize));
}
