import { describe, expect, it } from 'vitest';
import { missingLine, provideSystemNeeds, SYSTEM_NEEDS, type SystemNeed } from '../../../scripts/lib/test/system-needs.ts';

describe('what npm test needs from the system', () => {
	const absent: SystemNeed = { what: 'a tool', debianPackage: 'some-tool', present: () => false };
	const present: SystemNeed = { what: 'another', debianPackage: 'other-tool', present: () => true };

	it('names what is missing, in one line with the Debian package, where it cannot install it', () => {
		const missing = provideSystemNeeds([absent, present], false);
		expect(missing).toEqual([absent]);
		const line = missingLine(missing);
		expect(line.split('\n')).toHaveLength(1);
		expect(line).toContain('a tool');
		expect(line).toContain('apt-get install -y some-tool');
		expect(line).not.toContain('other-tool');
	});

	it('asks for nothing when all is there', () => {
		expect(provideSystemNeeds([present], false)).toEqual([]);
	});

	it('needs Chromium, the CJK fonts the visual baselines are drawn in, and pdftotext for the print test', () => {
		expect(SYSTEM_NEEDS.map((need) => need.debianPackage)).toEqual(['chromium', 'fonts-noto-cjk', 'poppler-utils']);
	});
});
