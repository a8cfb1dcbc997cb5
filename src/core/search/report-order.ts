/**
 * The sort key of every search record: its place in the shelf (newest report first, the
 * full text before its other editions, pages and paragraphs in the order of the
 * document). The results page asks Pagefind to sort by it unless the reader chooses
 * relevance.
 */
export const REPORT_ORDER = 'order';
