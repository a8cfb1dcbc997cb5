import type { AstroIntegration } from 'astro';

/**
 * Without a public address (SITE_URL) the build writes no absolute URL of the site:
 * no canonical or og:url tag, a root-relative share image, no sitemap, root-relative
 * links in the data downloads and no URL in the citation exports. It says so once, at the start of the build, so that a deployment that
 * forgot it notices.
 */
export default function publicAddressNotice(): AstroIntegration {
	return {
		name: 'report-explorer:public-address-notice',
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				if (!config.site && config.outDir && process.env.npm_lifecycle_event !== 'dev') noticeOnce(logger);
			},
		},
	};
}

let noticed = false;
function noticeOnce(logger: { warn: (message: string) => void }): void {
	if (noticed) return;
	noticed = true;
	logger.warn(
		'the public address is not set (SITE_URL): no canonical URLs and no sitemap; share images and downloads carry root-relative links, citation exports no URL; a deployment sets SITE_URL.',
	);
}
