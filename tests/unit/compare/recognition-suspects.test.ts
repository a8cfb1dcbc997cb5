import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { parseSuspects, placeSuspects, provenanceStatement, SUSPECTS_FILE } from '../../../src/site/recognition/suspects.ts';
import { realBlocks } from './helpers.ts';

const base = { sha256: '0'.repeat(64), shape: 'digest', title: 't', description: 'd', delivered: '2099', speaker: null, reviews: { years: [2098] }, plans: { years: [2099] } };
const made: Publication = { ...base, id: '2099-full', file: 'a.txt', year: 2099, edition: 'full', shape: 'full-text' } as Publication;
const recognised: Publication = { ...base, id: '2099-summary', file: 'b.txt', year: 2099, edition: 'summary', recognisedFromImages: true } as Publication;
const blocks = {
	'2099-summary': [{ path: '/2099/summary/part-1/', id: 'p2', text: '草原上的马马群奔跑，马群' }],
	'2099-full': [{ path: '/2099/full/part-1/', id: 'p2', text: '马马群' }],
};
const blocksOf = (id: string) => blocks[id as keyof typeof blocks] ?? [];

describe('suspected recognition errors, declared by their exact text', () => {
	it('places a passage in the one block that prints it', () => {
		const placed = placeSuspects([{ publication: '2099-summary', text: '马马群', why: '“马”字重复' }], [made, recognised], blocksOf, 'x.yml');
		expect(placed).toEqual([{ publication: '2099-summary', text: '马马群', why: '“马”字重复', path: '/2099/summary/part-1/', id: 'p2' }]);
	});

	it('refuses a passage that is not there, there twice, or in a publication not recognised from images, naming the entry', () => {
		const place =
			(text: string, publication = '2099-summary') =>
			() =>
				placeSuspects([{ publication, text, why: 'w' }], [made, recognised], blocksOf, 'x.yml');
		expect(place('牛群')).toThrow('x.yml: entry 1 (2099-summary, “牛群”): the text does not occur in the publication');
		expect(place('马群')).toThrow('x.yml: entry 1 (2099-summary, “马群”): the text occurs 2 times');
		expect(place('马马群', '2099-full')).toThrow(/does not say this publication was recognised from images/u);
		expect(place('马马群', '2099-newspaper')).toThrow(/no publication 2099-newspaper/u);
	});

	it('refuses a malformed entry, naming the file and the entry', () => {
		expect(() => parseSuspects('- { publication: a, text: b }\n', 'x.yml')).toThrow(/^x\.yml:1: entry 1: why: /u);
	});

	it('places every passage the project declares in the real publications', () => {
		const manifest = parse(readFileSync('content/sources/manifest.yml', 'utf8')) as Publication[];
		const suspects = parseSuspects(readFileSync(SUSPECTS_FILE, 'utf8'));
		const placed = placeSuspects(suspects, manifest, (id) => realBlocks(id));
		expect(placed.map((s) => s.text)).toEqual(expect.arrayContaining(['辽辽上', '重大学举措', '快进迸', '失业率率', '包鄂鄂通']));
	});
});

describe('the footer’s statement of the texts', () => {
	it('says how many were recognised from images, and claims verbatim only for the others', () => {
		expect(provenanceStatement([made, recognised])).toMatch(/^文本据官方发布的两种版本收录：一种逐字照录，一种（摘编）的文字由图片识别而来/u);
		expect(provenanceStatement([made])).toMatch(/^文本据官方发布的一种版本收录，逐字照录/u);
	});
});
