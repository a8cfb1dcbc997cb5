import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules every page is held to: WCAG 2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A violation in one line: the rule, its impact and the elements at fault (the first `nodes` of them). */
export function formatViolation(violation: Violation, nodes = Infinity): string {
	return `${violation.id} (${violation.impact}): ${violation.nodes
		.slice(0, nodes)
		.map((n) => n.target.join(' '))
		.join(', ')}`;
}

/** The WCAG rules of axe whose outcome a change of colours alone can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe with the WCAG tags (or only `rules`, WCAG rules among them) on the page as it stands and returns its violations. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<Violation[]> {
	const builder = new AxeBuilder({ page });
	return (await (rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS)).analyze()).violations;
}
