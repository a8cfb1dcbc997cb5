import { describe, expect, it } from 'vitest';
import { citationContext } from '../../../src/core/citation.ts';
import { citationMeta, risDate, toBibtex, toCslJson, toRis, type ExportItem } from '../../../src/core/cite-exports.ts';

/** Publications shaped as the manifest describes them, in this test's own words. */
const report = { title: '某年某地政府工作报告（全文）', edition: 'full' as const, delivered: '2030-02-03', speaker: '甲某', responsible: '某地人民政府' };
const digest = { title: '图解某年报告', edition: 'infographic' as const, delivered: '2030-02-03', speaker: '甲某', responsible: '某地人民政府', compiledBy: null };
const print = { title: '某年报告（报纸版）', edition: 'newspaper' as const, delivered: '2030', speaker: '甲某', printed: { title: '政府工作报告' }, newspaper: {} };

const item = (publication: Parameters<typeof citationContext>[0], url = 'https://example.org/2030/full/'): ExportItem => ({ key: 'k', context: citationContext(publication), url });

describe('RIS', () => {
	it('types a report RPRT and writes its date with the three slashes RIS requires', () => {
		const ris = toRis(item(report));
		expect(ris).toContain('TY  - RPRT\r\n');
		expect(ris).toContain('DA  - 2030/02/03/\r\n');
		expect(ris).toContain('UR  - https://example.org/2030/full/\r\n');
	});
	it.each([
		['2026', '2026///'],
		['2021-01', '2021/01//'],
		['2024-01-30', '2024/01/30/'],
	])('date %s as %s', (date, written) => {
		expect(risDate(date)).toBe(written);
	});
	it('says what the manifest does not know of a print, and names no paper', () => {
		const ris = toRis(item(print));
		expect(ris).toContain('TY  - NEWS\r\n');
		expect(ris).not.toContain('T2  -');
		expect(ris).toContain('N1  - 未记录：报纸名、出版日期、版次\r\n');
		expect(ris).toContain('TI  - 政府工作报告\r\n');
	});
});

describe('every format', () => {
	it('carries no URL when the address is not absolute', () => {
		const relative = item(report, '/2030/full/');
		expect(toRis(relative)).not.toContain('UR  -');
		expect(toBibtex(relative)).not.toContain('url =');
		expect(JSON.parse(toCslJson(relative))[0]).not.toHaveProperty('URL');
		expect(toBibtex(item(report))).toContain('url = {https://example.org/2030/full/}');
	});
	it('cites a report as a report', () => {
		expect(toBibtex(item(report))).toMatch(/^@report\{k,/);
		expect(JSON.parse(toCslJson(item(report)))[0].type).toBe('report');
		expect(citationMeta(item(report))).toContainEqual({ name: 'DC.type', content: 'report' });
	});
	it('names no author for a digest whose maker the manifest does not name', () => {
		const digestItem = item(digest);
		expect(toRis(digestItem)).not.toContain('AU  -');
		expect(toBibtex(digestItem)).not.toContain('author =');
		expect(JSON.parse(toCslJson(digestItem))[0]).not.toHaveProperty('author');
		expect(citationMeta(digestItem).some((tag) => tag.name === 'citation_author')).toBe(false);
		expect(toRis(digestItem)).toContain('N1  - 未记录：责任者\r\n');
	});
});
