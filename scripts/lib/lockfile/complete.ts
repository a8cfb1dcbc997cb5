/**
 * Completing a lockfile whose registry mirror lacks other platforms' native builds
 * (see scripts/complete-lockfile.ts).
 */
export type LockPackage = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; optionalDependencies?: Record<string, string> };
export type Lockfile = { packages: Record<string, LockPackage> };

const OS: [RegExp, string][] = [
	[/darwin/, 'darwin'],
	[/win32|windows/, 'win32'],
	[/freebsd/, 'freebsd'],
	[/android/, 'android'],
	[/linux/, 'linux'],
];
const CPU: [RegExp, string][] = [
	[/arm64|aarch64/, 'arm64'],
	[/x64|x86_64/, 'x64'],
	[/ia32/, 'ia32'],
	[/arm(?!64)/, 'arm'],
	[/wasm32/, 'wasm32'],
];

/** The platform a native package's name says it is built for. */
export function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> {
	const os = OS.find(([pattern]) => pattern.test(name))?.[1];
	const cpu = CPU.find(([pattern]) => pattern.test(name))?.[1];
	const libc = /musl/.test(name) ? 'musl' : /linux.*gnu/.test(name) ? 'glibc' : undefined;
	if (!cpu) throw new Error(`cannot tell the platform of ${name}`);
	return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

/** Adds every optional dependency the lockfile lacks, as npm records one for another platform; returns what it added. */
export function completeLockfile(lock: Lockfile): string[] {
	const added: string[] = [];
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			if (lock.packages[`${path}/node_modules/${name}`] || lock.packages[`node_modules/${name}`]) continue;
			lock.packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
			added.push(`${name}@${version}`);
		}
	}
	lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
	return added;
}
