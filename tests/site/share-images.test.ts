import { readFileSync, statSync } from 'node:fs';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPage, dist } from '../support/built-site.ts';

/**
 * Every built page names a share image (og:image, a large Twitter card) that the build
 * wrote: a 1200 × 630 PNG under /share/, small enough for the sites that fetch it.
 */
const meta = (file: string, key: string) => {
	const element = select(`meta[property="${key}"], meta[name="${key}"]`, builtPage(`/${file}`)) as Element | undefined;
	return element ? String(element.properties.content) : undefined;
};

describe('share images', async () => {
	// The plain source views (sources/<name>/) are the source alone, without the site's layout and its tags.
	const files = (await builtHtmlFiles()).filter((f) => !f.startsWith('share/') && !f.startsWith('sources/'));

	it('every page names one that exists, as a large card', () => {
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const image = meta(file, 'og:image');
			// Absolute on the public address (SITE_URL); root-relative where none is set, never a made-up domain.
			expect(image, file).toMatch(/^(https?:\/\/[^/]+)?\/share\/.+\.png$/);
			expect(meta(file, 'twitter:image'), file).toBe(image);
			expect(meta(file, 'twitter:card'), file).toBe('summary_large_image');
			const png = readFileSync(`${dist}${new URL(image!, 'https://site.invalid').pathname.slice(1)}`);
			expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), file).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(meta(file, 'og:image:width')), Number(meta(file, 'og:image:height'))]);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});

	it('each part page has its own, and none is blank or too large', () => {
		const part = meta('2024/full/part-2/index.html', 'og:image');
		const other = meta('2024/full/part-1/index.html', 'og:image');
		expect(part).not.toBe(other);
		for (const image of [part!, other!]) {
			const size = statSync(`${dist}${new URL(image, 'https://site.invalid').pathname.slice(1)}`).size;
			// A card with text compresses to tens of kilobytes; a blank one to a few hundred bytes.
			expect(size).toBeGreaterThan(8_000);
			expect(size).toBeLessThan(300_000);
		}
	});
});
