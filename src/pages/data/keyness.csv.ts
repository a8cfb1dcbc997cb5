import type { APIRoute } from 'astro';
import { loadWords } from '../../site/content-data.ts';
import { keynessCsv } from '../../site/words/views.ts';

/** /data/keyness.csv: the key words of /words/, one row per word and report (UTF-8 with BOM, for spreadsheets). */
export const GET: APIRoute = async ({ site }) => new Response(keynessCsv(await loadWords(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
