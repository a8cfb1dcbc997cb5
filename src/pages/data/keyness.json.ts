import type { APIRoute } from 'astro';
import { loadWords } from '../../site/content-data.ts';
import { keynessJson } from '../../site/words/views.ts';

/** /data/keyness.json: the key words of /words/ with their rule. */
export const GET: APIRoute = async () => new Response(keynessJson(await loadWords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
