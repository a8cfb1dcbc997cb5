/**
 * How the benchmarks summarise what they measure: medians, growth exponents, the
 * build's step times, run orders and plain-text tables. Pure functions (unit-tested).
 */

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How fast a quantity grows with the corpus: the exponent k in value ∝ size^k between
 * two measurements. 1 is linear growth, below 1 is sub-linear (fixed costs dominate),
 * 2 is quadratic.
 */
export function growthExponent(fromSize: number, fromValue: number, toSize: number, toValue: number): number {
	if (fromSize <= 0 || toSize <= 0 || fromValue <= 0 || toValue <= 0 || fromSize === toSize) {
		throw new Error(`growth exponent needs two positive sizes and values (${fromSize}: ${fromValue}, ${toSize}: ${toValue})`);
	}
	return Math.log(toValue / fromValue) / Math.log(toSize / fromSize);
}

/**
 * The steps scripts/build.ts reports (`build: <step> done in <s> s`) and their seconds.
 * A step the worker finishes while Astro is printing a route lands mid-line, after it.
 */
export function buildSteps(log: string): Record<string, number> {
	return Object.fromEntries([...log.matchAll(/build: (.+?) done in ([\d.]+) s$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

/**
 * The order in which to run several builds `runs` times each, reversing the order in
 * every other round (A B C, C B A, A B C …), so that a slow spell on a shared machine
 * falls on all of them alike rather than on one.
 */
export function interleavedOrder<T>(kinds: readonly T[], runs: number): T[] {
	const order: T[] = [];
	for (let round = 0; round < runs; round++) order.push(...(round % 2 === 0 ? kinds : [...kinds].reverse()));
	return order;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
	return seconds < 100 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(0)} s`;
}

/** A plain-text table, columns padded to their widest cell (CJK-unaware: the benches print ASCII). */
export function textTable(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}
