import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind once Astro has written it. The npm package
 * runs pagefind_extended, which segments Chinese at index time; pages declare what
 * is indexed with data-pagefind-body. Any indexing error fails the build.
 */
export default function pagefind(): AstroIntegration {
	return {
		name: 'report-explorer:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
				if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
				await close();
				logger.info(`indexed ${added.page_count} pages into pagefind/`);
			},
		},
	};
}
