import { loadShelf } from '../collections.ts';
import { publicationBlocks } from '../publication-blocks.ts';
import { loadSuspects } from '../content-data.ts';
import { placeSuspects, type PlacedSuspect } from './suspects.ts';

let placed: Promise<PlacedSuspect[]> | undefined;

/** The declared suspects, each placed in its block (build time only). */
export function loadPlacedSuspects(): Promise<PlacedSuspect[]> {
	placed ??= (async () => {
		const shelf = (await loadShelf()).flatMap((year) => year.publications);
		const blocks = new Map(await Promise.all(shelf.map(async (entry) => [entry.publication.id, await publicationBlocks(entry)] as const)));
		return placeSuspects(
			await loadSuspects(),
			shelf.map((entry) => entry.publication),
			(id) => blocks.get(id) ?? [],
		);
	})();
	return placed;
}
