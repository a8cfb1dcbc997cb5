import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkBlockIds from './remark-block-ids.ts';
import remarkInlineRoles from './remark-inline-roles.ts';
import remarkNoRawHtml from './remark-no-raw-html.ts';
import rehypeBlockLinks from './rehype-block-links.ts';
import rehypeGlossaryTerms from './rehype-glossary-terms.ts';
import rehypeNoLayoutWhitespace from './rehype-no-layout-whitespace.ts';
import rehypeParagraphNumbers from './rehype-paragraph-numbers.ts';

/**
 * How report entries are rendered: the plugins and options behind both exports below.
 * GFM and SmartyPants are off: GFM would turn www.… in a definition into a link,
 * and SmartyPants would rewrite the digests' straight quotes, both altering the text.
 */
const markdownOptions = {
	gfm: false,
	smartypants: false,
	remarkPlugins: [remarkDirective, remarkNoRawHtml, remarkInlineRoles, remarkBlockIds],
	rehypePlugins: [rehypeNoLayoutWhitespace, rehypeGlossaryTerms, rehypeParagraphNumbers, rehypeBlockLinks],
};

// The reports hold no code; a highlighter would only cost every build its start-up.
const syntaxHighlight = false as const;

/** astro.config.mjs's `markdown`. */
export const markdownConfig = { processor: unified(markdownOptions), syntaxHighlight };

/** The same rendering outside Astro: the options of `createMarkdownProcessor`. */
export const siteMarkdownOptions = { ...markdownOptions, syntaxHighlight };
