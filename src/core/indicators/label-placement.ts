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
