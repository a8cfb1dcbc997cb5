/**
 * The header search box: a plain form to /search/ (it works without script), focused
 * with `/` or Ctrl/⌘+K. On the search page the shortcut goes to that page's own box.
 * It loads nothing of the index: the search page does, once there is a query.
 */
function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function startSearchShortcuts(doc: Document = document): void {
	doc.addEventListener('keydown', (event) => {
		const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
		if (!shortcut && !slash) return;
		const box = doc.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ?? doc.querySelector<HTMLInputElement>('[data-site-search] input[name="q"]');
		if (!box) return;
		event.preventDefault();
		box.focus();
		box.select();
	});
}
