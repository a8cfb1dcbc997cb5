import { describe, expect, it } from 'vitest';
import { parseFragment, rangeFragment, safeDecode } from '../../../src/core/fragment.ts';

describe('parseFragment', () => {
	it.each([
		['', { kind: 'none' }],
		['#', { kind: 'none' }],
		['#s3-p2', { kind: 'block', id: 's3-p2' }],
		['s3-p2', { kind: 'block', id: 's3-p2' }],
		['#p3..p7', { kind: 'range', first: 'p3', last: 'p7' }],
		['#s3-p2..s4-l1-l2', { kind: 'range', first: 's3-p2', last: 's4-l1-l2' }],
		// Malformed percent-encoding: read as it stands, never thrown.
		['#%E4%B8', { kind: 'block', id: '%E4%B8' }],
		['#%', { kind: 'block', id: '%' }],
		['#%E6%AE%B5', { kind: 'block', id: '段' }],
		['#p3..', { kind: 'block', id: 'p3..' }],
		['#..p3', { kind: 'block', id: '..p3' }],
		['#p1..p2..p3', { kind: 'block', id: 'p1..p2..p3' }],
		['#<img src=x>', { kind: 'block', id: '<img src=x>' }],
	])('%s', (hash, fragment) => {
		expect(parseFragment(hash)).toEqual(fragment);
	});
});

describe('safeDecode', () => {
	it('decodes what it can and keeps what it cannot', () => {
		expect(safeDecode('%E6%AE%B5')).toBe('段');
		expect(safeDecode('%E4%B8')).toBe('%E4%B8');
		expect(safeDecode('%zz')).toBe('%zz');
	});
});

describe('rangeFragment', () => {
	it('reads back as the range it writes', () => {
		expect(rangeFragment('p3', 'p7')).toBe('p3..p7');
		expect(parseFragment(`#${rangeFragment('p3', 'p7')}`)).toEqual({ kind: 'range', first: 'p3', last: 'p7' });
		expect(rangeFragment('p3', 'p3')).toBe('p3');
	});
});
