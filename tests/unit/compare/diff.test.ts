import { describe, expect, it } from 'vitest';
import { diffParagraphs, elideOutside, hunks, type Run } from '../../../src/site/compare/diff.ts';
import { rules } from './helpers.ts';

const classify = { rules };

const marked = (runs: Run[]) => runs.filter((r) => r.mark && r.mark !== 'outside').map((r) => r.text);
const joined = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('diffParagraphs', () => {
	it('marks and classifies the characters two versions do not share, on each side', () => {
		const { full, other, differences } = diffParagraphs('稀土、铈、锂等战略资源勘探实现新突破。加工转化率达到了 72%', '稀土、铌、锂等战略资源勘探实现新突破。加工转化率达到 72%', {
			classify,
		});
		expect(marked(full)).toEqual(['铈', '了']);
		expect(marked(other)).toEqual(['铌']);
		expect(differences).toEqual([
			{ class: 'wording', full: '铈', other: '铌', codePoints: '铈 U+94C8 ↔ 铌 U+94CC', fullAt: [3, 4] },
			{ class: 'missing', full: '了', other: '', fullAt: [26, 27] },
		]);
	});

	it('takes two neighbouring changes that reorder the same characters for one change of order', () => {
		const { differences } = diffParagraphs('发展现代农牧业和林草产业', '发展现代牧农业和林草产业', { classify });
		expect(differences.map((d) => [d.class, d.full, d.other])).toEqual([['order', '农牧', '牧农']]);
	});

	it('reports the unit a digest drops after the figure it ends on, and no more of the full text', () => {
		const { differences } = diffParagraphs('新建牧区水窖 2.4 万眼，改造草场围栏', '新建牧区水窖24万', { classify, excerptEnd: true });
		expect(differences.map((d) => [d.class, d.full, d.other])).toEqual([
			['figure', '.', ''],
			['unit', '眼', ''],
		]);
		expect(diffParagraphs('新建牧区水窖 2.4 万眼，改造草场围栏', '新建牧区水窖2.4万眼', { classify, excerptEnd: true }).differences).toEqual([]);
	});

	it('names the code points of two characters that look alike', () => {
		const { differences } = diffParagraphs('浙大一包头研究院', '浙大—包头研究院', { classify });
		expect(differences).toEqual([{ class: 'shape', full: '一', other: '—', codePoints: '一 U+4E00 ↔ — U+2014', fullAt: [2, 3] }]);
	});

	it('does not count white space: the newspaper spaces numbers by its columns', () => {
		const { full, other, differences } = diffParagraphs('项目 650 个，增长15.4%', '项目 650个，增长 15.4%', { classify });
		expect(differences).toEqual([]);
		expect(joined(full)).toBe('项目 650 个，增长15.4%');
		expect(joined(other)).toBe('项目 650个，增长 15.4%');
	});

	it('keeps each side’s text whole, in order, astral characters included', () => {
		const left = '“十四五”时期，全区经济总量达到2.67万亿元，𠮷';
		const right = '“十五五”时期，经济总量达到 2.7 万亿元以上';
		const { full, other } = diffParagraphs(left, right, { classify });
		expect(joined(full)).toBe(left);
		expect(joined(other)).toBe(right);
	});

	it('handles empty sides and identical text', () => {
		expect(diffParagraphs('', '新质生产力', { classify }).differences).toEqual([{ class: 'extra', full: '', other: '新质生产力', fullAt: [0, 0] }]);
		expect(diffParagraphs('新质生产力', '', { classify }).differences).toEqual([{ class: 'missing', full: '新质生产力', other: '', fullAt: [0, 5] }]);
		expect(diffParagraphs('新质生产力', '新质生产力', { classify }).differences).toEqual([]);
		expect(diffParagraphs('', '', { classify }).differences).toEqual([]);
	});

	it('sets apart the full text beyond a digest’s excerpt, and finds where the excerpt starts', () => {
		const { full, differences } = diffParagraphs('获批 17 个国家级文旅品牌，国家级滑雪旅游度假地数量居全国第 2。', '国家级滑雪度假地数量居全国第2', {
			classify,
			excerptStart: true,
			excerptEnd: true,
		});
		expect(differences).toEqual([{ class: 'missing', full: '旅游', other: '', fullAt: [20, 22] }]);
		expect(full[0]).toEqual({ text: '获批 17 个国家级文旅品牌，', mark: 'outside' });
		expect(full.at(-1)).toEqual({ text: '。', mark: 'outside' });
	});

	it('reads a substitution at the edge of an excerpt as a difference, not as text left out', () => {
		const { differences } = diffParagraphs('（一）全力以赴抓政策落地。用足用好', '(一)全力以赴抓政策落地', { classify, excerptStart: true, excerptEnd: true });
		expect(differences.map((d) => d.class)).toEqual(['punctuation', 'punctuation']);
	});

	it('tells a dropped decimal point from punctuation', () => {
		const { differences } = diffParagraphs('产值达到 2762 亿元', '产值达到276.2亿元', { classify });
		expect(differences).toEqual([{ class: 'figure', full: '', other: '.', fullAt: [8, 8] }]);
	});
});

describe('hunks', () => {
	it('folds a one-character coincidence inside a rewrite into it', () => {
		// 的 matches by chance inside two rewritten phrases.
		const list = hunks([...'甲乙的丙丁'], [...'子丑的寅卯']);
		expect(list).toEqual([{ a: [0, 5], b: [0, 5] }]);
	});

	it('keeps what two sides share between two omissions', () => {
		expect(hunks([...'国家级滑雪旅游度假地'], [...'国家级度假地']).length).toBe(1);
		expect(hunks([...'甲乙滑雪丙丁度假'], [...'滑雪度假']).length).toBe(2);
	});
});

describe('elideOutside', () => {
	it('cuts the full text beyond an excerpt to its nearest characters', () => {
		const runs: Run[] = [{ text: '一二三四五六七八九十', mark: 'outside' }, { text: '摘录' }, { text: '甲乙丙丁戊己庚辛', mark: 'outside' }];
		const { runs: cut, cutBefore, cutAfter } = elideOutside(runs, 3);
		expect(cut.map((r) => r.text)).toEqual(['八九十', '摘录', '甲乙丙']);
		expect([cutBefore, cutAfter]).toEqual([true, true]);
		expect(elideOutside([{ text: '全文' }]).cutBefore).toBe(false);
	});
});
