/**
 * Names the section being read in the reading-position control (ReadingPosition.astro):
 * of the sections the page outline lists (PageOutline.astro), the last whose first
 * block has passed below the header, named as the outline names it.
 */
export interface HeadingTop {
	text: string;
	top: number;
}

/** The last heading at or above `line` (the header's lower edge), or null above the first. */
export function currentHeading(headings: readonly HeadingTop[], line: number): string | null {
	let current: string | null = null;
	for (const heading of headings) {
		if (heading.top > line) break;
		current = heading.text;
	}
	return current;
}

export function showCurrentSection(doc: Document = document): void {
	const label = doc.querySelector<HTMLElement>('[data-current-section]');
	const headings = [...doc.querySelectorAll<HTMLAnchorElement>('.page-outline nav a[href^="#"]')].flatMap((link) => {
		const block = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
		return block ? [{ block, text: link.textContent?.trim() ?? '' }] : [];
	});
	const header = doc.querySelector<HTMLElement>('.site-header');
	if (!label || headings.length === 0) return;
	let queued = false;
	const update = () => {
		queued = false;
		const line = (header?.getBoundingClientRect().bottom ?? 0) + 8;
		const name = currentHeading(
			headings.map(({ block, text }) => ({ text, top: block.getBoundingClientRect().top })),
			line,
		);
		label.textContent = name ?? '';
		label.hidden = name === null;
	};
	window.addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(update);
		},
		{ passive: true },
	);
	update();
}
