import { citation, isoDay, type CitationContext, type ParagraphRange } from '../../core/citation.ts';
import { parseFragment, rangeFragment } from '../../core/fragment.ts';
import { STANDARD_NAME, type StandardEdition } from '../../core/gb7714.ts';

/**
 * The reading page's one piece of behaviour: a block's link (rehype-block-links.ts)
 * copies the block's URL and opens a small panel with that URL and a ready citation
 * in the chosen standard; Shift+click on a second link, or the panel's 至第…段, makes
 * the selection a range (#p3..p7). Arriving at a range marks it; a block id that no
 * longer exists is followed to where content/redirects.yml says it went.
 */
export function enhanceReadingPage(doc: Document = document): void {
	const article = doc.querySelector<HTMLElement>('article.report-text[data-citation]');
	const panel = doc.getElementById('block-actions');
	if (!article || !panel) return;
	const context = readJson<CitationContext>(article.dataset.citation, { authors: [], title: doc.title, type: 'R', unknown: [] });
	const urlField = panel.querySelector<HTMLTextAreaElement>('[data-field="url"]')!;
	const citationField = panel.querySelector<HTMLTextAreaElement>('[data-field="citation"]')!;
	const citationLabel = panel.querySelector<HTMLElement>('[data-field="citation-label"]')!;
	const lastField = panel.querySelector<HTMLInputElement>('[data-field="last"]')!;
	const status = panel.querySelector<HTMLElement>('[data-field="status"]')!;
	const formats = [...panel.querySelectorAll<HTMLInputElement>('input[name="citation-format"]')];
	let returnFocus: HTMLElement | null = null;
	let selection: { first: HTMLElement; last: HTMLElement } | null = null;
	// The block whose link was used: 引至第…段 extends from it, so a number typed on the way
	// (¶12, then 1 of 13) never moves the start for good.
	let anchor: HTMLElement | null = null;

	const pageUrl = () => `${article.dataset.site || location.origin}${location.pathname}`;
	const edition = (): StandardEdition => (formats.find((input) => input.checked)?.value === '2015' ? '2015' : '2025');

	const render = () => {
		if (!selection) return;
		const { first, last } = selection;
		const url = `${pageUrl()}#${rangeFragment(first.id, last.id)}`;
		const paragraphs = paragraphsOf(first, last);
		urlField.value = url;
		citationLabel.textContent = `引用（${STANDARD_NAME[edition()]}）`;
		citationField.value = citation(context, edition(), { url, accessed: isoDay(new Date()), ...(paragraphs ? { paragraphs } : {}) });
		if (doc.activeElement !== lastField) lastField.value = last.dataset.paragraph ?? '';
		for (const field of [urlField, citationField]) fitHeight(field);
	};

	const select = (first: HTMLElement, last: HTMLElement) => {
		selection = { first, last };
		markRange(article, first, last);
		history.replaceState(history.state, '', `#${rangeFragment(first.id, last.id)}`);
		render();
	};

	// A corrected paragraph shows it (the page lists them, with their earlier text on the changes page).
	for (const id of readJson<string[]>(article.dataset.corrected, [])) doc.getElementById(id)?.classList.add('is-corrected');

	// Arriving at a range: a ¶ inside it cites the range (the panel's 至第…段 changes it).
	let arrived = arrive(article, doc);
	window.addEventListener('hashchange', () => (arrived = arrive(article, doc)));

	doc.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.block-link');
		if (!link || !article.contains(link)) return;
		event.preventDefault();
		const block = link.parentElement;
		if (!block?.id) return;
		if (event.shiftKey && selection && anchor) {
			const [first, last] = inOrder(anchor, block);
			select(first, last);
		} else if (arrived && blocksBetween(article, arrived.first, arrived.last).includes(block)) {
			anchor = arrived.first;
			select(arrived.first, arrived.last);
		} else {
			anchor = block;
			select(block, block);
		}
		arrived = undefined;
		returnFocus = link;
		showNear(panel, selection!.first, selection!.last);
		const range = selection!.first !== selection!.last;
		void copy(urlField.value, urlField).then((copied) => {
			status.textContent = copied ? (range ? '已复制所选各段的链接。' : '已复制本段链接。') : '请手动复制下面的链接。';
		});
	});

	// As the reader types: every number that names a paragraph updates the range at once.
	lastField.addEventListener('input', () => {
		if (!selection || !anchor) return;
		const wanted = Number(lastField.value);
		const target = article.querySelector<HTMLElement>(`[data-paragraph="${Number.isInteger(wanted) ? wanted : ''}"]`);
		if (!target) return;
		const [first, last] = inOrder(anchor, target);
		select(first, last);
		// Nothing has been copied for the new range yet.
		status.textContent = '';
	});
	lastField.addEventListener('change', () => {
		if (selection) lastField.value = selection.last.dataset.paragraph ?? '';
	});
	for (const input of formats) input.addEventListener('change', render);

	panel.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
		if (!button) return;
		const isCitation = button.dataset.copy === 'citation';
		const field = isCitation ? citationField : urlField;
		void copy(field.value, field).then((copied) => {
			status.textContent = copied ? (isCitation ? `已复制引用（${STANDARD_NAME[edition()]}）。` : '已复制链接。') : '请手动复制。';
		});
	});

	panel.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState === 'closed') returnFocus?.focus();
	});
}

function readJson<T>(text: string | undefined, fallback: T): T {
	try {
		return text ? (JSON.parse(text) as T) : fallback;
	} catch {
		return fallback;
	}
}

function inOrder(a: HTMLElement, b: HTMLElement): [HTMLElement, HTMLElement] {
	return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? [b, a] : [a, b];
}

/** The numbered blocks from first to last, in document order. */
function blocksBetween(article: HTMLElement, first: HTMLElement, last: HTMLElement): HTMLElement[] {
	const all = [...article.querySelectorAll<HTMLElement>('[id]')];
	const start = all.indexOf(first);
	const end = all.indexOf(last);
	return start < 0 || end < start ? [] : all.slice(start, end + 1);
}

function paragraphsOf(first: HTMLElement, last: HTMLElement): ParagraphRange | undefined {
	const numbers = blocksBetween(first.closest('article') as HTMLElement, first, last)
		.map((block) => Number(block.dataset.paragraph))
		.filter((n) => Number.isInteger(n) && n > 0);
	return numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : undefined;
}

function markRange(article: HTMLElement, first: HTMLElement, last: HTMLElement): void {
	for (const marked of article.querySelectorAll('.is-marked')) marked.classList.remove('is-marked');
	for (const block of blocksBetween(article, first, last)) block.classList.add('is-marked');
}

/**
 * On arrival or a change of fragment: a range is marked and brought into view (the
 * browser scrolls to a single id by itself); a published id that moved is followed.
 */
function arrive(article: HTMLElement, doc: Document): { first: HTMLElement; last: HTMLElement } | undefined {
	const redirects = readJson<Record<string, string>>(article.dataset.redirects, {});
	const fragment = parseFragment(location.hash);
	if (fragment.kind === 'block') {
		if (!doc.getElementById(fragment.id) && redirects[fragment.id]) location.replace(redirects[fragment.id]!);
		return undefined;
	}
	if (fragment.kind !== 'range') return undefined;
	const moved = (id: string) => (!doc.getElementById(id) && redirects[id] ? redirects[id]!.split('#')[1] : undefined);
	const first = doc.getElementById(moved(fragment.first) ?? fragment.first);
	const last = doc.getElementById(moved(fragment.last) ?? fragment.last);
	if (!first || !last || !article.contains(first) || !article.contains(last)) return undefined;
	const [from, to] = inOrder(first, last);
	markRange(article, from, to);
	from.scrollIntoView({ block: 'start' });
	return { first: from, last: to };
}

/**
 * The panel beside what it cites, never over it: below the cited blocks when the panel
 * fits there, else above them; when neither has room, the blocks are scrolled to just
 * below the header first; a passage taller than the screen has the panel beside it, in
 * the wider margin, where the screen is wide enough. Only a phone's tall passage is covered.
 */
function showNear(panel: HTMLElement, first: HTMLElement, last: HTMLElement): void {
	panel.style.removeProperty('left');
	panel.style.removeProperty('width');
	panel.showPopover();
	// Measured only now that the panel is shown: a hidden box has no height to fit.
	for (const field of panel.querySelectorAll('textarea')) fitHeight(field);
	const gap = 8;
	const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
	const span = () => {
		const [a, b] = [first.getBoundingClientRect(), last.getBoundingClientRect()];
		return { top: a.top, bottom: b.bottom, left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
	};
	let box = span();
	const fitsBelow = () => box.bottom + gap + panel.offsetHeight <= window.innerHeight;
	const fitsAbove = () => box.top - gap - panel.offsetHeight >= header;
	if (!fitsBelow() && !fitsAbove()) {
		window.scrollBy({ top: box.top - header - gap, behavior: 'instant' });
		box = span();
	}
	if (!fitsBelow() && !fitsAbove()) placeBeside(panel, box, gap);
	const height = panel.offsetHeight;
	const at = fitsBelow() ? box.bottom + gap : fitsAbove() ? box.top - gap - height : window.innerHeight - height - gap;
	panel.style.top = `${Math.max(gap, at)}px`;
	panel.querySelector<HTMLButtonElement>('button[data-copy="url"]')?.focus();
}

/** The panel in the wider of the two margins beside a passage, narrowed to it, where that margin holds a usable panel. */
function placeBeside(panel: HTMLElement, box: { left: number; right: number }, gap: number): void {
	const leftRoom = box.left - 2 * gap;
	const rightRoom = window.innerWidth - box.right - 2 * gap;
	const room = Math.max(leftRoom, rightRoom);
	if (room < 280) return;
	panel.style.width = `${Math.min(room, panel.offsetWidth)}px`;
	panel.style.left = leftRoom >= rightRoom ? `${gap}px` : `${box.right + gap}px`;
}

/** A read-only box as tall as its text, so that a long URL wraps in view rather than scrolls out of it. */
function fitHeight(field: HTMLTextAreaElement): void {
	field.style.height = 'auto';
	field.style.height = `${field.scrollHeight + 2}px`;
}

async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
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
