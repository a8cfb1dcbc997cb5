import { getCollection } from 'astro:content';
import { EDITION_LABEL } from '../../core/shelf.ts';
import type { Edition } from '../../core/schemas/publication.ts';
import { pagePath } from '../../core/urls.ts';
import type { SubjectTexts } from '../../core/words/paths.ts';
import type { WordsData } from '../../core/words/words-data.ts';
import { loadPageModels } from '../page-models.ts';

/**
 * /data/words/texts.json: every block's text, per publication and page, for the subject
 * page to count any word or phrase in the browser (loaded only when it is asked).
 */
export async function subjectTexts(words: WordsData): Promise<SubjectTexts> {
	const publications = await getCollection('publications');
	const models = await loadPageModels();
	return {
		publications: words.publications.map((counted) => {
			const publication = publications.find((p) => p.data.id === counted.id)!.data;
			const pages = (models.get(publication.id) ?? []).map((model) => ({
				path: pagePath(publication, model.data.slug),
				blocks: model.blocks.map((b): [string, string] => [b.id, b.text]),
			}));
			return {
				id: publication.id,
				year: publication.year,
				edition: publication.edition,
				label: `${publication.year}年${EDITION_LABEL[publication.edition as Edition]}`,
				recognised: counted.recognised,
				characters: counted.characters,
				pages,
			};
		}),
	};
}
