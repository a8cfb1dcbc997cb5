import type { APIRoute } from 'astro';
import { loadWords } from '../../../site/content-data.ts';
import { subjectTexts } from '../../../site/words/texts.ts';

/** /data/words/texts.json: every block's text, for the subject page (src/client/words/subject-page.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await subjectTexts(await loadWords())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
