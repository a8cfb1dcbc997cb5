import type { APIRoute } from 'astro';
import { indicatorsJson } from '../../site/indicators/downloads.ts';
import { loadIndicators } from '../../site/indicators/load.ts';

/**
 * /data/indicators.json: every indicator's targets and outcomes with their quotes and
 * paragraph links. Schema: src/site/indicators/downloads.ts and src/core/schemas/indicator.ts;
 * explained to readers on /data/.
 */
export const GET: APIRoute = async ({ site }) =>
	new Response(indicatorsJson(await loadIndicators(), site), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
