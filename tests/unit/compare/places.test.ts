import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/site/compare/collate.ts';
import { placesOf } from '../../../src/site/compare/places.ts';
import { realBlocks, rules } from './helpers.ts';

describe('every edition’s reading of one place', () => {
	const full = realBlocks('2024-full');
	const places = placesOf([
		{ publication: '2024-newspaper', label: '报纸版', path: '/2024/compare/newspaper/', collation: collate(full, realBlocks('2024-newspaper'), 'whole', { rules }) },
		{
			publication: '2024-infographic',
			label: '图解',
			path: '/2024/compare/infographic/',
			collation: collate(full, realBlocks('2024-infographic'), 'excerpt', { rules, recognised: true, years: { reviews: [2023], plans: [2024] } }),
		},
	]);

	it('sets 铈, 铌 and 钨 in one row, each linked to its entry', () => {
		const rare = places.filter((p) => p.reading.includes('铈'));
		expect(rare).toHaveLength(1);
		const [place] = rare;
		expect(place!.reading).toBe('铈、锂');
		expect(place!.readings).toEqual([
			expect.objectContaining({ kind: 'differs', text: '铌、锂', classes: ['wording'], entry: expect.stringMatching(/^\/2024\/compare\/newspaper\/#.+-i2$/u) }),
			expect.objectContaining({ kind: 'differs', text: '钨', classes: ['wording'] }),
		]);
		expect(place!.before.endsWith('稀土、')).toBe(true);
	});

	it('says where an edition reads as the full text, and where it does not print the place', () => {
		const one = places.find((p) => p.reading === '了' && p.after.startsWith(' 72%'))!;
		expect(one.readings.map((r) => r.kind)).toEqual(['differs', 'differs']);
		const unit = places.find((p) => p.reading === '条')!;
		expect(unit.readings).toEqual([{ kind: 'same' }, expect.objectContaining({ kind: 'differs', text: '项', classes: ['unit'] })]);
		const heading = places.find((p) => p.reading === '、过去一')!;
		expect(heading.readings).toEqual([{ kind: 'absent' }, expect.objectContaining({ kind: 'differs', text: '2023', classes: ['year-name'] })]);
		const order = places.find((p) => p.reading === '晶硅')!;
		expect(order.readings[0]).toMatchObject({ kind: 'differs', text: '硅晶', classes: ['order'] });
		expect(order.readings[1]).toEqual({ kind: 'absent' });
	});

	it('lists the places in the full text’s reading order', () => {
		const at = (reading: string) => places.findIndex((p) => p.reading === reading);
		expect(at('、过去一')).toBeLessThan(at('铈、锂'));
		expect(at('铈、锂')).toBeLessThan(at('晶硅'));
	});
});
