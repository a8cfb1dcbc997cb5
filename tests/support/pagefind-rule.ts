/** Pagefind's rule, restated: a query word matches every indexed word it is a prefix of. */
export function matches(words: readonly string[], query: string): boolean {
	return words.some((word) => word.startsWith(query));
}
