import { figureAt, findFigures, type Figure } from './figures.ts';
import type { SeriesDefinition, SeriesName, Span } from './catalog.ts';
import type { Unit } from './figures.ts';

/**
 * Finding what a sentence states about each indicator. A sentence is cut at 。；; and
 * a line end; in it, every indicator name is found (the longest name where two start
 * at one place, so 人均地区生产总值 is not 地区生产总值), and what follows a name up
 * to the next name is read the way its series is written (catalog.ts).
 */

export interface Statement {
	series: string;
	value: number | null;
	qualifier: string | null;
	/** The words of the text the statement is read from, from the name to the end of its figure or phrase. */
	quote: string;
	/** Where the quote starts in the text given to readStatements. */
	start: number;
	/** Only where the wording itself says so: 年均, 累计, 最高年产量. */
	span?: Span;
	/** Only where the figure is printed in one of the series' other units (亿美元 for a series in 亿元). */
	unit?: Unit;
}

interface NameHit {
	/** The series the name belongs to, each with its own reading of it (span, pick). */
	series: { definition: SeriesDefinition; name: SeriesName }[];
	start: number;
	end: number;
}

const SENTENCE_END = /[。；;！？\n]/u;
/** How far after its name a level's figure may stand (…增加近1000亿元，稳步达到3000亿元以上). */
const LEVEL_REACH = 20;
/** A figure after one of these words is a change (增加近1000亿元), not a level. */
const CHANGE_WORDS = /(?:增加|增长|提高|下降|减少|降低)$/u;

export function splitSentences(text: string): { start: number; text: string }[] {
	const sentences: { start: number; text: string }[] = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || SENTENCE_END.test(text[i]!)) {
			if (i > start) sentences.push({ start, text: text.slice(start, i) });
			start = i + 1;
		}
	}
	return sentences;
}

/** The names of the given series in a sentence, leftmost and longest first, none overlapping. */
export function findNames(sentence: string, series: readonly SeriesDefinition[]): NameHit[] {
	const byText = new Map<string, NameHit['series']>();
	for (const definition of series) {
		for (const name of definition.names) byText.set(name.text, [...(byText.get(name.text) ?? []), { definition, name }]);
	}
	const texts = [...byText.keys()].sort((a, b) => b.length - a.length);
	const hits: NameHit[] = [];
	for (let i = 0; i < sentence.length;) {
		const text = texts.find((t) => sentence.startsWith(t, i));
		if (!text) {
			i++;
			continue;
		}
		hits.push({ series: byText.get(text)!, start: i, end: i + text.length });
		i += text.length;
	}
	return hits;
}

/** Every statement a text makes about the given indicators, in order. */
export function readStatements(text: string, series: readonly SeriesDefinition[]): Statement[] {
	const statements: Statement[] = [];
	for (const sentence of splitSentences(text)) {
		const hits = findNames(sentence.text, series);
		hits.forEach((hit, index) => {
			const claimEnd = hits[index + 1]?.start ?? sentence.text.length;
			for (const { definition, name } of hit.series) {
				const statement = readClaim(sentence.text, hit, name, claimEnd, definition);
				if (statement) statements.push({ ...statement, start: statement.start + sentence.start });
			}
		});
	}
	return statements;
}

function readClaim(sentence: string, hit: NameHit, name: SeriesName, claimEnd: number, definition: SeriesDefinition): Statement | undefined {
	let from = hit.start;
	if (name.subject !== undefined) {
		from = sentence.lastIndexOf(name.subject, hit.start - name.subject.length);
		if (from === -1) return undefined;
	}
	if (definition.reading === 'count') return readCount(sentence, hit, name, definition);
	const numeric = readFigure(sentence, hit, name, claimEnd, definition);
	if (numeric) {
		const { figure, span } = numeric;
		const nameSpan = name.span ?? span;
		return {
			series: definition.id,
			value: figure.value,
			qualifier: figure.qualifier,
			quote: sentence.slice(from, figure.end),
			start: from,
			...(nameSpan ? { span: nameSpan } : {}),
			...(figure.unit !== definition.unit && figure.unit !== null ? { unit: figure.unit } : {}),
		};
	}
	for (const phrase of definition.phrases ?? []) {
		const match = phrase.exec(sentence.slice(hit.start, claimEnd));
		if (match) {
			return { series: definition.id, value: null, qualifier: match.groups?.q ?? null, quote: match[0], start: hit.start };
		}
	}
	return undefined;
}

/** Where a clause starts and ends: a count's quote is its clause (剩余1.6万贫困人口实现脱贫). */
const CLAUSE_START = /[，,：:]/u;
const CLAUSE_END = /[，,]/u;

/** A count: the figure right before the name, ending in the name's measure word (57个贫困旗县). */
function readCount(sentence: string, hit: NameHit, name: SeriesName, definition: SeriesDefinition): Statement | undefined {
	if (name.counter === undefined) throw new Error(`${definition.id}: a count reading needs the measure word (counter) of each name`);
	const before = new RegExp(`(?<number>\\d+(?:\\.\\d+)?)${name.counter}$`, 'u').exec(sentence.slice(0, hit.start));
	if (!before) return undefined;
	let start = before.index;
	while (start > 0 && !CLAUSE_START.test(sentence[start - 1]!)) start--;
	let end = hit.end;
	while (end < sentence.length && !CLAUSE_END.test(sentence[end]!)) end++;
	return { series: definition.id, value: Number(before.groups!.number), qualifier: null, quote: sentence.slice(start, end), start };
}

/** The words between the name and the figure, for the readings that allow some. */
const LEADS: Record<'growth' | 'decline' | 'rate' | 'pair', RegExp> = {
	growth: /(?<lead>同口径|年均)?增长/uy,
	decline: /降低/uy,
	rate: /(?:控制在|达到|为)?/uy,
	pair: /分别增长/uy,
};

function readFigure(sentence: string, hit: NameHit, name: SeriesName, claimEnd: number, definition: SeriesDefinition): { figure: Figure; span?: Span } | undefined {
	const claim = sentence.slice(0, claimEnd);
	const units: readonly (Unit | null)[] = [definition.unit, ...(definition.otherUnits ?? [])];
	switch (definition.reading) {
		case 'qualitative':
		case 'count':
			return undefined;
		case 'level': {
			for (const figure of findFigures(claim.slice(hit.end))) {
				const start = hit.end + figure.start;
				if (start - hit.end > LEVEL_REACH) break;
				if (!units.includes(figure.unit)) continue;
				const between = claim.slice(hit.end, start);
				if (CHANGE_WORDS.test(between)) continue;
				const placed = { ...figure, start, end: hit.end + figure.end };
				return between.startsWith('累计') ? { figure: placed, span: 'period-total' } : { figure: placed };
			}
			return undefined;
		}
		case 'pair': {
			const lead = LEADS.pair;
			lead.lastIndex = hit.end;
			if (!lead.exec(claim)) return undefined;
			const first = figureAt(claim, lead.lastIndex);
			if (!first || first.unit !== definition.unit) return undefined;
			const joiner = /[和、与及]/uy;
			joiner.lastIndex = first.end;
			if (!joiner.exec(claim)) return undefined;
			const second = figureAt(claim, joiner.lastIndex);
			if (!second || second.unit !== definition.unit) return undefined;
			return { figure: name.pick === 1 ? second : first };
		}
		default: {
			const lead = LEADS[definition.reading];
			lead.lastIndex = afterLevel(claim, hit.end);
			const match = lead.exec(claim);
			if (!match) return undefined;
			const figure = figureAt(claim, lead.lastIndex);
			if (!figure || figure.unit !== definition.unit) return undefined;
			return match.groups?.lead === '年均' ? { figure, span: 'period-average' } : { figure };
		}
	}
}

/**
 * Where a change's words start: right after the name, or after a level and a 、 or ，
 * where the sentence gives the level first (外贸规模突破 2100 亿元、增长 10% 以上).
 */
function afterLevel(claim: string, from: number): number {
	const level = figureAt(claim, from);
	if (!level || level.unit === null || level.unit === '%') return from;
	const joiner = /[、，,]/uy;
	joiner.lastIndex = level.end;
	return joiner.exec(claim) ? joiner.lastIndex : from;
}
