import { describe, expect, it } from 'vitest';
import { diffParagraphs, myers } from '../../../src/site/compare/diff.ts';

const changed = (runs: { text: string; changed: boolean }[]) => runs.filter((r) => r.changed).map((r) => r.text);

describe('diffParagraphs', () => {
	it('marks the characters two versions do not share, on each side', () => {
		const { a, b, changes } = diffParagraphs('稀土、铈、锂等战略资源勘探实现新突破。加工转化率达到了 72%', '稀土、铌、锂等战略资源勘探实现新突破。加工转化率达到 72%');
		expect(changed(a)).toEqual(['铈', '了']);
		expect(changed(b)).toEqual(['铌']);
		expect(changes).toBe(3);
	});

	it('does not count white space: the newspaper spaces numbers by its columns', () => {
		const { a, b, changes } = diffParagraphs('项目 650 个，增长15.4%', '项目 650个，增长 15.4%');
		expect(changes).toBe(0);
		expect(a.map((r) => r.text).join('')).toBe('项目 650 个，增长15.4%');
		expect(b.map((r) => r.text).join('')).toBe('项目 650个，增长 15.4%');
	});

	it('keeps each side’s text whole, in order', () => {
		const left = '“十四五”时期，全区经济总量达到2.67万亿元';
		const right = '“十五五”时期，经济总量达到 2.7 万亿元以上';
		const { a, b } = diffParagraphs(left, right);
		expect(a.map((r) => r.text).join('')).toBe(left);
		expect(b.map((r) => r.text).join('')).toBe(right);
	});

	it('handles empty sides and identical text', () => {
		expect(diffParagraphs('', '新质生产力').changes).toBe(5);
		expect(diffParagraphs('新质生产力', '').changes).toBe(5);
		expect(diffParagraphs('新质生产力', '新质生产力').changes).toBe(0);
	});
});

describe('myers', () => {
	it('finds a longest common subsequence', () => {
		const { keepLeft, keepRight } = myers([...'ABCABBA'], [...'CBABAC']);
		expect(keepLeft.filter(Boolean).length).toBe(4);
		expect(keepRight.filter(Boolean).length).toBe(4);
	});
});
