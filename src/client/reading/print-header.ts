/**
 * The printed header's full address and date printed (Base.astro): the address the
 * reader has open where the build knows no public one, and the day the page goes to paper.
 */
export function keepPrintHeader(doc: Document = document): void {
	const address = doc.querySelector<HTMLElement>('[data-print="address"]');
	const date = doc.querySelector<HTMLElement>('[data-print="date"]');
	if (!address || !date) return;
	const fill = () => {
		if (!/^https?:\/\//.test(address.textContent ?? '')) address.textContent = `${location.origin}${location.pathname}`;
		// Swedish writes the day as YYYY-MM-DD, the citation's form, in the reader's own time zone.
		date.textContent = new Date().toLocaleDateString('sv');
	};
	fill();
	window.addEventListener('beforeprint', fill);
}
