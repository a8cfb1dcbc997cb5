import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { indicatorSpanSchema, type IndicatorSpan } from '../../../src/core/schemas/indicator.ts';
import { readCheckedYaml } from '../../../src/core/yaml-document.ts';
import { UNITS, type Unit } from './figures.ts';

/**
 * The indicator catalog (content/indicators/catalog.yml, hand-edited; its comments say what
 * each field means): the indicators the reports set targets for or report as headline
 * outcomes, and how each is written. Read here, checked against its schema, the
 * phrases compiled: a bad entry stops `npm run indicators` naming the file and line.
 */

const READINGS = ['growth', 'decline', 'rate', 'level', 'pair', 'count', 'qualitative'] as const;
export type Reading = (typeof READINGS)[number];

/** What a point's figure covers: one year, or a five-year plan period (its end, average, total or best year). */
export type Span = IndicatorSpan;

export interface SeriesName {
	text: string;
	/** A name that itself says the figure covers a plan period (粮食最高年产量, 年均煤炭产量). */
	span?: Span | undefined;
	/** For a pair reading: which of the two figures is this series'. */
	pick?: 0 | 1 | undefined;
	/** For a count reading: the measure word that ends the figure before the name (万, 个). */
	counter?: string | undefined;
	/**
	 * A name too general on its own (新增装机规模): it is this series' only after this
	 * word earlier in the same sentence (新能源全产业链要…，新增装机规模…), and the
	 * quote then runs from that word, so that it says what the figure is of.
	 */
	subject?: string | undefined;
}

export interface SeriesDefinition {
	id: string;
	/** What the site calls the indicator. */
	name: string;
	/** The unit of its figures; null for an indicator the reports state only in words. */
	unit: Unit | null;
	reading: Reading;
	names: SeriesName[];
	/** Statements in words, matched from the name on; the group `q` is the point's qualifier. */
	phrases?: RegExp[] | undefined;
	/**
	 * Other units some editions print the same figure in (实际使用外资 55.8 亿元 in the
	 * full text, 55.8亿美元 in the infographic): such a figure is read and kept with its
	 * own unit beside the point it repeats, never charted on the series' axis.
	 */
	otherUnits?: Unit[] | undefined;
	/**
	 * The reports state this target in the year's work plan too (力争外贸…增长10%以上,
	 * 新增新能源装机1000万千瓦), not only among the 主要预期目标: it is also read from
	 * the pages whose title names the planned year (三、2021年工作安排).
	 */
	inWorkPlan?: boolean | undefined;
	/** A count over a plan period (80.2万贫困人口实现脱贫 in “十三五”期间) is the period's total, not its end level. */
	periodSpan?: Span | undefined;
}

export const CATALOG_FILE = 'content/indicators/catalog.yml';

const unitSchema = z.enum(UNITS);
const nameSchema = z.union([
	z.string().min(1),
	z.strictObject({
		text: z.string().min(1),
		span: indicatorSpanSchema.optional(),
		pick: z.union([z.literal(0), z.literal(1)]).optional(),
		counter: z.string().min(1).optional(),
		subject: z.string().min(1).optional(),
	}),
]);
/** A phrase: a regular expression matched from the name on, with the qualifier in its group `q`. */
const phraseSchema = z.string().superRefine((source, context) => {
	try {
		if (!/\(\?<q>/u.test(source)) context.addIssue({ code: 'custom', message: `the phrase ${source} has no group (?<q>…) for the qualifier` });
		else new RegExp(source, 'u');
	} catch (error) {
		context.addIssue({ code: 'custom', message: `the phrase ${source} is not a regular expression: ${(error as Error).message}` });
	}
});
const seriesSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	name: z.string().min(1),
	unit: unitSchema.nullable(),
	reading: z.enum(READINGS),
	names: z.array(nameSchema).min(1),
	phrases: z.array(phraseSchema).min(1).optional(),
	otherUnits: z.array(unitSchema).min(1).optional(),
	inWorkPlan: z.boolean().optional(),
	periodSpan: indicatorSpanSchema.optional(),
});
const catalogSchema = z.strictObject({ series: z.array(seriesSchema).min(1) }).superRefine(({ series }, context) => {
	const seen = new Set<string>();
	for (const [index, { id }] of series.entries()) {
		if (seen.has(id)) context.addIssue({ code: 'custom', path: ['series', index, 'id'], message: `the id ${id} is an earlier series'` });
		seen.add(id);
	}
});

/** The catalog's series from its text; an entry that does not fit stops with `file:line: where: problem`. */
export function parseCatalog(text: string, file = CATALOG_FILE): SeriesDefinition[] {
	const { value } = readCheckedYaml(text, file, catalogSchema, (path) =>
		path.length < 2 ? path.join('.') || '(top)' : `series ${Number(path[1]) + 1}${path.length > 2 ? `: ${path.slice(2).join('.')}` : ''}`,
	);
	return value.series.map(({ names, phrases, ...series }) => ({
		...series,
		names: names.map((name) => (typeof name === 'string' ? { text: name } : name)),
		...(phrases ? { phrases: phrases.map((source) => new RegExp(source, 'u')) } : {}),
	}));
}

/** The project's catalog. */
export async function readCatalog(root: URL): Promise<SeriesDefinition[]> {
	return parseCatalog(await readFile(new URL(CATALOG_FILE, root), 'utf8'));
}

/** The series with this id in the catalog. */
export function seriesDefinition(catalog: readonly SeriesDefinition[], id: string): SeriesDefinition {
	const found = catalog.find((s) => s.id === id);
	if (!found) throw new Error(`no indicator series “${id}” in ${CATALOG_FILE}`);
	return found;
}
