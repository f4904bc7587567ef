import { describe, expect, test } from 'vitest';
import { domainRefs } from '../../src/lib/domains/domain-refs.ts';
import { taxonomy } from './taxonomy.ts';

const refs = (name: string, canonical: string[]) =>
	domainRefs({ name, focus: [], canonical }, taxonomy).map(({ key, name: shown, entry }) => [key, shown, entry?.id ?? null]);

describe('domainRefs', () => {
	test('returns the taxonomy entry ingest matched, by its canonical name', () => {
		expect(refs('高技术领域', ['high-tech'])).toEqual([['high-tech', '高新技术', 'high-tech']]);
	});

	test('returns every field of a joined name, in the order ingest wrote them', () => {
		expect(refs('科技创新领域、制造业领域', ['high-tech', 'manufacturing'])).toEqual([
			['high-tech', '高新技术', 'high-tech'],
			['manufacturing', '制造业', 'manufacturing'],
		]);
	});

	test('leaves out an id the taxonomy does not hold (an override naming a retired entry)', () => {
		expect(refs('科技创新领域', ['high-tech', 'retired'])).toEqual([['high-tech', '高新技术', 'high-tech']]);
		expect(refs('某某领域', ['retired'])).toEqual([['~某某', '某某', null]]);
	});

	test('keeps a name the taxonomy does not hold by its bare name', () => {
		expect(refs('长三角一体化领域', [])).toEqual([['~长三角一体化', '长三角一体化', null]]);
	});

	test('does not match names itself: a domain without a canonical id stays by its name', () => {
		expect(refs('农业农村领域', [])).toEqual([['~农业农村', '农业农村', null]]);
	});
});
