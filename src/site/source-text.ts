/** Where the published sources are, from the project root: one file each, as published. */
export const SOURCES_FOLDER = 'content/sources';

/** A source's text for display: UTF-8, its byte-order mark (if any) dropped, every other character as published. */
export function decodeSourceText(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
}
