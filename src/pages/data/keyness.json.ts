import type { APIRoute } from 'astro';
import { loadWords } from '../../site/words/load.ts';
import { keynessJson } from '../../site/words/views.ts';

/** /data/keyness.json: the key words of /words/ with their rule. */
export const GET: APIRoute = () => new Response(keynessJson(loadWords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
