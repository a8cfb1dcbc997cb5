import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/core/yaml-document.ts';

describe('a hand-edited YAML file, with its lines', () => {
	const text = ['# a comment', 'title: 标题', 'list:', '  - first', '  - second', 'map:', '  key: value', ''].join('\n');

	it('gives the value and the line each part stands on', () => {
		const document = readYaml(text, 'x.yml');
		expect(document.value).toEqual({ title: '标题', list: ['first', 'second'], map: { key: 'value' } });
		expect(document.lineOf(['title'])).toBe(2);
		expect(document.lineOf(['list', 1])).toBe(5);
		expect(document.lineOf(['map', 'key'])).toBe(7);
	});

	it('names the nearest part that holds a missing one, and the first line for the whole', () => {
		const document = readYaml(text, 'x.yml');
		expect(document.lineOf(['map', 'absent'])).toBe(7);
		expect(document.lineOf(['absent', 'deeper'])).toBe(2);
		expect(document.lineOf([])).toBe(2);
	});

	it('refuses text that is not YAML, naming the file and line', () => {
		expect(() => readYaml('title: a\nlist: [one, two\nnext: b\n', 'x.yml')).toThrow(/^x\.yml:\d+: not YAML: /u);
		expect(() => readYaml('a: 1\na: 2\n', 'x.yml')).toThrow(/^x\.yml:2: not YAML: /u);
	});
});
