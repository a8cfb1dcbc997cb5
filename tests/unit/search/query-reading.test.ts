import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../src/core/search/fold.ts';
import { allWordsQuery, readQuery } from '../../../src/core/search/query-reading.ts';

describe('a query as typed and as searched', () => {
	it('keeps what the reader typed beside the folded string, and names the fold', () => {
		const reading = readQuery('PM2.5');
		expect(reading.typed).toEqual(['PM2.5']);
		expect(reading.folded).toEqual(['pm2.5']);
		expect(reading.folds).toEqual(['case']);
	});

	it('names every fold that changed the input, and none that did not', () => {
		expect(readQuery('稀土').folds).toEqual([]);
		expect(readQuery('增长 6％').folds).toEqual(['space', 'width']);
		expect(readQuery('二○三五年').folds).toEqual(['zero']);
		expect(readQuery('“国之大者”').folds).toEqual(['quotes']);
	});

	it('folds exactly as the search does', () => {
		for (const query of ['PM2.5', '稀土 + 包头', '稀土 + 稀土', ' 增长 6% ', '5G+', '稀土 包头']) {
			expect(readQuery(query).folded, query).toEqual(queryTerms(query));
		}
	});

	it('offers the words of a spaced string as a query for all of them', () => {
		const reading = readQuery('稀土 包头');
		expect(reading.folded).toEqual(['稀土包头']);
		expect(reading.folds).toEqual(['space']);
		expect(reading.words).toEqual(['稀土', '包头']);
		expect(allWordsQuery(reading.words!)).toBe('稀土 + 包头');
	});

	it('offers no words where there is one word or the reader already joined them', () => {
		expect(readQuery('稀土').words).toBeNull();
		expect(readQuery(' 稀土 ').words).toBeNull();
		expect(readQuery('稀土 + 包头').words).toBeNull();
		expect(readQuery('稀土 + 包头').typed).toEqual(['稀土', '包头']);
	});
});
