/**
 * What the browser tests need from the system, outside the project: Debian's Chromium
 * (Playwright downloads none), Debian's Noto CJK fonts, in which the visual baselines
 * (tests/browser/visual.spec.ts-snapshots/) are drawn, and poppler's pdftotext for the print test. `npm test` installs them where it
 * can (root on Debian, as CI runs), and elsewhere stops in one line naming what is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../../tests/support/chromium.ts';

export interface SystemNeed {
	what: string;
	/** The Debian package that provides it. */
	debianPackage: string;
	present: () => boolean;
}

export const SYSTEM_NEEDS: readonly SystemNeed[] = [
	{ what: `Chromium at ${CHROMIUM_PATH}`, debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
	{
		what: 'the Noto CJK fonts',
		debianPackage: 'fonts-noto-cjk',
		present: () => /Noto Sans CJK/i.test(spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? ''),
	},
	// The print test reads the printed PDF's text back (tests/browser/citation.spec.ts).
	{ what: 'pdftotext', debianPackage: 'poppler-utils', present: () => spawnSync('pdftotext', ['-v']).error === undefined },
];

/** Installs what is missing where this is Debian and we are root; returns what is still missing. */
export function provideSystemNeeds(needs: readonly SystemNeed[] = SYSTEM_NEEDS, canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')): SystemNeed[] {
	const missing = needs.filter((need) => !need.present());
	if (missing.length === 0 || !canInstall) return missing;
	const packages = missing.map((need) => need.debianPackage);
	console.log(`test: installing ${packages.join(' ')} (Debian packages the browser tests need)`);
	const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', ...packages]);
	return missing.filter((need) => !need.present());
}

/** The one line that says what is missing and how to get it. */
export function missingLine(missing: readonly SystemNeed[]): string {
	return `test: the browser tests need ${missing.map((need) => need.what).join(' and ')}: apt-get install -y ${missing.map((need) => need.debianPackage).join(' ')} (Debian), or set CHROMIUM_PATH to another Chromium`;
}
