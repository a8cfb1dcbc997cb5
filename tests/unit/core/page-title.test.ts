import { describe, expect, it } from 'vitest';
import { SITE_NAME, pageTitle } from '../../../src/core/page-title.ts';

describe('page titles', () => {
	it('joins a page’s own parts and the site’s name with the one separator', () => {
		expect(pageTitle('搜索')).toBe(`搜索 · ${SITE_NAME}`);
		expect(pageTitle('第二部分', '国务院')).toBe(`第二部分 · 国务院 · ${SITE_NAME}`);
	});

	it('names the site once when the widest part already names it', () => {
		expect(pageTitle('第二部分', `2024年${SITE_NAME}（全文）`)).toBe(`第二部分 · 2024年${SITE_NAME}（全文）`);
		expect(pageTitle()).toBe(SITE_NAME);
	});
});
