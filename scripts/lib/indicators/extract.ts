import { chineseNumeral } from '../../../src/core/numerals.ts';
import { blockPath } from '../../../src/core/urls.ts';
import type { IndicatorKind as Kind } from '../../../src/core/schemas/indicator.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import type { PageBlock as PageBlock } from '../../../src/markdown/page-blocks.ts';
import type { PageEntryBlocks as PageEntryBlocks } from '../content/page-entries.ts';
import { CATALOG_FILE, type SeriesDefinition, type Span } from './catalog.ts';
import { findFigures, type Unit } from './figures.ts';
import { readStatements } from './statements.ts';

/**
 * The points one publication states: its main expected targets (主要预期目标) for
 * the year it plans, and the outcomes its review reports for the year (or the
 * five-year plan period) it looks back on.
 *
 *   targets   the paragraph “…主要预期目标是：…。” (up to its first 。), or the list
 *             under a heading that names 主要预期目标; year: the year the report plans;
 *             and for the indicators the catalog marks `inWorkPlan`, the pages whose
 *             title names that year (三、2021年工作安排), marked as work-plan targets
 *   outcomes  the pages that review (a title with 回顾 or 成就; an untitled newspaper
 *             page takes the title of the full text's page of the same slug); year:
 *             the year reviewed, or for a passage on the plan period (a page titled
 *             “十四五”时期…, a paragraph opening “十三五”期间) the period's last year
 *             with the period named
 *
 * Every figure of a target statement must be read into a point: a figure left over
 * fails the run, naming the file and paragraph.
 */

export interface ExtractedPoint {
	series: string;
	year: number;
	kind: Kind;
	span: Span;
	/** The five-year plan period a period figure is about (十四五). */
	period?: string;
	value: number | null;
	qualifier: string | null;
	quote: string;
	publication: string;
	/** The paragraph's URL with its #id. */
	source: string;
	/** For messages: the entry file and block id. */
	file: string;
	block: string;
	/** A target the year's work plan states, not the 主要预期目标. */
	inWorkPlan?: true;
	/** Only where the figure is printed in another unit than the series' (catalog `otherUnits`). */
	unit?: Unit;
}

export interface ExtractionProblem {
	file: string;
	block: string;
	message: string;
}

export interface PublicationExtraction {
	publication: Publication;
	points: ExtractedPoint[];
	/** Statements in target passages that name no indicator (在实际工作中努力争取更好结果): reported, not charted. */
	unread: { file: string; block: string; text: string }[];
	problems: ExtractionProblem[];
}

const TARGET_PARAGRAPH = /主要预期目标(?:是)?[：:]/u;
const TARGET_HEADING = /主要预期目标/u;
const REVIEW_TITLE = /回顾|成就/u;
/** The last year of a five-year plan period: 十三五 → 2020, 十四五 → 2025 (periods from the 4th, 1971–1975, on). */
export function planEndYear(plan: string): number {
	const n = /^十?[一二三四五六七八九]?五$/u.test(plan) ? chineseNumeral(plan.slice(0, -1)) : undefined;
	if (n === undefined) throw new Error(`not a five-year plan period: ${plan}`);
	if (n < 4) throw new Error(`plan periods before the 4th (${plan}) did not run on five-year boundaries`);
	return 1975 + 5 * (n - 4);
}

interface Passage {
	page: PageEntryBlocks;
	block: PageBlock;
	/** The part of the block's text the passage is, and where it starts in it. */
	text: string;
	offset: number;
}

/** The passages stating the main expected targets: the rest of a …主要预期目标是： paragraph up to its 。, or a heading's list. */
export function targetPassages(pages: readonly PageEntryBlocks[]): Passage[] {
	const passages: Passage[] = [];
	for (const page of pages) {
		for (const block of page.blocks) {
			if (block.type === 'paragraph') {
				const opening = TARGET_PARAGRAPH.exec(block.text);
				if (!opening) continue;
				const offset = opening.index + opening[0].length;
				const stop = block.text.indexOf('。', offset);
				passages.push({ page, block, text: block.text.slice(offset, stop === -1 ? undefined : stop), offset });
			} else if (block.type === 'item' && TARGET_HEADING.test(block.heading)) {
				passages.push({ page, block, text: block.text, offset: 0 });
			}
		}
	}
	return passages;
}

export interface ExtractOptions {
	/** The title of a page of the same report's full text, for pages that carry none. */
	fullTextTitle?: (slug: string) => string | null | undefined;
	/** The indicator catalog (content/indicators/catalog.yml). */
	series: readonly SeriesDefinition[];
}

export function extractPublication(publication: Publication, pages: readonly PageEntryBlocks[], options: ExtractOptions): PublicationExtraction {
	const { series } = options;
	const points: ExtractedPoint[] = [];
	const unread: PublicationExtraction['unread'] = [];
	const problems: ExtractionProblem[] = [];
	const place = { year: publication.year, edition: publication.edition };
	const point = (passage: Passage, fields: Omit<ExtractedPoint, 'publication' | 'source' | 'file' | 'block'>): ExtractedPoint => ({
		...fields,
		publication: publication.id,
		source: blockPath(place, passage.page.page.slug, passage.block.id),
		file: passage.page.file,
		block: passage.block.id,
	});

	// Targets.
	const targets = targetPassages(pages);
	const planYear = publication.plans.years[0]!;
	for (const passage of targets) {
		const statements = readStatements(passage.text, series);
		for (const s of statements) {
			points.push(point(passage, { series: s.series, year: planYear, kind: 'target', span: 'year', value: s.value, qualifier: s.qualifier, quote: s.quote }));
		}
		for (const figure of findFigures(passage.text)) {
			const covered = statements.some((s) => figure.start >= s.start && figure.end <= s.start + s.quote.length);
			if (!covered) {
				problems.push({
					file: passage.page.file,
					block: passage.block.id,
					message: `the target figure “${passage.text.slice(figure.start, figure.end)}” in “${passage.text}” was read into no indicator (add its name or wording to ${CATALOG_FILE})`,
				});
			}
		}
		for (const part of passage.text.split(/[；;，,]/u)) {
			if (part.trim() && !statements.some((s) => part.includes(s.quote) || s.quote.includes(part))) {
				unread.push({ file: passage.page.file, block: passage.block.id, text: part });
			}
		}
	}

	// Targets the year's work plan states.
	const targetBlocks = new Set(targets.map((p) => p.block));
	const workPlanSeries = series.filter((s) => s.inWorkPlan);
	const planTitle = new RegExp(`${planYear}\\s*年`, 'u');
	for (const page of workPlanSeries.length > 0 ? pages : []) {
		const title = page.page.title ?? options.fullTextTitle?.(page.page.slug) ?? '';
		if (!planTitle.test(title) || REVIEW_TITLE.test(title)) continue;
		for (const block of page.blocks) {
			if (targetBlocks.has(block) || block.type === 'heading') continue;
			const passage = { page, block, text: block.text, offset: 0 };
			for (const s of readStatements(block.text, workPlanSeries)) {
				points.push(
					point(passage, {
						series: s.series,
						year: planYear,
						kind: 'target',
						span: 'year',
						value: s.value,
						qualifier: s.qualifier,
						quote: s.quote,
						inWorkPlan: true,
						...(s.unit ? { unit: s.unit } : {}),
					}),
				);
			}
		}
	}

	// Outcomes.
	const reviewedYear = publication.reviews.years.at(-1)!;
	const plan = publication.reviews.fiveYearPlan;
	for (const page of pages) {
		const title = page.page.title ?? options.fullTextTitle?.(page.page.slug) ?? '';
		if (!REVIEW_TITLE.test(title)) continue;
		const pageOnPeriod = plan !== undefined && title.includes(`“${plan}”`) && !/\d{4}年/u.test(title);
		for (const block of page.blocks) {
			if (targetBlocks.has(block) || block.type === 'heading') continue;
			const onPeriod = plan !== undefined && (pageOnPeriod || new RegExp(`^“${plan}”(?:期间|时期)`, 'u').test(block.text));
			for (const s of readStatements(block.text, series)) {
				const span: Span = onPeriod ? (s.span ?? seriesSpan(series, s.series) ?? 'period-end') : 'year';
				if (!onPeriod && s.span) {
					problems.push({ file: page.file, block: block.id, message: `“${s.quote}” speaks of a plan period, but the passage is about ${reviewedYear}` });
					continue;
				}
				const passage = { page, block, text: block.text, offset: 0 };
				points.push(
					point(passage, {
						series: s.series,
						year: onPeriod ? planEndYear(plan) : reviewedYear,
						kind: 'outcome',
						span,
						...(onPeriod ? { period: plan } : {}),
						value: s.value,
						qualifier: s.qualifier,
						quote: s.quote,
						...(s.unit ? { unit: s.unit } : {}),
					}),
				);
			}
		}
	}

	// One publication states one figure per indicator, year and kind: where it states two
	// (a year's figure and a five-year total, say), the chart would have to guess, so
	// neither is charted and the maintainer is told.
	const byKey = Map.groupBy(points, pointKey);
	for (const [, same] of byKey) {
		if (same.length < 2) continue;
		const [first, ...others] = same;
		for (const p of others) {
			problems.push({
				file: p.file,
				block: p.block,
				message: `two figures for ${p.series} (${p.kind}, ${p.year}${p.period ? ` ${p.period}` : ''}): “${first!.quote}” (#${first!.block}) and “${p.quote}”; neither is charted`,
			});
		}
	}
	const unambiguous = points.filter((p) => byKey.get(pointKey(p))!.length === 1);
	return { publication, points: unambiguous, unread, problems };
}

function seriesSpan(series: readonly SeriesDefinition[], id: string): Span | undefined {
	return series.find((s) => s.id === id)?.periodSpan;
}

/** What makes two points the same statement: indicator, kind, year and span. */
export function pointKey(p: Pick<ExtractedPoint, 'series' | 'kind' | 'year' | 'span'>): string {
	return `${p.series}|${p.kind}|${p.year}|${p.span}`;
}
