import { citation, type CitationContext } from '../../core/citation.ts';

/**
 * The reading page's one piece of behaviour: a block's link (rehype-block-links.ts)
 * copies the block's URL and opens a small panel with that URL and a ready citation.
 * Also follows redirects declared for block ids that no longer exist.
 */
export function enhanceReadingPage(doc: Document = document): void {
	const article = doc.querySelector<HTMLElement>('article.report-text[data-citation]');
	const panel = doc.getElementById('block-actions');
	if (!article || !panel) return;
	const context = JSON.parse(article.dataset.citation ?? '{}') as Omit<CitationContext, 'url'>;
	const urlField = panel.querySelector<HTMLInputElement>('[data-field="url"]')!;
	const citationField = panel.querySelector<HTMLTextAreaElement>('[data-field="citation"]')!;
	const status = panel.querySelector<HTMLElement>('[data-field="status"]')!;
	let returnFocus: HTMLElement | null = null;

	followRedirect(article, doc);

	doc.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.block-link');
		if (!link || !article.contains(link)) return;
		event.preventDefault();
		const id = link.hash.slice(1);
		const block = doc.getElementById(id);
		if (!block) return;
		const page = `${location.origin}${location.pathname}`;
		const url = `${page}#${id}`;
		history.replaceState(history.state, '', `#${id}`);
		for (const marked of article.querySelectorAll('.is-marked')) marked.classList.remove('is-marked');
		block.classList.add('is-marked');
		urlField.value = url;
		citationField.value = citation(id, { ...context, url: page });
		returnFocus = link;
		showNear(panel, block);
		void copy(url, urlField).then((copied) => {
			status.textContent = copied ? '已复制本段链接。' : '请手动复制下面的链接。';
		});
	});

	panel.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
		if (!button) return;
		const field = button.dataset.copy === 'citation' ? citationField : urlField;
		void copy(field.value, field).then((copied) => {
			status.textContent = copied ? (button.dataset.copy === 'citation' ? '已复制引用。' : '已复制本段链接。') : '请手动复制。';
		});
	});

	panel.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState === 'closed') returnFocus?.focus();
	});
}

function showNear(panel: HTMLElement, block: HTMLElement): void {
	panel.showPopover();
	// Below the block when it fits, otherwise as high as keeps the whole panel on screen.
	const rect = block.getBoundingClientRect();
	const room = window.innerHeight - panel.offsetHeight - 8;
	panel.style.top = `${Math.max(8, Math.min(rect.bottom + 8, room))}px`;
	panel.querySelector<HTMLButtonElement>('button[data-copy="url"]')?.focus();
}

async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// No clipboard permission (an insecure origin, a denied prompt): leave the text selected.
		field.focus();
		field.select();
		return false;
	}
}

/** A published block id that moved: the page lists where it went (content/redirects.yml). */
function followRedirect(article: HTMLElement, doc: Document): void {
	const redirects = JSON.parse(article.dataset.redirects ?? '{}') as Record<string, string>;
	const go = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		if (id && !doc.getElementById(id) && redirects[id]) location.replace(redirects[id]);
	};
	go();
	window.addEventListener('hashchange', go);
}
