import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on the sources and modules alone; `site` checks the
// built site in dist/ and so needs `npm run build` first.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
		],
	},
});
