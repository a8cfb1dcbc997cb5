import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptFile } from '../kept-file.ts';
import type { ShareCard } from './card.ts';

/**
 * Share images drawn once per content: each is kept under a key made of the card's text
 * and the renderer's version (the source of the drawing code, the versions of Satori,
 * resvg and the font), so that a build draws only the cards whose text or renderer
 * changed. The folder is under node_modules/, which git ignores; deleting it only costs
 * one slower build.
 */
export const SHARE_CACHE_DIR = join(process.cwd(), 'node_modules/.cache/report-explorer/share');

const RENDERER_FILES = ['src/site/share/card.ts', 'src/site/share/render.ts', 'src/site/share/fonts.ts'];
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-wasm', '@fontsource/noto-sans-sc'];

let rendererVersion: string | undefined;
/** What changes whenever a card with the same text could be drawn differently. */
export function shareRendererVersion(): string {
	rendererVersion ??= createHash('sha256')
		.update(RENDERER_FILES.map((file) => readFileSync(join(process.cwd(), file), 'utf8')).join('\0'))
		.update(
			RENDERER_PACKAGES.map(
				(name) => `${name}@${(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`,
			).join('\0'),
		)
		.digest('hex');
	return rendererVersion;
}

export function shareCardKey(card: ShareCard, version: string): string {
	return createHash('sha256')
		.update(JSON.stringify([version, card.path, card.title, card.part, card.excerpt]))
		.digest('hex');
}

/** The renderer (Satori and resvg) is loaded only when a card is drawn: a build that finds every card kept never loads it. */
async function drawCard(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	const { renderCard } = await import('./render.ts');
	return renderCard(card);
}

/** The card's PNG from the cache, drawn (by `render`) and kept there when missing. */
export async function cachedCard(
	card: ShareCard,
	options: { dir?: string; version?: string; render?: (card: ShareCard) => Promise<Uint8Array<ArrayBuffer>> } = {},
): Promise<Uint8Array<ArrayBuffer>> {
	const { dir = SHARE_CACHE_DIR, version = shareRendererVersion(), render = drawCard } = options;
	return new Uint8Array(await keptFile(join(dir, `${shareCardKey(card, version)}.png`), () => render(card)));
}
