import { describe, expect, it } from 'vitest';
import { countOccurrences } from '../../../src/core/search/literal-match.ts';
import { normalize } from '../../../src/core/search/fold.ts';
import { countSubject } from '../../../src/client/words/subject-count.ts';
import { occurrencesIn } from '../../../src/core/words/count.ts';
import { literalCount } from '../../../scripts/lib/words/frequency.ts';

// Texts with overlapping places: an overlapping count and a non-overlapping one differ here.
const cases: Array<[string, string, number]> = [
	['发展发展发展', '发展发展', 1],
	['全国全国全国', '全国全国', 1],
	['全国全国', '国全', 1],
	['发展发展发展', '发展', 3],
];

describe('one counting rule for search, words and the subject page', () => {
	it.each(cases)('counts %s / %s as %i in the search, the word lists and the subject page alike', (text, term, expected) => {
		expect(countOccurrences(text, normalize(term))).toBe(expected);
		expect(occurrencesIn(text, term)).toBe(expected);
		expect(literalCount([normalize(text)], term).occurrences).toBe(expected);
		const texts = {
			publications: [{ id: 'x', year: 2000, edition: 'full', label: 'x', recognised: false, characters: 6, pages: [{ path: '/x/', blocks: [['p1', text] as [string, string]] }] }],
		};
		expect(countSubject(texts, term)[0]!.occurrences).toBe(expected);
	});
});
