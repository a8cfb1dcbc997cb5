import { parse } from 'yaml';

/**
 * Published URLs keep working. content/published-urls.json lists every page and
 * block id the site has ever published; the ingest adds new ones and refuses to lose
 * one: an id that disappears (a page renamed, a paragraph merged) must be given a
 * redirect in content/redirects.yml, or the build fails.
 */

/** Page path → the block ids published on it. */
export type PublishedUrls = Record<string, string[]>;

export interface Redirect {
	/** A page path (`/2024/full/part-3/`) or a block URL (`/2024/full/part-2/#s3-p9`). */
	from: string;
	to: string;
}

export function parseRedirects(text: string, file: string): Redirect[] {
	const data: unknown = parse(text) ?? [];
	if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { from, to }`);
	return data.map((entry, index) => {
		const { from, to } = (entry ?? {}) as Record<string, unknown>;
		if (typeof from !== 'string' || typeof to !== 'string' || !from.startsWith('/') || !to.startsWith('/')) {
			throw new Error(`${file}: entry ${index + 1} needs from and to, both site paths starting with /`);
		}
		return { from, to };
	});
}

/** Published URLs that the current pages no longer hold and no redirect covers. */
export function lostUrls(published: PublishedUrls, current: PublishedUrls, redirects: readonly Redirect[]): string[] {
	const redirected = new Set(redirects.map((r) => r.from));
	const lost: string[] = [];
	for (const [path, ids] of Object.entries(published)) {
		const now = current[path];
		if (!now) {
			if (!redirected.has(path)) lost.push(path);
			continue;
		}
		const held = new Set(now);
		for (const id of ids) {
			if (!held.has(id) && !redirected.has(`${path}#${id}`)) lost.push(`${path}#${id}`);
		}
	}
	return lost;
}

/** The published URLs after this build: all that were, and all that are now. */
export function mergePublished(published: PublishedUrls, current: PublishedUrls): PublishedUrls {
	const merged: PublishedUrls = {};
	for (const path of [...new Set([...Object.keys(published), ...Object.keys(current)])].sort()) {
		const ids = [...(published[path] ?? [])];
		for (const id of current[path] ?? []) if (!ids.includes(id)) ids.push(id);
		merged[path] = ids;
	}
	return merged;
}

export function serializePublished(urls: PublishedUrls): string {
	return `${JSON.stringify({ $comment: 'Generated and extended by scripts/ingest.ts: every page and block id ever published. Never remove an entry; declare a redirect in content/redirects.yml instead.', pages: urls }, null, '\t')}\n`;
}
