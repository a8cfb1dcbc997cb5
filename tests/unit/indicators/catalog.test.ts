import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, parseCatalog } from '../../../scripts/lib/indicators/catalog.ts';
import { INDICATORS_FILE } from '../../../scripts/lib/indicators/generate.ts';
import { ROOT } from '../../support/real-corpus.ts';
import { lineStarting, withLine } from '../../support/text-lines.ts';

/**
 * The indicator catalog is content (content/indicators/catalog.yml): read and checked by
 * scripts/lib/indicators/catalog.ts, a bad entry stopping `npm run indicators` with the
 * file, the line and the series it is in.
 */
const text = readFileSync(new URL(CATALOG_FILE, ROOT), 'utf8');
function refusal(changed: string): string {
	expect(changed, 'the catalog was changed').not.toBe(text);
	try {
		parseCatalog(changed);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the changed catalog was accepted');
}

describe('the indicator catalog', () => {
	it('holds every series the indicator file charts, names as entries and phrases as expressions', () => {
		const catalog = parseCatalog(text);
		const charted = (JSON.parse(readFileSync(new URL(INDICATORS_FILE, ROOT), 'utf8')) as { series: { id: string }[] }).series.map((s) => s.id);
		expect(charted.length).toBeGreaterThan(10);
		expect(catalog.map((s) => s.id)).toEqual(expect.arrayContaining(charted));
		const unemployment = catalog.find((s) => s.id === 'surveyed-unemployment-rate')!;
		expect(unemployment.names).toEqual([{ text: '城镇调查失业率' }, { text: '城镇调查失业率率' }]);
		const prices = catalog.find((s) => s.id === 'consumer-price-rise')!;
		expect(prices.phrases?.map((phrase) => [phrase.source, phrase.flags])).toEqual([['^居民消费价格涨幅(?<q>低于控制目标)', 'u']]);
		expect(catalog.find((s) => s.id === 'grain-output')!.names[1]).toEqual({ text: '粮食最高年产量', span: 'period-peak' });
	});

	it('stops on a reading it does not know, naming the file, the line and the series', () => {
		const at = lineStarting(text, '    reading: growth');
		expect(refusal(withLine(text, at, '    reading: growing'))).toMatch(new RegExp(`^${CATALOG_FILE}:${at}: series 1: reading: `, 'u'));
	});

	it('stops on a phrase without its qualifier group, and on an id given twice', () => {
		const phrase = lineStarting(text, '      - ^居民消费价格涨幅');
		expect(refusal(withLine(text, phrase, '      - ^居民消费价格涨幅低于控制目标'))).toMatch(
			new RegExp(`^${CATALOG_FILE}:${phrase}: series \\d+: phrases\\.0: the phrase \\^居民消费价格涨幅低于控制目标 has no group`, 'u'),
		);
		const second = lineStarting(text, '  - id: industrial-value-added-growth');
		expect(refusal(withLine(text, second, '  - id: gdp-growth'))).toBe(`${CATALOG_FILE}:${second}: series 2: id: the id gdp-growth is an earlier series'`);
	});

	it('stops on a file that is not YAML, naming the line', () => {
		expect(refusal(withLine(text, lineStarting(text, '    names:'), '    names: [地区生产总值'))).toMatch(new RegExp(`^${CATALOG_FILE}:\\d+: not YAML: `, 'u'));
	});
});
