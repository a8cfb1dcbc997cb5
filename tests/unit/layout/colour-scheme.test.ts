import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dark colour scheme changes colours and nothing else: every `prefers-color-scheme`
 * rule in the site's styles only sets custom properties to colours. The accessibility
 * spec relies on it: it runs every WCAG rule in the light scheme and, in the dark one,
 * only the rules whose outcome a colour can change (tests/browser/accessibility.spec.ts).
 */
const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const styled = readdirSync(SRC, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.(css|astro)$/.test(entry.name))
	.map((entry) => join(entry.parentPath, entry.name));

/** The body of each `@media (prefers-color-scheme …)` block of a stylesheet, braces matched. */
function schemeBlocks(css: string): string[] {
	const blocks: string[] = [];
	for (let at = css.indexOf('prefers-color-scheme'); at !== -1; at = css.indexOf('prefers-color-scheme', at + 1)) {
		const open = css.indexOf('{', at);
		let depth = 0;
		for (let i = open; i < css.length; i++) {
			if (css[i] === '{') depth++;
			if (css[i] === '}' && --depth === 0) {
				blocks.push(css.slice(open + 1, i));
				break;
			}
		}
	}
	return blocks;
}

/** The declarations inside a block's rules. */
const declarations = (block: string) =>
	[...block.matchAll(/\{([^{}]*)\}/g)].flatMap((rule) =>
		rule[1]!
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean),
	);

describe('the dark colour scheme', () => {
	it('is declared somewhere (else this check would check nothing)', () => {
		expect(styled.flatMap((file) => schemeBlocks(readFileSync(file, 'utf8')))).not.toEqual([]);
	});

	it('sets colours only: custom properties to colour values', () => {
		const other = styled.flatMap((file) =>
			schemeBlocks(readFileSync(file, 'utf8'))
				.flatMap(declarations)
				.filter((d) => !/^--[\w-]+:\s*(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(d))
				.map((d) => `${file}: ${d}`),
		);
		expect(other).toEqual([]);
	});

	it('would see a declaration that is not a colour', () => {
		expect(declarations(schemeBlocks('@media (prefers-color-scheme: dark) { :root { --bg: #000; } p { display: none; } }')[0]!)).toEqual(['--bg: #000', 'display: none']);
	});
});
