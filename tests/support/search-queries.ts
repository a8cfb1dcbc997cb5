import type { CorpusBlock } from './search-corpus.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Queries drawn from the corpus itself, repeatably (a seeded generator): random 2–8
 * character substrings, quoted terms, figures with units, mixed Latin (PM2.5, G331, 5G),
 * the same strings with white space dropped or their width or 〇/○ swapped, queries
 * with spaces put in, quoted phrases with the other kind of quotation marks, two
 * strings joined by “ + ”, single characters, strings that occur nowhere, and strings
 * the real corpus does not hold but any text may: Latin tokens with q/Q (Q4, AQI) and
 * CJK extension characters, alone or put into a real substring (a build holding them
 * is tested by tests/integration/search-any-text.test.ts).
 */
export type QueryKind = 'substring' | 'term' | 'figure' | 'latin' | 'variant' | 'spaced' | 'quoted' | 'two-terms' | 'one-character' | 'absent' | 'latin-q' | 'extension';

const Q_TOKENS = ['Q4', 'AQI', 'IQ', 'q', 'Q', 'QR码', 'SQL', 'Qinghai', 'GDP/Q1'];
// Extension A, B, C, E and G characters, and a compatibility supplement one.
const EXTENSION = ['\u3400', '\u{20000}', '\u{20BB7}', '\u{2A6A5}', '\u{2B740}', '\u{2CEB0}', '\u{30000}', '\u{2F800}'];

export interface BenchQuery {
	kind: QueryKind;
	q: string;
}

const FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|亿元|万元|万人|万亩|万千瓦|万吨|公里|亿|万|个|条|家|所|倍|年)/g;
const LATIN = /[0-9]*[A-Za-z][0-9A-Za-z.+]*/g;
const QUOTED = /“([^”]{2,14})”/g;

function toFullWidth(text: string): string {
	return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
function toHalfWidth(text: string): string {
	return text.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function generateQueries(blocks: readonly CorpusBlock[], count: number, seed: number): BenchQuery[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const texts = blocks.map((block) => [...block.text]);
	// Longer blocks are drawn more often, as a reader's memory of a phrase would be.
	const weighted = texts.flatMap((chars, index) => Array<number>(Math.max(1, Math.round(chars.length / 40))).fill(index));
	const all = blocks.map((block) => block.text).join('\n');
	const figures = [...new Set(all.match(FIGURE) ?? [])];
	const latin = [...new Set((all.match(LATIN) ?? []).map((s) => s.replace(/[.+]+$/, '')).filter((s) => s.length > 0))];
	const quoted = [...new Set([...all.matchAll(QUOTED)].flatMap((m) => [m[0], m[1]!]))];
	const characters = [...new Set([...all].filter((c) => !/\s/.test(c)))];

	const substring = (low: number, high: number): string => {
		for (;;) {
			const chars = texts[pick(weighted)]!;
			const length = between(low, high);
			if (chars.length < length) continue;
			const start = between(0, chars.length - length);
			const q = chars
				.slice(start, start + length)
				.join('')
				.trim();
			if (q !== '') return q;
		}
	};
	const variant = (): string => {
		for (;;) {
			const q = substring(3, 8);
			const swapped = /\s/.test(q) ? q.replace(/\s+/g, '') : /[!-~]/.test(q) ? toFullWidth(q) : /[！-～]/.test(q) ? toHalfWidth(q) : /[〇○]/.test(q) ? q.replace(/〇/g, '○') : null;
			if (swapped) return swapped;
			const figure = pick(figures);
			return random() < 0.5 ? toFullWidth(figure) : figure.replace(/\s+/g, '');
		}
	};
	const insert = (q: string, piece: string): string => {
		const chars = [...q];
		const at = between(0, chars.length);
		return [...chars.slice(0, at), piece, ...chars.slice(at)].join('');
	};
	const spaced = (): string => {
		const chars = [...substring(3, 8)];
		const at = between(1, chars.length - 1);
		return [...chars.slice(0, at), random() < 0.8 ? ' ' : '\u3000', ...chars.slice(at)].join('');
	};
	// A phrase the text quotes, with the other kind of marks, or a substring in quotes.
	const quotedPhrase = (): string => {
		if (random() < 0.6) {
			const inner = /^“(.*)”$/.exec(pick(quoted.filter((q) => q.startsWith('“'))))?.[1] ?? substring(2, 6);
			return random() < 0.5 ? `"${inner}"` : `“${inner}”`;
		}
		return random() < 0.5 ? `“${substring(2, 6)}”` : `'${substring(2, 6)}'`;
	};
	const makers: Array<[number, QueryKind, () => string]> = [
		[0.4, 'substring', () => substring(2, 8)],
		[0.08, 'term', () => pick(quoted)],
		[0.08, 'figure', () => pick(figures)],
		[0.05, 'latin', () => pick(latin)],
		[0.07, 'variant', variant],
		[0.07, 'spaced', spaced],
		[0.06, 'quoted', quotedPhrase],
		[0.05, 'two-terms', () => `${substring(2, 4)} + ${substring(2, 4)}`],
		[0.03, 'one-character', () => pick(characters)],
		[0.03, 'absent', () => Array.from({ length: between(3, 6) }, () => pick(characters)).join('')],
		[0.04, 'latin-q', () => (random() < 0.5 ? pick(Q_TOKENS) : insert(substring(2, 6), pick(Q_TOKENS)))],
		[0.04, 'extension', () => (random() < 0.3 ? pick(EXTENSION) : insert(substring(2, 6), pick(EXTENSION)))],
	];
	const queries: BenchQuery[] = [];
	const seen = new Set<string>();
	for (let attempts = 0; queries.length < count && attempts < count * 20; attempts++) {
		let roll = random();
		let maker = makers.at(-1)!;
		for (const entry of makers) {
			if (roll < entry[0]) {
				maker = entry;
				break;
			}
			roll -= entry[0];
		}
		const q = maker[2]();
		if (seen.has(q)) continue;
		seen.add(q);
		queries.push({ kind: maker[1], q });
	}
	return queries;
}
