import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, dist } from '../support/built-site.ts';

/** An id names one element of its page: a link to #id, a label's `for`, an ARIA reference must not land on another (issue 21). */
describe('ids on every built page', () => {
	it('each id occurs once on its page', async () => {
		const files = await builtHtmlFiles();
		expect(files.length).toBeGreaterThan(20);
		const repeated = files.flatMap((file) => {
			const ids = selectAll('[id]', fromHtml(readFileSync(`${dist}${file}`, 'utf8'))).map((el) => String(el.properties.id));
			const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
			return twice.length > 0 ? [`${file}: ${twice.join(' ')}`] : [];
		});
		expect(repeated).toEqual([]);
	});
});
