/**
 * An error in a source publication, located so that whoever edits the source can
 * find it: `content/sources/x.txt:12: what is wrong (expected: what would be right)`.
 */
export class SourceError extends Error {
	readonly file: string;
	readonly line: number;
	readonly expected: string | undefined;

	constructor(file: string, line: number, problem: string, expected?: string) {
		super(`${file}:${line}: ${problem}${expected ? ` (expected: ${expected})` : ''}`);
		this.name = 'SourceError';
		this.file = file;
		this.line = line;
		this.expected = expected;
	}
}
