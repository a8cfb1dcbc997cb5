import { SourceError } from './source-error.ts';

/**
 * Turns a source's bytes into text, refusing what is not a publication's text:
 * bytes that are not UTF-8 (located by line), and an empty file.
 * A UTF-8 byte-order mark and CRLF / CR line endings are accepted and normalised,
 * since editors add them without touching a character of the text.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		const { offset, truncated } = firstInvalidByte(bytes);
		const line = lineAtByte(bytes, offset);
		throw new SourceError(
			file,
			line,
			truncated ? `the file ends inside a character (byte ${offset}): it looks truncated` : `byte ${offset} is not valid UTF-8`,
			'UTF-8 text, as the publications are published',
		);
	}
	text = text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') {
		throw new SourceError(file, 1, 'the file is empty', 'the text of a publication');
	}
	return text;
}

/** Counts line ends as the decoded text will: LF, CRLF and a lone CR each end a line. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) {
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
	}
	return line;
}

/** The offset of the first byte that breaks UTF-8, and whether the break is the end of the file. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; truncated: boolean } {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (need < 0) return { offset: i, truncated: false };
		if (i + need >= bytes.length && need > 0) return { offset: i, truncated: true };
		for (let k = 1; k <= need; k++) {
			if ((bytes[i + k]! & 0xc0) !== 0x80) return { offset: i, truncated: false };
		}
		// Overlong and surrogate encodings are the decoder's to refuse; report their lead byte.
		if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) {
			return { offset: i, truncated: false };
		}
		if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) {
			return { offset: i, truncated: false };
		}
		i += need + 1;
	}
	return { offset: bytes.length, truncated: true };
}
