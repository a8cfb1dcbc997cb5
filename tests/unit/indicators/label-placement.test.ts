import { describe, expect, it } from 'vitest';
import { overlaps, placeLabel, pointBox } from '../../../src/core/indicators/label-placement.ts';

const area = { left: 0, top: 0, right: 300, bottom: 200 };
const above = { dx: 0, dy: -17 };
const below = { dx: 0, dy: 18 };

/** Figures written beside their points must not print over each other. */
describe('label placement', () => {
	it('writes a label above its point where there is room', () => {
		expect(placeLabel(100, 100, 40, 14, [above, below], [], area)).toEqual({ left: 80, top: 76, right: 120, bottom: 90 });
	});

	it('moves a label below its point when another label holds the place above', () => {
		const first = placeLabel(100, 100, 60, 14, [above, below], [], area);
		const second = placeLabel(110, 100, 60, 14, [above, below], [first], area);
		expect(overlaps(first, second)).toBe(false);
		expect(second.top).toBeGreaterThan(100);
	});

	it('keeps clear of point markers and inside the chart area', () => {
		const marker = pointBox(100, 83, 8);
		const box = placeLabel(100, 100, 40, 14, [above, below], [marker], area);
		expect(overlaps(box, marker)).toBe(false);
		expect(placeLabel(295, 100, 40, 14, [above], [], area).right).toBe(300);
		expect(placeLabel(2, 100, 40, 14, [above], [], area).left).toBe(0);
	});

	it('falls back to the first place when every place is taken', () => {
		const everything = [{ left: 0, top: 0, right: 300, bottom: 200 }];
		expect(placeLabel(100, 100, 40, 14, [above, below], everything, area)).toEqual({ left: 80, top: 76, right: 120, bottom: 90 });
	});
});
