/** The little of the reference-manager parsers the citation tests use (neither ships types). */
declare module 'bibtex-parse' {
	/** Entries with the key, the type in lower case and every field upper-cased, braces stripped. */
	const bibtexParse: { entries(text: string): ({ key: string; type: string } & Record<string, string | undefined>)[] };
	export default bibtexParse;
}
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: { forceType?: string });
		data: unknown[];
	}
	export const plugins: unknown;
}
declare module '@citation-js/plugin-ris';
