// @ts-check
import { defineConfig } from 'astro/config';
import { markdownConfig } from './src/markdown/pipeline.ts';
import { loadRedirects, pageRedirects } from './src/site/redirects.ts';
import searchIndexNotice from './src/site/search-index-notice.ts';

// The search index is not an integration: scripts/build.ts writes it from the page
// entries while Astro builds the pages, and moves it into the output afterwards;
// a bare `astro build` says that its output has none.
export default defineConfig({
	// The public address the canonical and sharing URLs name; override for a deployment.
	site: process.env.SITE_URL ?? 'https://nmg-reports.example',
	// scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
	outDir: process.env.SITE_OUT_DIR ?? `./${process.env.SITE_DIST ?? 'dist'}`,
	// One cache per output folder, so that parallel builds (SITE_DIST) do not share one.
	cacheDir: `./node_modules/.astro/${process.env.SITE_DIST ?? 'dist'}`,
	// Every page is written as a folder (/2024/index.html) and every link names it with its slash;
	// 'ignore' lets the preview server answer /2024 too (with 'always' it is a 404), while the
	// canonical link names /2024/. Static hosts redirect a folder's slashless URL themselves.
	trailingSlash: 'ignore',
	// Published page URLs that moved (content/redirects.yml); moved block ids are followed on their page.
	redirects: pageRedirects(loadRedirects()),
	markdown: markdownConfig,
	integrations: [searchIndexNotice()],
});
