import type { APIRoute } from 'astro';
import { indicatorsJson } from '../../site/indicators/downloads.ts';
import { loadIndicators } from '../../site/indicators/load.ts';

/**
 * /data/indicators.json: every indicator's targets and outcomes with their quotes and
 * paragraph links. Schema: src/site/indicators/downloads.ts and src/core/schemas/indicator.ts.
 */
export const GET: APIRoute = async ({ site }) =>
	new Response(indicatorsJson(await loadIndicators(), site, 'Read from the report text by scripts/indicators.ts; served by src/pages/data/indicators.json.ts.'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
