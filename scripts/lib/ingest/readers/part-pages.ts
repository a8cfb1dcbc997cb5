import { endsSentence, numberedLabel } from '../../../../src/core/structure.ts';
import { type Block, type Inline, type Page, text } from '../model.ts';
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
}

/** The salutation that opens a report's speech: the title lines stand above it. */
export const SALUTATION = /^各位代表[：:]$/;
const PROJECT = /^\d{1,3}[.．]/;
/** A glossary entry, `term：definition`, with the term short enough to be a term. */
const TERM = /^([^：。]{1,40})：/;

/**
 * Builds the pages of a full-text report from its paragraphs: an opening page
 * (title lines, salutation, introduction), one page per part (一、二、…) and one
 * per annex (附件 1, 附件 2), with sections, review items, annex groups, livelihood
 * projects and glossary terms found by how the reports number them.
 */
export function buildReportPages(paragraphs: readonly SourceParagraph[], options: ReportPagesOptions): Page[] {
	const { file } = options;
	const pages: Page[] = [];
	const first = paragraphs[0];
	if (!first) throw new SourceError(file, 1, 'the file holds no text', 'the paragraphs of a report');

	const salutation = paragraphs.findIndex((p) => SALUTATION.test(p.text));
	const firstPart = paragraphs.findIndex((p) => isPartHeading(p.text));
	if (firstPart < 0) {
		throw new SourceError(file, first.line, 'no part heading found', 'parts numbered 一、二、三、… on lines of their own');
	}

	let page: Page = options.startsMidReport
		? { slug: 'continued', kind: 'part', line: first.line, blocks: [], continued: true }
		: { slug: 'opening', kind: 'opening', line: first.line, blocks: [] };
	pages.push(page);
	let inAnnex = false;
	let annexTitlePending = false;
	let lastPart: number | undefined;
	let lastSection = 0;

	paragraphs.forEach((paragraph, index) => {
		const { text: value, line } = paragraph;
		const label = numberedLabel(value);

		if (index < salutation && !options.startsMidReport) {
			// Title lines above the salutation: the report's title, then its date and speaker.
			page.blocks.push(index === 0 ? heading(2, value, line) : para([text(value)], line));
			return;
		}
		if (label?.kind === 'annex') {
			inAnnex = true;
			annexTitlePending = true;
			page = { slug: `annex-${label.number}`, kind: 'annex', number: label.number, line, blocks: [heading(1, value, line)] };
			pages.push(page);
			return;
		}
		if (inAnnex) {
			if (annexTitlePending) {
				annexTitlePending = false;
				page.blocks.push(heading(2, value, line));
			} else if (label?.kind === 'part' && isPartHeading(value)) {
				page.blocks.push(heading(3, value, line));
			} else if (PROJECT.test(value)) {
				const last = page.blocks.at(-1);
				const item = { children: [text(value)], line, items: [] };
				if (last?.type === 'list') last.items.push(item);
				else page.blocks.push({ type: 'list', items: [item], line });
			} else {
				const term = TERM.exec(value);
				page.blocks.push(term ? para([{ type: 'dfn', children: [text(term[1]!)] }, text(value.slice(term[1]!.length))], line) : para([text(value)], line));
			}
			return;
		}
		if (label?.kind === 'part' && isPartHeading(value)) {
			if (lastPart !== undefined && label.number !== lastPart + 1) {
				throw new SourceError(file, line, `part ${label.label} follows part ${lastPart}`, `part ${lastPart + 1} next`);
			}
			if (options.startsMidReport && lastPart === undefined && pages[0]!.blocks.length > 0) {
				// Text before part N's heading is the end of part N − 1; before part 一 it is the opening.
				if (label.number > 1) {
					pages[0]!.slug = `part-${label.number - 1}`;
					pages[0]!.number = label.number - 1;
				} else {
					Object.assign(pages[0]!, { slug: 'opening', kind: 'opening', continued: true });
				}
			} else if (pages[0]!.blocks.length === 0 && pages[0] === page) {
				pages.pop();
			}
			lastPart = label.number;
			lastSection = 0;
			page = { slug: `part-${label.number}`, kind: 'part', number: label.number, line, blocks: [heading(1, value, line)] };
			pages.push(page);
			return;
		}
		if (label?.kind === 'section' && page.kind === 'part') {
			if (label.number !== lastSection + 1 && !(options.startsMidReport && lastSection === 0)) {
				throw new SourceError(file, line, `section ${label.label} follows section ${lastSection}`, `section ${lastSection + 1} next`);
			}
			lastSection = label.number;
			if (!value.includes('。')) {
				page.blocks.push(heading(2, value, line));
				return;
			}
		}
		page.blocks.push(para(runIn(value), line));
	});

	const lastParagraph = paragraphs.at(-1)!;
	if (!endsSentence(lastParagraph.text) && !options.startsMidReport) {
		throw new SourceError(file, lastParagraph.line, 'the text stops in mid-sentence: the file looks truncated', 'the report to end with a full sentence');
	}
	return pages;
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
