import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCard } from './card.ts';
import { familyList, fontsFor } from './fonts.ts';

/**
 * A share image (og:image): 1200 × 630, laid out by Satori (text to SVG paths, so the
 * rasteriser needs no font) and rasterised by resvg (WebAssembly: one file for every
 * platform, nothing native to install).
 */

const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;
const wasm = () => (ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));

/** The colours of the site's light theme (global.css). */
const INK = '#1d1d1f';
const MUTED = '#5a5a60';
const ACCENT = '#8a1c1c';
const PAPER = '#fdfcf9';

/** At most `most` characters, ending in … where cut; never inside a figure (1.4, 16.1%). */
export function clip(text: string, most: number): string {
	const chars = [...text.replace(/…$/u, '')];
	if (chars.length <= most && !text.endsWith('…')) return text;
	const run = /[0-9A-Za-z.%％]/u;
	let cut = Math.min(most, chars.length);
	while (cut > 0 && cut < chars.length && run.test(chars[cut - 1]!) && run.test(chars[cut]!)) cut -= 1;
	return `${chars.slice(0, cut).join('').trimEnd()}…`;
}

type Node = { type: string; props: { style: Record<string, unknown>; children: Node | Node[] | string } };
const box = (style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** Text cut into lines of `perLine` characters: Satori measures a wrapped block's height short, so each line is its own box. */
export function lines(text: string, perLine: number): string[] {
	const chars = [...text];
	return Array.from({ length: Math.ceil(chars.length / perLine) }, (_, i) => chars.slice(i * perLine, (i + 1) * perLine).join(''));
}

export function cardTree(card: ShareCard, fontFamily: string): Node {
	const line = (style: Record<string, unknown>) => (text: string) => box({ display: 'flex', ...style }, text);
	return box({ width: SHARE_WIDTH, height: SHARE_HEIGHT, display: 'flex', backgroundColor: PAPER, fontFamily, color: INK }, [
		box({ width: 24, height: SHARE_HEIGHT, backgroundColor: ACCENT }, []),
		box({ display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '56px 72px' }, [
			box({ display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT }, '内蒙古自治区政府工作报告'),
			box({ display: 'flex', marginTop: 40, fontSize: 36, fontWeight: 700, color: MUTED }, clip(card.title, 28)),
			box({ display: 'flex', flexDirection: 'column', marginTop: 16 }, lines(clip(card.part, 32), 16).map(line({ fontSize: 60, fontWeight: 700, lineHeight: 1.3 }))),
			box({ display: 'flex', flexDirection: 'column', marginTop: 'auto' }, lines(clip(card.excerpt, 59), 30).map(line({ fontSize: 32, fontWeight: 400, lineHeight: 1.6 }))),
		]),
	]);
}

export async function renderCard(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	const fonts = fontsFor(['内蒙古自治区政府工作报告', card.title, card.part, card.excerpt, '…'].join(''));
	const tree = cardTree(card, familyList(fonts));
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts });
	await wasm();
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH } }).render();
	return new Uint8Array(image.asPng());
}
