import { SEARCH_DATA_PATH, type SiteEntry } from '../../core/search/site-data.ts';

/** The site's own data for the search (src/pages/search/data.json.ts), fetched once, with the first search. */
let loading: Promise<SiteEntry[]> | undefined;

export function loadSiteData(path = SEARCH_DATA_PATH): Promise<SiteEntry[]> {
	loading ??= fetch(path).then((response) => {
		if (!response.ok) throw new Error(`search: ${path} answered ${response.status}`);
		return response.json() as Promise<SiteEntry[]>;
	});
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
