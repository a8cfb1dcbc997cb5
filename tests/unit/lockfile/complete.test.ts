import { describe, expect, it } from 'vitest';
import { completeLockfile, platformOf } from '../../../scripts/lib/lockfile/complete.ts';

describe('platformOf', () => {
	it.each([
		['@pagefind/darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
		['@pagefind/windows-x64', { os: ['win32'], cpu: ['x64'] }],
		['@astrojs/compiler-binding-win32-arm64-msvc', { os: ['win32'], cpu: ['arm64'] }],
		['@astrojs/compiler-binding-linux-arm64-musl', { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
		['@astrojs/compiler-binding-linux-arm64-gnu', { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
		['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
	])('%s', (name, platform) => {
		expect(platformOf(name)).toEqual(platform);
	});

	it('refuses a name that names no platform', () => {
		expect(() => platformOf('left-pad')).toThrow('cannot tell the platform of left-pad');
	});
});

describe('completeLockfile', () => {
	it('adds each missing optional platform package once, and leaves present ones alone', () => {
		const lock = {
			packages: {
				'': {},
				'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' } },
				'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true, os: ['linux'], cpu: ['x64'] },
			},
		};
		expect(completeLockfile(lock)).toEqual(['@pagefind/darwin-arm64@1.6.0']);
		expect(lock.packages['node_modules/@pagefind/darwin-arm64' as keyof typeof lock.packages]).toEqual({ version: '1.6.0', optional: true, os: ['darwin'], cpu: ['arm64'] });
		expect(completeLockfile(lock)).toEqual([]);
	});
});

describe('package-lock.json', () => {
	it('records every optional platform package, so that `npm ci` accepts it (run scripts/complete-lockfile.ts after npm install)', async () => {
		const { readFile } = await import('node:fs/promises');
		const lock = JSON.parse(await readFile(new URL('../../../package-lock.json', import.meta.url), 'utf8'));
		expect(completeLockfile(lock)).toEqual([]);
	});
});
