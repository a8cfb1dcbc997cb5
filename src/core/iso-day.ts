/**
 * The reader's today as a citation or a printed page writes it (YYYY-MM-DD), from their
 * own clock. On its own so that every page's print header can use it without the citation code.
 */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
