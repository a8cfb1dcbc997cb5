import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on the sources and modules alone; `site` checks the
// built site in dist/ and so needs `npm run build` first.
const reports = process.env.TEST_REPORT_DIR;

export default defineConfig({
	test: {
		reporters: reports ? ['default', ['json', { outputFile: `${reports}/vitest.json` }]] : ['default'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
		],
	},
});
