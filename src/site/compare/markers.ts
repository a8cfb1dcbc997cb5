import { collationEntryId } from './blocks.ts';
import { DIFFERENCE_CLASSES, DIFFERENCE_LABEL, type DifferenceClass } from './classify.ts';
import type { Collation } from './collate.ts';

/**
 * The quiet markers of a reading page: each block that another publication prints
 * otherwise (in anything but punctuation and spacing, which a digest recovered by
 * character recognition changes everywhere) gets one marker per publication, leading
 * to the collation entry; on a digest's page, the marker says that the full text
 * reads otherwise.
 */
export interface Marker {
	/** The block's id on this page. */
	id: string;
	/** Where the block stands, as the collation names it. */
	where: string;
	/** The sentence the marker says: 图解此段与全文有出入（数字）. */
	label: string;
	/** The collation entry. */
	href: string;
	classes: DifferenceClass[];
}

export interface MarkerSource {
	collation: Collation;
	/** 全文 and the other publication, as the site names them. */
	fullLabel: string;
	otherLabel: string;
	/** The collation page's path. */
	path: string;
}

const weighty = (classes: readonly DifferenceClass[]) => classes.filter((c) => c !== 'punctuation');

export function markersFor(sources: readonly MarkerSource[], pagePath: string): Marker[] {
	const markers = new Map<string, Marker & { count: number }>();
	const add = (id: string, where: string, label: (count: number, classes: string) => string, href: string, classes: DifferenceClass[], key: string) => {
		const existing = markers.get(key);
		const merged = DIFFERENCE_CLASSES.filter((c) => classes.includes(c) || existing?.classes.includes(c));
		const count = (existing?.count ?? 0) + 1;
		const names = merged.map((c) => DIFFERENCE_LABEL[c]).join('、');
		markers.set(key, { id, where, label: label(count, names), href: existing?.href ?? href, classes: merged, count });
	};
	for (const { collation, fullLabel, otherLabel, path } of sources) {
		for (const entry of collation.entries) {
			const classes = weighty(entry.classes);
			if (classes.length === 0) continue;
			const href = `${path}#${collationEntryId(entry.other)}`;
			if (entry.full.path === pagePath) {
				add(
					entry.full.id,
					`${entry.full.page} · ${entry.full.place}`,
					(count, names) => `${otherLabel}${count > 1 ? `有 ${count} 处` : ''}与此段有出入（${names}），查看对照`,
					href,
					classes,
					`${entry.full.id} ${path}`,
				);
			}
			if (entry.other.path === pagePath) {
				add(
					entry.other.id,
					`${entry.other.page} · ${entry.other.place}`,
					(_, names) => `${fullLabel}此处印法不同（${names}），查看对照`,
					href,
					classes,
					`${entry.other.id} ${path}`,
				);
			}
		}
	}
	return [...markers.values()].map(({ count: _, ...marker }) => marker);
}
