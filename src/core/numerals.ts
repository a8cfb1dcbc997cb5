const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral from 一 to 九十九, as reports number their parts; `undefined` otherwise. */
export function chineseNumeral(text: string): number | undefined {
	if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return undefined;
	if (text === '十') return 10;
	const [tens, ones] = text.split('十') as [string, string | undefined];
	if (ones === undefined) return DIGITS[tens];
	const t = tens === '' ? 1 : DIGITS[tens];
	const o = ones === '' ? 0 : DIGITS[ones];
	if (t === undefined || o === undefined) return undefined;
	return t * 10 + o;
}

const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A count as Chinese writes it before a measure word: 两份, 五种, 十二份, 二十一种. Counts
 * from 100 (and 0) stay in digits, which a Chinese sentence also uses.
 */
export function chineseCount(count: number): string {
	if (!Number.isInteger(count) || count < 1 || count > 99) return String(count);
	if (count === 2) return '两';
	const tens = Math.floor(count / 10);
	const ones = count % 10;
	if (tens === 0) return NAMES[ones]!;
	return `${tens === 1 ? '' : NAMES[tens]}十${NAMES[ones]}`;
}
