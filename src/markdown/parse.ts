import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';

/**
 * Parses a report entry as the site renders it: CommonMark, directives, YAML
 * frontmatter; no GFM, no typographic quotes (see pipeline.ts).
 */
export function parseMarkdown(markdown: string): Root {
	return fromMarkdown(markdown, {
		extensions: [directive(), frontmatter(['yaml'])],
		mdastExtensions: [directiveFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
	});
}
