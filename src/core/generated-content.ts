/**
 * Where a build reads the generated content (the page entries, the published-URL
 * record, the indicators and word files): content/…, or the build's staging, which
 * scripts/build.ts names in SITE_GENERATED_CONTENT so that content/ itself is replaced
 * only once the whole build has succeeded. Build time only.
 */
export function generatedContentPath(path: string): string {
	const generated = process.env.SITE_GENERATED_CONTENT;
	return generated ? path.replace(/^content\//, `${generated}/`) : path;
}
