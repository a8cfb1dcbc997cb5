import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The share images' font, Noto Sans SC, from the @fontsource/noto-sans-sc package: never
 * downloaded at build time. The package splits the font into ~100 files by Unicode range
 * (its CSS names each file's range); a card loads only the files holding its characters.
 */
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

export interface FontSubset {
	file: string;
	ranges: [number, number][];
}

/** The subsets a fontsource stylesheet lists: each @font-face's .woff file and its unicode-range. */
export function readSubsets(css: string): FontSubset[] {
	const subsets: FontSubset[] = [];
	for (const face of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(face)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
		if (!file || !range) continue;
		const ranges = range.split(',').map((part): [number, number] => {
			const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
		});
		subsets.push({ file, ranges });
	}
	return subsets;
}

/** The subsets that hold the characters of `text`. */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): FontSubset[] {
	const codes = new Set([...text].map((c) => c.codePointAt(0)!));
	return subsets.filter((s) => [...codes].some((code) => s.ranges.some(([from, to]) => code >= from && code <= to)));
}

const stylesheets = new Map<number, FontSubset[]>();
const files = new Map<string, Buffer>();

export interface SatoriFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/** The CSS font-family list that names every file of `fonts`. */
export function familyList(fonts: readonly SatoriFont[]): string {
	return [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ');
}

/** The font files a card's text needs, in each weight it uses. */
export function fontsFor(text: string, weights: readonly (400 | 700)[] = [400, 700]): SatoriFont[] {
	return weights.flatMap((weight) => {
		let subsets = stylesheets.get(weight);
		if (!subsets) {
			subsets = readSubsets(readFileSync(join(packageDir, `${weight}.css`), 'utf8'));
			stylesheets.set(weight, subsets);
		}
		return subsetsFor(text, subsets).map((subset) => {
			let data = files.get(subset.file);
			if (!data) {
				data = readFileSync(join(packageDir, 'files', subset.file));
				files.set(subset.file, data);
			}
			// Each file under a name of its own: Satori falls back from one family to the next for a
			// missing character, not between files of one family.
			return { name: `Noto Sans SC ${subset.file}`, data, weight, style: 'normal' as const };
		});
	});
}
