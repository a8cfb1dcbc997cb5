import type { PagefindLike } from './engine.ts';

/**
 * Pagefind's script, fetched only when a search is actually run: nothing of the index
 * is downloaded with a page. The filter index is loaded with it, for exact counts.
 */
interface PagefindModule extends PagefindLike {
	init(): Promise<void>;
	filters(): Promise<unknown>;
}

let loading: Promise<PagefindLike> | undefined;

export function loadPagefind(bundle = '/pagefind/pagefind.js'): Promise<PagefindLike> {
	loading ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
		await pagefind.init();
		await pagefind.filters();
		return pagefind;
	})();
	// A failed load (offline, say) may be retried by the next search.
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
