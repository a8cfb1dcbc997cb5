import { parseFragment } from '../../core/fragment.ts';

/**
 * Keeps `--header-height` (global.css: the page's scroll-padding-top) equal to the sticky
 * header's real height, which grows as its links wrap on a narrow screen, so that a
 * link's target (#id, a range, a search result) lands with its first line in view.
 * Where the header changed height after the browser scrolled to the target, the
 * target is brought back into view, unless the reader has scrolled since.
 */
export function keepTargetsBelowHeader(doc: Document = document): void {
	const header = doc.querySelector<HTMLElement>('.site-header');
	if (!header) return;
	const root = doc.documentElement;
	let readerScrolled = false;
	for (const type of ['wheel', 'touchmove', 'keydown']) window.addEventListener(type, () => (readerScrolled = true), { once: true, passive: true });
	const measure = () => {
		const height = `${Math.ceil(header.getBoundingClientRect().height)}px`;
		if (root.style.getPropertyValue('--header-height') === height) return;
		root.style.setProperty('--header-height', height);
		if (!readerScrolled) target(doc)?.scrollIntoView({ block: 'start' });
	};
	measure();
	new ResizeObserver(measure).observe(header);
}

/** The element the fragment points at: the block, or a range's first block. */
function target(doc: Document): HTMLElement | null {
	const fragment = parseFragment(doc.location.hash);
	if (fragment.kind === 'block') return doc.getElementById(fragment.id);
	if (fragment.kind === 'range') return doc.getElementById(fragment.first);
	return null;
}
