import { describe, expect, it } from 'vitest';
import { blockLinkName } from '../../../src/markdown/rehype-block-links.ts';

describe('the spoken name of a block’s link', () => {
	it('says the block’s position in the words a citation uses, never its id', () => {
		expect(blockLinkName('p3')).toBe('第3段链接');
		expect(blockLinkName('s3-p2')).toBe('第2段链接');
		expect(blockLinkName('s3')).toBe('第1段链接');
		expect(blockLinkName('i1-l4')).toBe('第4项链接');
		expect(blockLinkName('s1-l2-l3')).toBe('第2项第3小项链接');
		expect(blockLinkName('n7')).toBe('第7项链接');
		expect(blockLinkName('t3')).toBe('名词解释第3条链接');
	});

	it('falls back to the given name where the id holds no position (a review item)', () => {
		expect(blockLinkName('i2')).toBe('本段链接');
		expect(blockLinkName('i2', '本项链接')).toBe('本项链接');
		expect(blockLinkName('i2')).not.toContain('i2');
	});
});
