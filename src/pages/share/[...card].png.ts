import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePath } from '../../core/urls.ts';
import { loadShelf } from '../../site/collections.ts';
import { shareCards } from '../../site/share/cards.ts';
import { cachedCard } from '../../site/share/cache.ts';
import type { ShareCard } from '../../site/share/card.ts';

/** /share/<page>.png: each page's share image (og:image), drawn at build time (src/site/share/). */
export const getStaticPaths: GetStaticPaths = async () =>
	shareCards(await loadShelf()).map((card) => ({ params: { card: sharePath(card.path).slice('/share/'.length, -'.png'.length) }, props: { card } }));

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => new Response(await cachedCard(props.card), { headers: { 'Content-Type': 'image/png' } });
