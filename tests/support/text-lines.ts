/** Lines of a real file the tests make bad: where a line stands, and the file with it replaced. */

/** The line (from 1) of the first line of `text` at or after line `from` that starts with `start`. */
export function lineStarting(text: string, start: string, from = 1): number {
	const index = text.split('\n').findIndex((line, at) => at >= from - 1 && line.startsWith(start));
	if (index < 0) throw new Error(`no line starts with “${start}”`);
	return index + 1;
}

/** `text` with its line `line` (from 1) replaced by `replacement`. */
export function withLine(text: string, line: number, replacement: string): string {
	const lines = text.split('\n');
	if (line < 1 || line > lines.length) throw new Error(`no line ${line}`);
	lines[line - 1] = replacement;
	return lines.join('\n');
}
