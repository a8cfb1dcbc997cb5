import { AND_SEPARATOR, MAX_QUERY_LENGTH, foldCharacter, normalize } from './fold.ts';

/**
 * A query as the reader typed it, beside what the search looks for: the status line
 * echoes the reader's own strings (`PM2.5`, not the folded `pm2.5`) and names each fold
 * it applied, so that no folding happens unseen.
 */
export type Fold = 'space' | 'case' | 'width' | 'zero' | 'quotes';

/** Each fold in the words the status line uses. */
export const FOLD_LABEL: Record<Fold, string> = {
	space: '空格已忽略',
	case: '不分大小写',
	width: '全角半角视为相同',
	zero: '〇与○视为相同',
	quotes: '中英文引号视为相同',
};

export interface QueryReading {
	/** Each string the search looks for, as typed (trimmed), in the order of the folded terms. */
	typed: string[];
	/** The same strings folded: what the search matches (queryTerms). */
	folded: string[];
	/** The folds that changed what the reader typed, in FOLD_LABEL's order. */
	folds: Fold[];
	/**
	 * When one string holds spaces between words (`稀土 包头`), its words: the query that
	 * asks for each of them in one paragraph is `稀土 + 包头`. Otherwise null.
	 */
	words: string[] | null;
}

function foldOf(character: string, folded: string): Fold | null {
	if (folded === character) return null;
	if (folded === '') return 'space';
	if (character === '〇' || folded === '〇') return 'zero';
	if (/["']/.test(folded)) return 'quotes';
	if (/[A-Z]/.test(character)) return 'case';
	return 'width';
}

export function readQuery(query: string): QueryReading {
	const typed: string[] = [];
	const folded: string[] = [];
	for (const part of query.slice(0, MAX_QUERY_LENGTH).split(AND_SEPARATOR)) {
		const term = normalize(part);
		if (term === '' || folded.includes(term)) continue;
		typed.push(part.trim());
		folded.push(term);
	}
	const seen = new Set<Fold>();
	for (const term of typed)
		for (const character of term) {
			const fold = foldOf(character, foldCharacter(character));
			if (fold) seen.add(fold);
		}
	const folds = (Object.keys(FOLD_LABEL) as Fold[]).filter((fold) => seen.has(fold));
	const split = typed.length === 1 ? typed[0]!.split(/\s+/u).filter((word) => normalize(word) !== '') : [];
	return { typed, folded, folds, words: split.length > 1 ? split : null };
}

/** The query asking for every word of a spaced string in one paragraph: `稀土 + 包头`. */
export function allWordsQuery(words: readonly string[]): string {
	return words.join(' + ');
}
