/**
 * Puts each collation marker beside its block: an empty link drawn by CSS (so the
 * report text, what a reader copies and the search highlight's text nodes stay the
 * source's), named for assistive technology and titled for a pointer. Without script
 * the page lists the same markers below the text.
 */
interface Marker {
	id: string;
	label: string;
	href: string;
}

export function placeMarkers(doc: Document = document): void {
	const holder = doc.querySelector<HTMLElement>('[data-variant-markers]');
	if (!holder) return;
	const markers = JSON.parse(holder.dataset.variantMarkers ?? '[]') as Marker[];
	for (const marker of markers) {
		const block = doc.getElementById(marker.id);
		if (!block || !block.closest('article.report-text')) continue;
		const link = doc.createElement('a');
		link.className = 'variant-marker';
		link.href = marker.href;
		link.title = marker.label;
		link.setAttribute('aria-label', marker.label);
		block.append(link);
	}
}
