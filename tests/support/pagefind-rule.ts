/**
 * Pagefind's matching rules, restated for stand-ins (documented: “Searching”, and
 * “quoted phrases” in the multilingual docs): an unquoted query word matches every
 * indexed word it is a prefix of; a quoted phrase matches its words exactly, at
 * consecutive places. Returns the places matched (for a phrase, where it starts).
 */
export function matchPlaces(words: readonly string[], query: string): number[] {
	const quoted = /^\s*"(.+)"\s*$/.exec(query);
	if (!quoted) {
		const word = query.trim();
		return words.flatMap((w, at) => (w.startsWith(word) ? [at] : []));
	}
	const phrase = quoted[1]!.split(' ').filter(Boolean);
	return words.flatMap((_, at) => (phrase.every((word, k) => words[at + k] === word) ? [at] : []));
}
