/**
 * A table a reader can sort by any column (progressive enhancement: without script
 * it keeps the printed order). Each sortable header gets a button; a second press
 * reverses; aria-sort says the order. Numbers sort as numbers, text by the Chinese
 * collation.
 */
export function makeSortable(table: HTMLTableElement): void {
	const body = table.tBodies[0];
	const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
	if (!body) return;
	const collator = new Intl.Collator('zh-CN', { numeric: true });
	headers.forEach((th) => {
		const column = th.cellIndex;
		const button = table.ownerDocument.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.append(...th.childNodes);
		th.append(button);
		button.addEventListener('click', () => {
			const ascending = th.getAttribute('aria-sort') !== 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sortValue ?? row.cells[column]?.textContent ?? '';
			const rows = [...body.rows].sort((a, b) => collator.compare(key(a), key(b)) * (ascending ? 1 : -1));
			body.append(...rows);
		});
	});
}

export function makeTablesSortable(doc: Document = document): void {
	for (const table of doc.querySelectorAll<HTMLTableElement>('table[data-sortable]')) makeSortable(table);
}
