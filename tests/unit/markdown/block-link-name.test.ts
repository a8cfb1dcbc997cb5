import { describe, expect, it } from 'vitest';
import { blockLinkName } from '../../../src/markdown/rehype-block-links.ts';

describe('the spoken name of a block’s link', () => {
	it('says the block’s number in the margin, the one its citation gives, never its id', () => {
		expect(blockLinkName('3')).toBe('第3段链接');
		expect(blockLinkName(25)).toBe('第25段链接');
	});

	it('falls back to the given name where the block has no number', () => {
		expect(blockLinkName(undefined)).toBe('本段链接');
		expect(blockLinkName(undefined, '本项链接')).toBe('本项链接');
		expect(blockLinkName('p3')).toBe('本段链接');
	});
});
