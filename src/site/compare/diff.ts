/**
 * A character diff of two versions of one paragraph, blind to white space: the
 * newspaper's spacing around numbers comes from its column layout, so only the
 * characters a reader reads are compared. Myers' O(ND) algorithm, fast for the few
 * differences two editions of one text have.
 */
export interface Marked {
	text: string;
	/** Characters this side has and the other does not. */
	changed: boolean;
}

export interface ParagraphDiff {
	/** Both sides with their changed runs marked; white space is never marked. */
	a: Marked[];
	b: Marked[];
	/** Characters changed on either side (white space not counted). */
	changes: number;
}

export function diffParagraphs(a: string, b: string): ParagraphDiff {
	const left = [...a];
	const right = [...b];
	const li = left.flatMap((c, i) => (/\s/u.test(c) ? [] : [i]));
	const ri = right.flatMap((c, i) => (/\s/u.test(c) ? [] : [i]));
	const { keepLeft, keepRight } = myers(
		li.map((i) => left[i]!),
		ri.map((i) => right[i]!),
	);
	const changedLeft = new Set(li.filter((_, k) => !keepLeft[k]));
	const changedRight = new Set(ri.filter((_, k) => !keepRight[k]));
	return { a: runs(left, changedLeft), b: runs(right, changedRight), changes: changedLeft.size + changedRight.size };
}

function runs(chars: string[], changed: Set<number>): Marked[] {
	const out: Marked[] = [];
	chars.forEach((char, i) => {
		const flag = changed.has(i);
		const last = out.at(-1);
		if (last && last.changed === flag) last.text += char;
		else out.push({ text: char, changed: flag });
	});
	return out;
}

/** Which elements of each sequence belong to a longest common subsequence. */
export function myers(a: readonly string[], b: readonly string[]): { keepLeft: boolean[]; keepRight: boolean[] } {
	const n = a.length;
	const m = b.length;
	const max = n + m;
	const offset = max + 1;
	let v = new Int32Array(2 * max + 3);
	const trace: Int32Array[] = [];
	let done = false;
	for (let d = 0; d <= max && !done; d++) {
		trace.push(v.slice());
		const next = v.slice();
		for (let k = -d; k <= d; k += 2) {
			let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			next[offset + k] = x;
			if (x >= n && y >= m) {
				done = true;
				break;
			}
		}
		v = next;
	}
	trace.push(v);
	const keepLeft = new Array<boolean>(n).fill(false);
	const keepRight = new Array<boolean>(m).fill(false);
	let x = n;
	let y = m;
	for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
		const vd = trace[d]!;
		const k = x - y;
		const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
		const prevX = d === 0 ? 0 : vd[offset + prevK]!;
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			keepLeft[x - 1] = true;
			keepRight[y - 1] = true;
			x--;
			y--;
		}
		if (d > 0) {
			x = prevX;
			y = prevY;
		}
	}
	return { keepLeft, keepRight };
}
