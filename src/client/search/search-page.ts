import { relatedQueries, runSearch, type Counts, type PagefindLike, type SearchOrder, type SearchRun } from './engine.ts';
import { loadPagefind } from './load-pagefind.ts';
import { loadSiteData } from './load-site-data.ts';
import { editionLabel, renderResults, renderSiteEntries } from './render.ts';
import { parseSearchState, searchQueryString, type SearchState } from './url-state.ts';
import { matchSiteEntries } from '../../core/search/site-data.ts';
import { FOLD_LABEL, allWordsQuery, readQuery } from '../../core/search/query-reading.ts';

/**
 * The search page: the URL holds the search (q, year, edition, order), the form edits
 * it, and the list shows only paragraphs that contain the query, with the site's own
 * data that matches it (indicators, glossary terms, livelihood projects) above them.
 * Each search is numbered; a slower, older one never overwrites a newer one's results.
 */
// The first results a search shows: a screenful, so that the first answer needs few
// fragment files; a reader who asks for more has chosen to scan, and gets more at a time.
const FIRST_BATCH = 10;
const MORE_BATCH = 30;
const TYPING_PAUSE_MS = 200;

interface Parts {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	list: HTMLElement;
	more: HTMLElement;
	hint: HTMLElement;
	related: HTMLElement;
	data: HTMLElement;
}

function parts(root: HTMLElement): Parts {
	const get = <T extends HTMLElement>(selector: string) => {
		const node = root.querySelector<T>(selector);
		if (!node) throw new Error(`search page: ${selector} is missing`);
		return node;
	};
	return {
		form: get<HTMLFormElement>('form'),
		input: get<HTMLInputElement>('input[name="q"]'),
		status: get('[data-search-status]'),
		list: get('#search-results'),
		more: get('[data-search-more-slot]'),
		hint: get('[data-search-hint]'),
		related: get('[data-search-related]'),
		data: get('[data-search-data]'),
	};
}

function formState(form: HTMLFormElement): SearchState {
	const data = new FormData(form);
	const value = (name: string) => {
		const v = data.get(name);
		return typeof v === 'string' && v !== '' ? v : null;
	};
	return { q: String(data.get('q') ?? ''), year: value('year'), edition: value('edition'), order: (value('order') as SearchOrder | null) ?? 'report' };
}

function showState(form: HTMLFormElement, state: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = state.q;
	for (const name of ['year', 'edition'] as const) {
		for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)) {
			radio.checked = radio.value === (state[name] ?? '');
		}
	}
	for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"][name="order"]')) radio.checked = radio.value === state.order;
	// A filter in force is never hidden behind the folded control (narrow screens).
	const fold = form.querySelector<HTMLDetailsElement>('.search-filters-fold');
	if (fold && (state.year || state.edition || state.order !== 'report')) fold.open = true;
}

function showCounts(form: HTMLFormElement, counts: Counts | null): void {
	for (const node of form.querySelectorAll<HTMLElement>('[data-count]')) {
		const [key, value] = (node.dataset.count ?? '').split(':') as [keyof Counts, string];
		if (!counts) node.textContent = '';
		else if (value === '') node.textContent = `（${Object.values(counts[key]).reduce((a, b) => a + b, 0)}）`;
		else node.textContent = `（${counts[key][value] ?? 0}）`;
	}
}

export function startSearchPage(root: HTMLElement): void {
	const { form, input, status, list, more, hint, related, data } = parts(root);
	const doc = root.ownerDocument;
	let latest = 0;
	let current: { run: SearchRun; state: SearchState; occurrences: number | null } | null = null;
	let typing: ReturnType<typeof setTimeout> | undefined;

	const setBusy = (busy: boolean) => list.setAttribute('aria-busy', String(busy));

	const showMore = (run: SearchRun) => {
		more.replaceChildren();
		if (!run.hasMore) return;
		const button = doc.createElement('button');
		button.type = 'button';
		button.setAttribute('data-search-more', '');
		button.textContent = `显示更多（还有 ${run.total - run.hits.length} 段）`;
		button.addEventListener('click', () => void loadMore());
		more.append(button);
	};

	const showHint = (state: SearchState, run: SearchRun) => {
		hint.replaceChildren();
		if (run.total > 0 || (!state.year && !state.edition)) return;
		const elsewhere = state.year ? Object.values(run.counts.year).reduce((a, b) => a + b, 0) : 0;
		const others = state.edition ? Object.values(run.counts.edition).reduce((a, b) => a + b, 0) : 0;
		const p = doc.createElement('p');
		p.append(`在所选范围内没有结果${elsewhere + others > 0 ? '，其他范围有结果' : ''}。试试`);
		const link = doc.createElement('a');
		link.href = `/search/${searchQueryString({ ...state, year: null, edition: null })}`;
		link.textContent = '去掉筛选条件';
		link.addEventListener('click', (event) => {
			event.preventDefault();
			void search({ ...state, year: null, edition: null }, 'push');
		});
		p.append(link, '。');
		hint.append(p);
	};

	// Only when nothing matches literally, and outside the results list.
	const showRelated = async (pagefind: PagefindLike, state: SearchState, run: SearchRun, mine: number) => {
		related.replaceChildren();
		related.hidden = true;
		if (run.total > 0) return;
		const found = await relatedQueries(pagefind, run.terms, state);
		if (mine !== latest || found.length === 0) return;
		const heading = doc.createElement('h2');
		heading.textContent = '相关查询（并非逐字匹配）';
		const ul = doc.createElement('ul');
		for (const { q, total } of found) {
			const li = doc.createElement('li');
			const link = doc.createElement('a');
			link.href = `/search/${searchQueryString({ ...state, q })}`;
			link.textContent = `“${q}”`;
			li.append(link, `（${total} 段）`);
			ul.append(li);
		}
		related.append(heading, ul);
		related.hidden = false;
	};

	// The status states the rule applied (one literal string, or several that must all occur),
	// echoes the strings as the reader typed them, and names every fold that changed them.
	const describe = (state: SearchState, run: SearchRun, occurrences: number | null) => {
		const scope = [state.year && `${state.year}年`, state.edition && editionLabel(state.edition)].filter(Boolean).join(' · ');
		const where = scope ? `（${scope}）` : '';
		const reading = readQuery(state.q);
		const typed = reading.typed.length > 0 ? reading.typed : [state.q.trim()];
		const several = typed.length > 1;
		const asked = several ? `同时包含${typed.map((t) => `“${t}”`).join('和')}` : `包含“${typed[0]}”`;
		const folded = reading.folds.length > 0 ? `；${reading.folds.map((fold) => FOLD_LABEL[fold]).join('，')}，按${reading.folded.map((t) => `“${t}”`).join('和')}查找` : '';
		// A named space fold says what “不计空格” would, about the reader's own space.
		const rule = `${several ? '各自逐字匹配' : '逐字匹配'}${reading.folds.includes('space') ? '' : '，不计空格'}${folded}`;
		if (run.total === 0) return `没有找到${asked}的段落${where}（${rule}）。`;
		const times = occurrences !== null ? `，共出现 ${occurrences} 次` : '';
		const shown = run.hits.length < run.total ? `，已显示 ${run.hits.length} 段` : '';
		return `共 ${run.total} 段${asked}${where}${times}（${rule}）${shown}。`;
	};

	// A spaced string found nothing: offer its words joined by “ + ”, with what that finds.
	const offerWords = async (pagefind: PagefindLike, state: SearchState, run: SearchRun, mine: number) => {
		const words = readQuery(state.q).words;
		if (run.total > 0 || !words) return;
		const q = allWordsQuery(words);
		const found = await runSearch(pagefind, q, state, state.order);
		if (mine !== latest) return;
		const p = doc.createElement('p');
		p.className = 'search-words-offer';
		p.append(`空格不分隔词语：“${state.q.trim()}”是按一整串查找的。要找同时包含${words.map((w) => `“${w}”`).join('和')}的段落，用两侧带空格的加号：`);
		const link = doc.createElement('a');
		link.href = `/search/${searchQueryString({ ...state, q })}`;
		link.textContent = q;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			void search({ ...state, q }, 'push');
		});
		p.append(link, `（${found.total} 段）。`);
		hint.append(p);
	};

	const showData = async (terms: readonly string[], mine: number) => {
		const entries = await loadSiteData().catch(() => []);
		if (mine !== latest) return;
		renderSiteEntries(data, matchSiteEntries(entries, terms), terms);
	};

	async function search(state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
		const mine = ++latest;
		showState(form, state);
		const url = `/search/${searchQueryString(state)}`;
		if (history === 'push' && url !== location.pathname + location.search) window.history.pushState(null, '', url);
		if (history === 'replace') window.history.replaceState(null, '', url);
		list.dataset.query = state.q;
		if (state.q.trim() === '') {
			current = null;
			list.replaceChildren();
			more.replaceChildren();
			hint.replaceChildren();
			related.replaceChildren();
			related.hidden = true;
			data.replaceChildren();
			data.hidden = true;
			showCounts(form, null);
			status.textContent = '输入要查找的文字：地名、术语、数字或记得的片段。';
			setBusy(false);
			return;
		}
		setBusy(true);
		status.textContent = '正在搜索…';
		try {
			const [pagefind] = await Promise.all([loadPagefind(), loadSiteData().catch(() => [])]);
			const run = await runSearch(pagefind, state.q, state, state.order);
			await run.more(FIRST_BATCH);
			const occurrences = await run.occurrences();
			if (mine !== latest) return;
			current = { run, state, occurrences };
			await showData(run.terms, mine);
			if (mine !== latest) return;
			renderResults(list, run.hits, run.terms, state.q);
			showCounts(form, run.counts);
			showMore(run);
			showHint(state, run);
			status.textContent = describe(state, run, occurrences);
			await offerWords(pagefind, state, run, mine);
			if (mine !== latest) return;
			await showRelated(pagefind, state, run, mine);
			if (mine !== latest) return;
		} catch (error) {
			if (mine !== latest) return;
			current = null;
			list.replaceChildren();
			more.replaceChildren();
			status.textContent = '搜索暂时无法使用，请稍后再试。';
			console.error(error);
		}
		setBusy(false);
	}

	async function loadMore(): Promise<void> {
		const active = current;
		if (!active) return;
		const mine = latest;
		setBusy(true);
		const added = await active.run.more(MORE_BATCH);
		if (mine !== latest || current !== active) return;
		const links = renderResults(list, active.run.hits, active.run.terms, active.state.q);
		showMore(active.run);
		status.textContent = describe(active.state, active.run, active.occurrences);
		setBusy(false);
		// Keyboard users continue where the new results start.
		const first = added[0] && links.get(added[0].url);
		(first ?? list.querySelector('a'))?.focus();
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		void search(formState(form), 'push');
	});
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => void search(formState(form), 'replace'), TYPING_PAUSE_MS);
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).type !== 'radio') return;
		clearTimeout(typing);
		void search(formState(form), 'push');
	});
	window.addEventListener('popstate', () => void search(parseSearchState(location.search), 'none'));

	void search(parseSearchState(location.search), 'none');
}
