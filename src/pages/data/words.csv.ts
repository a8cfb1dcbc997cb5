import type { APIRoute } from 'astro';
import { loadWords } from '../../site/content-data.ts';
import { wordsCsv } from '../../site/words/views.ts';

/** /data/words.csv: the word lists of /words/, one row per word and publication (UTF-8 with BOM, for spreadsheets). */
export const GET: APIRoute = async ({ site }) => new Response(wordsCsv(await loadWords(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
