/**
 * node scripts/complete-lockfile.ts — after `npm install`, when this machine's registry
 * mirror lacks another platform's build of a native package (e.g. @pagefind/darwin-arm64
 * at the exact version pagefind asks for).
 *
 * npm then leaves that optional package out of package-lock.json, and `npm ci` refuses
 * the lockfile as out of sync. This adds each missing platform package as npm records
 * one it cannot install here: the version asked for, optional, with its os/cpu/libc, so
 * that npm skips it on this platform and fetches it from the registry on its own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { completeLockfile, type Lockfile } from './lib/lockfile/complete.ts';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(await readFile(file, 'utf8')) as Lockfile;
const added = completeLockfile(lock);
await writeFile(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length > 0 ? `complete-lockfile: added ${added.join(', ')}` : 'complete-lockfile: nothing missing');
