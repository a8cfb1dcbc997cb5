import { endsSentence, isHeadingLike, numberedLabel, type Numbered } from '../../../../src/core/structure.ts';
import { type Block, type Inline, type Page, plainText, text } from '../model.ts';
import { SourceError } from '../source-error.ts';

/** A paragraph of a full text, once its layout is undone: one line of text and where it starts. */
export interface SourceParagraph {
	text: string;
	line: number;
}

export interface ReportPagesOptions {
	file: string;
	/** The text starts inside a part whose heading is not in this publication (a newspaper's middle pages). */
	startsMidReport?: boolean;
	/**
	 * The exact heading lines of the parts, in order, where the report does not number
	 * them (the manifest's `divisions`). Its 一、 lines are then sections of a part and its
	 * （一） lines one level below.
	 */
	divisions?: readonly string[];
}

/** The salutation that opens a report's speech: the title lines stand above it. */
export const SALUTATION = /^各位代表[：:]$/;
const PROJECT = /^\d{1,3}[.．、]/;
/** A livelihood project as the annex lists it, numbered or not: it ends naming its lead agencies. */
const LEAD_AGENCIES = /（牵头(?:责任)?单位[：:][^（）]+）[。；]?$/;
/** A glossary entry, `term：definition`, with the term short enough to be a term. */
const TERM = /^([^：。]{1,40})：/;

const DECLARE_LEVEL =
	'where the line heads a part, list the report’s part heading lines, exactly and in order, under `divisions` in its entry of content/sources/manifest.yml; where a page break split a paragraph after it, list the line under `joins`';

interface Reading {
	file: string;
	pages: Page[];
	page: Page;
	divisions: readonly string[];
	/** Part, group (一、 inside a declared part) and section numbers read so far, to check their order. */
	lastPart: number | undefined;
	lastGroup: number;
	lastSection: number;
	annexTitlePending: boolean;
}

/**
 * Builds the pages of a full-text report from its paragraphs: an opening page
 * (title lines, salutation, introduction), one page per part and one per annex,
 * with sections, review items, annex groups, livelihood projects and glossary terms
 * found by how the reports number them. Parts are the 一、 lines, or the declared
 * `divisions`; a heading-like line whose level the text does not tell is refused.
 */
export function buildReportPages(paragraphs: readonly SourceParagraph[], options: ReportPagesOptions): Page[] {
	const { file } = options;
	const first = paragraphs[0];
	if (!first) throw new SourceError(file, 1, 'the file holds no text', 'the paragraphs of a report');
	const divisions = options.divisions ?? [];
	checkDivisions(paragraphs, divisions, file);

	const salutation = paragraphs.findIndex((p) => SALUTATION.test(p.text));
	const isPart = (value: string) => (divisions.length > 0 ? divisions.includes(value) : isPartHeading(value));
	const firstPart = paragraphs.findIndex((p) => isPart(p.text));
	if (firstPart < 0) {
		throw new SourceError(
			file,
			first.line,
			'no part heading found',
			`parts numbered 一、二、三、… on lines of their own; ${DECLARE_LEVEL.replace('where the line heads a part', 'where the report heads its parts with unnumbered lines')}`,
		);
	}
	const page: Page = options.startsMidReport
		? { slug: 'continued', kind: 'part', line: first.line, blocks: [], continued: true }
		: { slug: 'opening', kind: 'opening', line: first.line, blocks: [] };
	const reading: Reading = { file, pages: [page], page, divisions, lastPart: undefined, lastGroup: 0, lastSection: 0, annexTitlePending: false };
	// Where no salutation opens the speech, the report's body starts at its first part.
	const bodyStart = salutation >= 0 ? salutation + 1 : firstPart;

	paragraphs.forEach((paragraph, index) => {
		if (index < salutation && !options.startsMidReport) {
			// Title lines above the salutation: the report's title, then its date and speaker.
			reading.page.blocks.push(index === 0 ? heading(2, paragraph.text, paragraph.line) : para([text(paragraph.text)], paragraph.line));
			return;
		}
		readParagraph(reading, paragraph, { body: index >= bodyStart, startsMidReport: options.startsMidReport === true });
	});

	const lastParagraph = paragraphs.at(-1)!;
	if (reading.annexTitlePending) {
		throw new SourceError(file, reading.page.line, 'an annex without a title', 'the annex’s title on the line after 附件, or on the same line (附件1：…)');
	}
	const endsList = reading.page.kind === 'annex' && LEAD_AGENCIES.test(lastParagraph.text);
	if (!endsSentence(lastParagraph.text) && !endsList && !options.startsMidReport) {
		throw new SourceError(file, lastParagraph.line, 'the text stops in mid-sentence: the file looks truncated', 'the report to end with a full sentence');
	}
	return reading.pages;
}

function readParagraph(reading: Reading, paragraph: SourceParagraph, where: { body: boolean; startsMidReport: boolean }): void {
	const { text: value, line } = paragraph;
	const label = numberedLabel(value);
	if (label?.kind === 'annex') return openAnnex(reading, label, value, line);
	if (reading.page.kind === 'annex') return readAnnexLine(reading, value, line);
	const declared = reading.divisions.length > 0;
	if (declared ? reading.divisions.includes(value) : label?.kind === 'part' && isPartHeading(value)) {
		const number = declared ? reading.divisions.indexOf(value) + 1 : label!.number;
		return openPart(reading, { number, label: declared ? String(number) : label!.label }, value, line, where.startsMidReport);
	}
	const page = reading.page;
	if (declared && label?.kind === 'part' && isPartHeading(value) && page.kind === 'part') {
		checkOrder(reading.file, line, 'section', label, reading.lastGroup);
		reading.lastGroup = label.number;
		reading.lastSection = 0;
		page.blocks.push(heading(2, value, line));
		return;
	}
	if (label?.kind === 'section' && page.kind === 'part') {
		if (!(where.startsMidReport && reading.lastSection === 0)) checkOrder(reading.file, line, declared ? 'subsection' : 'section', label, reading.lastSection);
		reading.lastSection = label.number;
		if (!value.includes('。')) {
			page.blocks.push(heading(declared ? 3 : 2, value, line));
			return;
		}
	}
	if (where.body && !label && isHeadingLike(value)) {
		throw new SourceError(reading.file, line, `the line “${value}” reads as a heading, but the text does not say at what level`, DECLARE_LEVEL);
	}
	page.blocks.push(para(runIn(value), line));
}

function openPart(reading: Reading, part: { number: number; label: string }, value: string, line: number, startsMidReport: boolean): void {
	const { pages, lastPart } = reading;
	const { number } = part;
	if (lastPart !== undefined && number !== lastPart + 1) {
		throw new SourceError(reading.file, line, `part ${part.label} follows part ${lastPart}`, `part ${lastPart + 1} next`);
	}
	if (startsMidReport && lastPart === undefined && pages[0]!.blocks.length > 0) {
		// Text before part N's heading is the end of part N − 1; before part 一 it is the opening.
		if (number > 1) {
			pages[0]!.slug = `part-${number - 1}`;
			pages[0]!.number = number - 1;
		} else {
			Object.assign(pages[0]!, { slug: 'opening', kind: 'opening', continued: true });
		}
	} else if (pages[0]!.blocks.length === 0 && pages[0] === reading.page) {
		pages.pop();
	}
	reading.lastPart = number;
	reading.lastGroup = 0;
	reading.lastSection = 0;
	reading.page = { slug: `part-${number}`, kind: 'part', number, line, blocks: [heading(1, value, line)] };
	pages.push(reading.page);
}

function openAnnex(reading: Reading, label: Numbered, value: string, line: number): void {
	if (reading.annexTitlePending) {
		throw new SourceError(reading.file, reading.page.line, 'an annex without a title', 'the annex’s title on the line after 附件, or on the same line (附件1：…)');
	}
	const slug = `annex-${label.number}`;
	if (reading.pages.some((p) => p.slug === slug)) {
		throw new SourceError(reading.file, line, `a second annex numbered ${label.number}`, 'annexes numbered 附件1, 附件2, … where a report has more than one');
	}
	reading.annexTitlePending = label.title === undefined;
	reading.page = { slug, kind: 'annex', number: label.number, line, blocks: [heading(1, value, line)] };
	reading.pages.push(reading.page);
}

function readAnnexLine(reading: Reading, value: string, line: number): void {
	const page = reading.page;
	const label = numberedLabel(value);
	if (reading.annexTitlePending) {
		if (!isHeadingLike(value)) {
			throw new SourceError(
				reading.file,
				line,
				`an annex without a title: “${value.slice(0, 30)}…” follows ${plainText((page.blocks[0] as { children: Inline[] }).children)}`,
				'the annex’s title on the line after 附件, or on the same line (附件1：…)',
			);
		}
		reading.annexTitlePending = false;
		page.blocks.push(heading(2, value, line));
	} else if ((label?.kind === 'part' && isPartHeading(value)) || (label?.kind === 'section' && isHeadingLike(value))) {
		page.blocks.push(heading(3, value, line));
	} else if (isAnnexListItem(value)) {
		const last = page.blocks.at(-1);
		const item = { children: [text(value)], line, items: [] };
		if (last?.type === 'list') last.items.push(item);
		else page.blocks.push({ type: 'list', items: [item], line });
	} else {
		const term = TERM.exec(value);
		page.blocks.push(term ? para([{ type: 'dfn', children: [text(term[1]!)] }, text(value.slice(term[1]!.length))], line) : para([text(value)], line));
	}
}

/** Every declared division must be a line of the text, once, in the declared order. */
function checkDivisions(paragraphs: readonly SourceParagraph[], divisions: readonly string[], file: string): void {
	let after = -1;
	divisions.forEach((division, index) => {
		const at = paragraphs.findIndex((p) => p.text === division);
		const again = paragraphs.findIndex((p, i) => i > at && p.text === division);
		const problem =
			at < 0
				? 'is not a line of the text'
				: again >= 0
					? `stands on two lines (${paragraphs[at]!.line} and ${paragraphs[again]!.line})`
					: at < after
						? `comes before “${divisions[index - 1]}”`
						: undefined;
		if (problem) {
			throw new SourceError(
				file,
				at < 0 ? 1 : paragraphs[at]!.line,
				`the manifest’s division “${division}” ${problem}`,
				'each of the manifest’s divisions to be the exact text of one heading line, in the order of the text',
			);
		}
		after = at;
	});
}

function checkOrder(file: string, line: number, what: string, label: Numbered, last: number): void {
	if (label.number !== last + 1) throw new SourceError(file, line, `${what} ${label.label} follows ${what} ${last}`, `${what} ${last + 1} next`);
}

/** A line of an annex's list: a numbered project (1. / 1、), or any line that ends naming its lead agencies. */
export function isAnnexListItem(value: string): boolean {
	return PROJECT.test(value) || LEAD_AGENCIES.test(value);
}

/** A part heading stands on its own line: numbered 一、 and no sentence after it. */
export function isPartHeading(value: string): boolean {
	return numberedLabel(value)?.kind === 'part' && !/[。；！]/.test(value) && value.length <= 60;
}

/**
 * A section or review item written as a paragraph's first sentence (（一）…。 / 一是…。)
 * keeps that sentence inside the paragraph, set in bold as the reports print it.
 */
export function runIn(value: string): Inline[] {
	const label = numberedLabel(value);
	const stop = value.indexOf('。');
	if ((label?.kind === 'section' || label?.kind === 'item') && stop > 0 && stop < value.length - 1) {
		return [{ type: 'strong', children: [text(value.slice(0, stop + 1))] }, text(value.slice(stop + 1))];
	}
	if ((label?.kind === 'section' || label?.kind === 'item') && stop === value.length - 1) {
		return [{ type: 'strong', children: [text(value)] }];
	}
	return [text(value)];
}

function heading(depth: 1 | 2 | 3, value: string, line: number): Block {
	return { type: 'heading', depth, children: [text(value)], line };
}

function para(children: Inline[], line: number): Block {
	return { type: 'paragraph', children, line };
}
