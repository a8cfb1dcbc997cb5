// @ts-check
import { markdownConfig } from './src/markdown/pipeline.ts';
import { loadDeclaredRedirects, pageRedirects } from './src/site/redirects.ts';
import searchIndex from './scripts/lib/search-index/integration.ts';
import publicAddressNotice from './src/site/public-address-notice.ts';

// Typed here rather than through defineConfig(), which Astro's docs call optional: importing
// astro/config loads its SVG optimiser (about 280 modules) into every build that never uses it.
/** @type {import('astro').AstroUserConfig} */
const config = {
	// The public address (SITE_URL), read here only: canonical and sharing tags, the sitemap,
	// absolute links in downloads and citations. Unset, the build makes none up (README, "Citing").
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	// scripts/build.ts builds into a fresh folder and renames it to this one when the build succeeds.
	outDir: `./${process.env.SITE_DIST ?? 'dist'}`,
	// One cache per output folder, so that parallel builds (SITE_DIST) do not share one.
	cacheDir: `./node_modules/.astro/${process.env.SITE_DIST ?? 'dist'}`,
	// Every page is written as a folder (/2024/index.html) and every link names it with its slash;
	// 'ignore' lets the preview server answer /2024 too (with 'always' it is a 404), while the
	// canonical link names /2024/. Static hosts redirect a folder's slashless URL themselves.
	trailingSlash: 'ignore',
	// Published page URLs that moved (content/redirects.yml); moved block ids, declared or worked
	// out from a correction, are followed on their page.
	redirects: pageRedirects(loadDeclaredRedirects()),
	markdown: markdownConfig,
	// A strict Content-Security-Policy on every page, as a <meta> (a static host sets no
	// headers): Astro hashes the scripts and styles it emits into script-src and style-src
	// ('self' plus hashes, never 'unsafe-inline'); the search page alone adds
	// 'wasm-unsafe-eval' for Pagefind (src/pages/search/index.astro).
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	integrations: [searchIndex(), publicAddressNotice()],
};

export default config;
