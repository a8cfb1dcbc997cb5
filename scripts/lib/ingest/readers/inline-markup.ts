import { type Inline, text } from '../model.ts';
import { SourceError } from '../source-error.ts';

/**
 * The inline Markdown of a digest line: `**…**` around figures becomes emphasis and
 * `<sub>…</sub>` a subscript (artefacts.ts, rule 5). Any other `<`, `*` or `#` is text.
 */
export function parseInlineMarkup(value: string, file: string, line: number): Inline[] {
	const root: Inline[] = [];
	let strong: Inline[] | undefined;
	let rest = value;
	const push = (node: Inline) => {
		const target = strong ?? root;
		const last = target.at(-1);
		if (node.type === 'text' && last?.type === 'text') last.value += node.value;
		else if (node.type !== 'text' || node.value !== '') target.push(node);
	};
	while (rest.length > 0) {
		const next = /\*\*|<sub>/.exec(rest);
		if (!next) {
			push(text(rest));
			break;
		}
		push(text(rest.slice(0, next.index)));
		rest = rest.slice(next.index + next[0].length);
		if (next[0] === '**') {
			if (strong) {
				if (strong.length === 0) throw new SourceError(file, line, 'an empty **…** emphasis', 'text between the ** markers');
				root.push({ type: 'strong', children: strong });
				strong = undefined;
			} else {
				strong = [];
			}
		} else {
			const end = rest.indexOf('</sub>');
			if (end < 0) throw new SourceError(file, line, '<sub> is not closed', '<sub>…</sub> on one line');
			push({ type: 'sub', value: rest.slice(0, end) });
			rest = rest.slice(end + '</sub>'.length);
		}
	}
	if (strong) throw new SourceError(file, line, 'a ** emphasis marker is not closed', 'emphasis as **…** on one line');
	return root;
}
