import { describe, expect, test } from 'vitest';
import { domainRef } from '../../src/lib/domains/domain-refs.ts';
import { taxonomy } from './taxonomy.ts';

const ref = (name: string, canonical: string | null) => {
	const { key, name: shown, entry } = domainRef({ name, focus: [], canonical }, taxonomy);
	return [key, shown, entry?.id ?? null];
};

describe('domainRef', () => {
	test('returns the taxonomy entry ingest matched, by its canonical name', () => {
		expect(ref('高技术领域', 'high-tech')).toEqual(['high-tech', '高新技术', 'high-tech']);
	});

	test('returns the first field of a joined name, as ingest matched it', () => {
		expect(ref('科技创新领域、制造业领域', 'high-tech')).toEqual(['high-tech', '高新技术', 'high-tech']);
	});

	test('keeps a name the taxonomy does not hold by its bare name', () => {
		expect(ref('长三角一体化领域', null)).toEqual(['~长三角一体化', '长三角一体化', null]);
	});

	test('does not match names itself: a domain without a canonical id stays by its name', () => {
		expect(ref('农业农村领域', null)).toEqual(['~农业农村', '农业农村', null]);
	});
});
