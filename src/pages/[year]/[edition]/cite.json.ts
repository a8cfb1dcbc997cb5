import { toCslJson } from '../../../core/cite-exports.ts';
import { citeFilePaths, citeFileRoute } from '../../../site/cite-files.ts';

/** The publication for reference managers (src/core/cite-exports.ts). */
export const getStaticPaths = citeFilePaths;
export const GET = citeFileRoute('csl-json', toCslJson);
