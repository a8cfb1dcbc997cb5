import { MAX_QUERY_LENGTH } from '../../core/search/fold.ts';
import { WORDS_TEXTS_PATH, wordSearchHref, type SubjectTexts } from '../../core/words/paths.ts';
import { leadingPerYear } from '../../core/words/leading-edition.ts';
import { countSubject, subjectTerm, type SubjectRow } from './subject-count.ts';

/**
 * The subject page (/words/subject/?q=…): loads every block's text once, on demand, and
 * draws a bar per publication (occurrences per 10,000 characters), each bar the link to
 * the search of that publication, which lists the paragraphs it counts. Built with DOM
 * calls and textContent only: nothing typed or loaded becomes HTML.
 */
let texts: Promise<SubjectTexts> | undefined;

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(name);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function draw(table: HTMLTableSectionElement, rows: readonly SubjectRow[], query: string): void {
	const widest = Math.max(...rows.map((r) => r.rate), 0);
	table.replaceChildren(
		...rows.map((row) => {
			const tr = element('tr');
			if (row.recognised) tr.dataset.recognised = '';
			const name = element('th');
			name.scope = 'row';
			name.append(element('span', row.label));
			if (row.recognised) name.append(element('span', '图片文字识别', 'recognised'));
			const bar = element('td', undefined, 'bar-cell');
			const link = element('a', undefined, 'bar');
			link.href = wordSearchHref(subjectTerm(query), row);
			link.setAttribute('aria-label', `${row.label}：${row.occurrences}次，${row.paragraphs}段，每万字${row.rate.toFixed(2)}次；查看这些段落`);
			// The fill is a share of a track every row has alike, so that its length is its value whatever the label beside it.
			const track = element('span', undefined, 'track');
			const fill = element('span', undefined, 'fill');
			fill.style.width = `${widest === 0 ? 0 : (row.rate / widest) * 100}%`;
			track.append(fill);
			link.append(track, element('span', row.occurrences === 0 ? '无' : `${row.rate.toFixed(2)}`, 'value'));
			bar.append(link);
			tr.append(name, element('td', String(row.occurrences), 'num'), element('td', String(row.paragraphs), 'num'), element('td', row.rate.toFixed(2), 'num'), bar);
			return tr;
		}),
	);
}

export function startSubjectPage(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const digests = root.querySelector<HTMLInputElement>('[data-subject-recognised]')!;
	const status = root.querySelector<HTMLElement>('[data-subject-status]')!;
	const result = root.querySelector<HTMLElement>('[data-subject-result]')!;
	const body = result.querySelector('tbody')!;
	const caption = result.querySelector('caption')!;
	const searchAll = root.querySelector<HTMLAnchorElement>('[data-subject-search]')!;

	const showDigests = () => result.classList.toggle('without-recognised', !digests.checked);
	digests.addEventListener('change', showDigests);
	showDigests();

	const query = (new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	input.value = query;
	if (subjectTerm(query) === '') return;
	status.textContent = '正在统计……';
	texts ??= fetch(WORDS_TEXTS_PATH).then((r) => {
		if (!r.ok) throw new Error(`${WORDS_TEXTS_PATH}: ${r.status}`);
		return r.json() as Promise<SubjectTexts>;
	});
	texts
		.then((loaded) => {
			const rows = countSubject(loaded, query);
			const leading = leadingPerYear(rows);
			const total = leading.reduce((n, r) => n + r.occurrences, 0);
			caption.textContent = `“${subjectTerm(query)}”在各年报告中的出现次数`;
			draw(body, rows, query);
			searchAll.href = wordSearchHref(subjectTerm(query));
			result.hidden = false;
			status.textContent =
				total === 0
					? `各年报告中都没有“${subjectTerm(query)}”。`
					: `“${subjectTerm(query)}”在${leading.length}份报告中共出现${total}次（每年只计一个版本：${leading.map((r) => r.label).join('、')}；其他版本另列）。点击横条查看它所在的段落。`;
		})
		.catch(() => {
			status.textContent = '统计数据未能载入，请稍后重试。';
		});
}
