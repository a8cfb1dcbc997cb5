import type { AstroIntegration } from 'astro';

/**
 * The search index is written by scripts/build.ts beside Astro, not by Astro: a bare
 * `astro build` (a hosting platform's default command, say) makes a site whose search
 * page finds nothing. Says so at the end of such a build rather than leaving it silent.
 * scripts/build.ts is recognised by the output folder it sets (SITE_OUT_DIR).
 */
export default function searchIndexNotice(): AstroIntegration {
	return {
		name: 'report-explorer:search-index-notice',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (!process.env.SITE_OUT_DIR) logger.warn('no search index: this output has no pagefind/ and its search page finds nothing; build with `npm run build`.');
			},
		},
	};
}
