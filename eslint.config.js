// ESLint for the whole tree (npm run lint): JavaScript's and typescript-eslint's recommended
// rules, and eslint-plugin-astro's for the .astro files. Syntax only: the type-aware rules
// took five times as long (1 min 40 s against 20 s on the shared two-core machine).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores(['dist/', 'dist.*/', 'dist-*/', '.astro/', 'content/', 'test-results/', 'playwright-report/', 'bench-results/', 'tests/**/fixtures/']),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: globals.node } },
	// Shipped to the browser: src/client/ and the .astro files' <script>s.
	{ files: ['src/client/**', '**/*.astro', '**/*.astro/*.ts'], languageOptions: { globals: globals.browser } },
	{
		rules: {
			// Chinese text has the ideographic space (U+3000); quoted in a string, template, comment or regexp it is text.
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true, skipJSXText: true }],
			// `const { key: _, ...rest } = value` is how a key is left out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
);
