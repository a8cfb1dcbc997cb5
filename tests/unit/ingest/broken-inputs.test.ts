import { describe, expect, it } from 'vitest';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { parseManifest, readManifest } from '../../../scripts/lib/content/manifest.ts';
import { SourceError } from '../../../scripts/lib/ingest/source-error.ts';
import { FIXTURES, fixtureBytes, fixtureSource, ingest, realSources, ROOT, thrown, type Source } from './helpers.ts';

/**
 * Whoever edits a source must be able to find what is wrong from the message alone:
 * every refusal is a SourceError naming the file and the line at fault.
 */
const digest = { divisions: ['2023年工作回顾', '2024年工作安排'] };

const cases: { name: string; file: string; shape: Publication['shape']; options?: typeof digest; line: number; problem: RegExp }[] = [
	{ name: 'not UTF-8 (a line pasted from a GBK copy)', file: 'not-utf8.txt', shape: 'full-text', line: 5, problem: /byte \d+ is not valid UTF-8/ },
	{ name: 'truncated inside a multi-byte character', file: 'truncated-char.txt', shape: 'full-text', line: 7, problem: /ends inside a character/ },
	{ name: 'empty', file: 'empty.txt', shape: 'full-text', line: 1, problem: /the file is empty/ },
	{ name: 'white space only, full-width spaces included', file: 'whitespace-only.txt', shape: 'full-text', line: 1, problem: /the file is empty/ },
	{ name: 'a full text that stops mid-sentence', file: 'truncated-report.txt', shape: 'full-text', line: 9, problem: /stops in mid-sentence.*truncated/ },
	{
		name: 'a newspaper that stops mid-sentence with no continuation marker',
		file: 'truncated-newspaper.txt',
		shape: 'newspaper',
		line: 6,
		problem: /stops in mid-sentence with no continuation marker/,
	},
	{ name: 'no part headings', file: 'no-parts.txt', shape: 'full-text', line: 2, problem: /no part heading found/ },
	{ name: 'a section numbered out of order', file: 'section-out-of-order.txt', shape: 'full-text', line: 11, problem: /section （三） follows section 1.*section 2 next/ },
	{ name: 'an unclosed ** in a digest', file: 'unclosed-emphasis.txt', shape: 'digest', options: digest, line: 7, problem: /\*\* emphasis marker is not closed/ },
	{
		name: 'a digest missing a declared division',
		file: 'missing-division.txt',
		shape: 'digest',
		options: digest,
		line: 7,
		problem: /division heading “2024年工作安排” was not found after “2023年工作回顾”/,
	},
];

function expectSourceError(source: Source, line: number, problem: RegExp): void {
	const error = thrown(() => ingest(source));
	expect(error).toBeInstanceOf(SourceError);
	expect(error.message.startsWith(`${source.file}:${line}: `), error.message).toBe(true);
	expect(error.message).toMatch(problem);
	expect(error).toMatchObject({ file: source.file, line });
}

describe('broken sources are refused with the file and line at fault', () => {
	for (const { name, file, shape, options, line, problem } of cases) {
		it(`${name} (${file})`, () => {
			expectSourceError(fixtureSource(`broken/${file}`, shape, options), line, problem);
		});
	}

	// decode.ts accepts lone-CR line ends, so an encoding error must be located by them too.
	for (const { file, line } of [
		{ file: 'not-utf8.txt', line: 5 },
		{ file: 'truncated-char.txt', line: 7 },
	]) {
		it(`${file} with CR or CRLF line ends still names line ${line}`, () => {
			const lf = fixtureBytes(`broken/${file}`);
			const cr = lf.map((b) => (b === 0x0a ? 0x0d : b));
			const crlf = new Uint8Array([...lf].flatMap((b) => (b === 0x0a ? [0x0d, 0x0a] : [b])));
			for (const bytes of [cr, crlf]) {
				expectSourceError(fixtureSource(`broken/${file}`, 'full-text', { bytes }), line, /UTF-8|inside a character/);
			}
		});
	}

	it('a source whose bytes no longer match the manifest’s hash (hash-mismatch.txt)', async () => {
		// As if content/sources/2024-report-full.txt had been replaced by this file.
		const real = (await realSources()).get('2024-full')!;
		const source: Source = { ...fixtureSource('broken/hash-mismatch.txt', 'full-text'), publication: real.publication };
		expectSourceError(source, 1, new RegExp(`SHA-256 is [0-9a-f]{64}, but the manifest records ${real.publication.sha256}`));
	});

	it('an invalid manifest names the manifest, the line, the entry and the field', async () => {
		const root = new URL(`${FIXTURES}/bad-manifest/`, ROOT);
		await expect(readManifest(root)).rejects.toThrow(
			/^content\/sources\/manifest\.yml: not a valid manifest\n {2}content\/sources\/manifest\.yml:4 0\.sha256: a SHA-256 in lower-case hex$/,
		);
	});

	it('a digest that does not say who made it, naming the line of its entry and how to declare it', () => {
		const entry = (maker: string) =>
			[
				'- id: 2030-summary',
				'  file: 2030-summary.txt',
				`  sha256: ${'a'.repeat(64)}`,
				'  year: 2030',
				'  edition: summary',
				'  shape: digest',
				'  title: 某年报告摘编',
				'  description: 一份示例摘编。',
				"  delivered: '2030'",
				'  speaker: null',
				'  reviews: { years: [2029] }',
				'  plans: { years: [2030] }',
				'  divisions: [第一部分]',
				maker,
			].join('\n');
		expect(() => parseManifest(entry(''))).toThrow(
			/manifest\.yml:1 0\.compiledBy: 2030-summary is a digest, which names its maker: compiledBy: <who made it>, or compiledBy: null/,
		);
		expect(parseManifest(entry('  compiledBy: null'))[0]!.compiledBy).toBeNull();
		expect(parseManifest(entry('  compiledBy: 某报编辑部'))[0]!.compiledBy).toBe('某报编辑部');
	});
});
