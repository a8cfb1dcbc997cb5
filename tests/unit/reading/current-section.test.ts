import { describe, expect, it } from 'vitest';
import { currentHeading } from '../../../src/client/reading/current-section.ts';

describe('the section being read', () => {
	const headings = [
		{ text: '一、回顾', top: -900 },
		{ text: '（一）稳增长', top: -40 },
		{ text: '（二）促改革', top: 300 },
	];
	it('is the last heading that has passed the header’s edge', () => {
		expect(currentHeading(headings, 60)).toBe('（一）稳增长');
		expect(currentHeading(headings, 300)).toBe('（二）促改革');
	});
	it('is none above the first heading', () => {
		expect(currentHeading(headings, -1000)).toBeNull();
		expect(currentHeading([], 60)).toBeNull();
	});
});
