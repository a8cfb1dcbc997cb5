import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lockfile that lacks an optional dependency of a package it records
 * (the other platforms' builds of Pagefind, Astro's compiler, the bundlers): npm records
 * them from the registry at `npm install`; a registry mirror without one would leave it
 * out, and `npm ci` on any machine would then stop. This names what is missing.
 */
type LockPackage = { optionalDependencies?: Record<string, string> };

function missingOptionalPackages(lock: { packages: Record<string, LockPackage> }): string[] {
	const missing: string[] = [];
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			if (!lock.packages[`${path}/node_modules/${name}`] && !lock.packages[`node_modules/${name}`]) missing.push(`${name}@${version} (for ${path})`);
		}
	}
	return missing;
}

describe('package-lock.json', () => {
	it('records every optional platform package of the packages it holds', () => {
		const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockPackage> };
		expect(Object.values(lock.packages).some((entry) => entry.optionalDependencies)).toBe(true);
		expect(missingOptionalPackages(lock)).toEqual([]);
	});

	it('would name a platform package the lockfile lacks', () => {
		const lock = {
			packages: {
				'': {},
				'node_modules/pagefind': { optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' } },
				'node_modules/@pagefind/linux-x64': {},
			},
		};
		expect(missingOptionalPackages(lock)).toEqual(['@pagefind/darwin-arm64@1.6.0 (for node_modules/pagefind)']);
	});
});
