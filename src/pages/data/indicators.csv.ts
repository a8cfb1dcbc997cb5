import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../site/indicators/downloads.ts';
import { loadIndicators } from '../../site/indicators/load.ts';

/** /data/indicators.csv: the points of /data/indicators.json, one row each (UTF-8 with BOM, for spreadsheets). */
export const GET: APIRoute = async ({ site }) => new Response(indicatorsCsv(await loadIndicators(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
